// Date elements (<time>, or elements classed as dates) that date something other than the article,
// told by where they sit rather than by class names: the page's own header (a "today's date" widget
// above the site menu) and lists of dated links to other stories (a "Latest news" rail without
// chrome class names).
import type { Element } from 'domhandler';

/** Levels searched above a date element for the list item of a dated link. */
const MAX_ITEM_DEPTH = 3;
/** Items of one list, each with a link and a date element, that make it a list of other stories. */
const MIN_DATED_LINK_ITEMS = 2;

/** Whether `el` sits in the page's header: a <header> (or role=banner) outside any <article> or
 * <main>, which in HTML's outline heads the page, not the article, unless it holds the headline. */
export function inPageHeader(el: Element, headline: Element | null): boolean {
  let header: Element | null = null;
  for (let p = el.parent as Element | null; p && p.type === 'tag'; p = p.parent as Element | null) {
    if (p.name === 'article' || p.name === 'main') return false;
    if (!header && isHeader(p)) header = p;
  }
  return header !== null && !(headline && contains(header, headline));
}

/** Whether `el` sits outside the article that holds the headline: the headline is inside an
 * <article> or <main> (or role=main) and `el` is not inside the outermost of them. A date there
 * (a masthead strip or a sidebar widget showing today's date, without a <header> or a class that
 * says so) dates the page as served, not the article. */
export function outsideHeadlineArticle(el: Element, headline: Element | null): boolean {
  const region = headline ? outermostArticle(headline) : null;
  return region !== null && !contains(region, el);
}

/** The outermost <article>, <main> or role=main element around `el`, or null. */
export function outermostArticle(el: Element): Element | null {
  let region: Element | null = null;
  for (let p = el.parent as Element | null; p && p.type === 'tag'; p = p.parent as Element | null)
    if (p.name === 'article' || p.name === 'main' || p.attribs.role === 'main') region = p;
  return region;
}

/** Whether `el` is itself the page's header (see inPageHeader). */
export function isPageHeader(el: Element): boolean {
  if (!isHeader(el)) return false;
  for (let p = el.parent as Element | null; p && p.type === 'tag'; p = p.parent as Element | null)
    if (p.name === 'article' || p.name === 'main') return false;
  return true;
}

const isHeader = (el: Element) => el.name === 'header' || el.attribs.role === 'banner';

/** Whether `el` is the date of an item in a list of dated links (<li><a>Story</a> <time>…</li>):
 * two or more items of its list hold a link and a date element like it (a <time>, or an element of
 * the same tag and class). */
export function inDatedLinkList(el: Element): boolean {
  let item: Element | null = el.parent as Element | null;
  for (let n = 0; item && item.type === 'tag' && item.name !== 'li'; n++) {
    if (n >= MAX_ITEM_DEPTH) return false;
    item = item.parent as Element | null;
  }
  const list = item?.parent as Element | null;
  if (!item || item.type !== 'tag' || !list || list.type !== 'tag') return false;
  const like = (x: Element) => x.name === el.name && (el.name === 'time' || x.attribs.class === el.attribs.class);
  let dated = 0;
  for (const child of list.children)
    if (child.type === 'tag' && child.name === 'li' && has(child, isLink) && has(child, like)) dated++;
  return dated >= MIN_DATED_LINK_ITEMS;
}

const isLink = (x: Element) => x.name === 'a' && !!x.attribs.href;

function contains(ancestor: Element, el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parent as Element | null) if (p === ancestor) return true;
  return false;
}

function has(root: Element, test: (el: Element) => boolean): boolean {
  for (const child of root.children) if (child.type === 'tag' && (test(child) || has(child, test))) return true;
  return false;
}
