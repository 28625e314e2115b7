// Layers 2 and 7-9: markup in the page body. Microdata (itemprop), <time datetime>, hAtom
// microformats and the class names of the big blogging platforms (Blogger: date-header,
// post-title, post-author, fn; WordPress: entry-title, entry-date, author vcard), and visible
// bylines. Elements inside comment sections and page chrome are never read.
import type { AnyNode, Element } from 'domhandler';
import { isText } from 'domhandler';
import type { RawMetadata } from '../types.js';
import type { PageScan, ScannedElement } from '../scan.js';
import { innerText } from '../scan.js';
import { cleanAuthors } from '../../../authors.js';
import { UPDATE_LEAD } from '../date-values.js';
import { listingDates } from '../listing.js';
import { inDatedLinkList, inPageHeader, outsideHeadlineArticle } from '../other-times.js';
import { collapseSpace } from '../../../../text/collapse-space.js';

/** itemtypes of article-like microdata scopes (schema.org Article and its subtypes, BlogPosting). */
const ARTICLE_ITEMTYPE = /(article|posting|blog|report|creativework|webpage)$/;

/** Class tokens of a headline element in hAtom, Blogger and WordPress templates. */
const TITLE_CLASS = /^(entry-title|post-title|article-title|headline|article-headline|story-title|single-post-title)$/;
/** Class tokens of a publication-date element (hAtom `published`, WordPress `entry-date`/`posted-on`,
 * Blogger `date-header`/`timestamp-link`, generic news `publish-date`/`pubdate`/`dateline-date`). */
const PUBLISHED_CLASS =
  /^(published|entry-date|post-date|date-header|posted-on|timestamp-link|publish-date|published-date|pubdate|article-date|post-published|date-published|story-date|byline-date|meta-date|entry-meta-date|date)$/;
/** Class tokens of a modification date; read only to fill `modified`, never `published`. */
const UPDATED_CLASS = /^(updated|modified|date-modified|last-updated|entry-updated)$/;
/** Class tokens of an author element: hAtom/vCard `author`, Blogger `post-author`, news `byline`. */
const AUTHOR_CLASS =
  /^(author|post-author|entry-author|article-author|byline|byline-author|author-name|byline__author|byline-name|posted-by|author-link|contributor|writer|story-byline|article-byline|meta-author)$/;
/** Any class/id token naming an author element ("author-by-line-text", "blog_author-text"). */
const AUTHOR_TOKEN = /(^|[-_])(author|byline|by-line|writer|posted-by)/;
/** Author-ish tokens of elements that hold something other than the name (pictures, bios, links
 * to follow) or another person's ("byline-reviewer-link": the expert who reviewed the article). */
const NOT_AUTHOR_NAME_TOKEN =
  /(image|img|avatar|photo|pic|bio|desc|about|social|follow|title|job|role|position|review)/;
/** A vCard's formatted-name class; inside an author element it holds just the name. */
const VCARD_NAME_CLASS = /^(fn|p-name|author-name|name)$/;

/** A visible byline: "By Jane Doe", "Von ...", "Par ...", "Por ...", "Di ...", "Door ...". */
const BYLINE_TEXT =
  /^\s*(by|(?:written|posted|article|story|words) by|(?:view\s+)?(?:all|more)\s+(?:posts|articles|stories)\s+by|von|par|por|di|door|av|af)\s*:?\s+\S/i;
/** Longest text accepted as a byline block; longer blocks are prose that happens to start with "By". */
const MAX_BYLINE_CHARS = 160;

/** Author elements and "By ..." texts tried per page, in document order. The article's byline
 * comes early; past these, candidates are related-post cards, and each try costs a name check. */
const MAX_AUTHOR_ELEMENTS_TRIED = 5;
/** Class/id of an element that holds the author's name itself ("author-name", "author-box__name"),
 * not a block with a photo and a bio. */
const AUTHOR_NAME_CLASS = /author.?.?name|authorname/i;
/** Longest author-name element text kept as written when it names no person. */
const MAX_AUTHOR_NAME_CHARS = 40;
const MAX_BYLINES_TRIED = 8;
/** A capitalised word: no person's name can be read from text without one. */
const CAPITALISED_WORD = /\p{Lu}\p{L}/u;

const usable = (s: ScannedElement) => !s.inComments && !s.inChrome;

/** Labels that author elements hold besides the name ("Written By", "The Author"). */
const AUTHOR_LABEL = /^(written by|posted by|by|author|the author|about the author|authors?:?)$/i;

/** Whether a byline text in the page (not in metadata) names a person: a full name of two words
 * or more, since single capitalised words there are mostly section labels ("Insights", "Guide"),
 * unless an explicit lead-in ("By BeauHD") says the word is a name. */
function mayNameSomeone(text: string, afterLeadIn = false): boolean {
  if (text.length > MAX_BYLINE_CHARS || !CAPITALISED_WORD.test(text) || AUTHOR_LABEL.test(text)) return false;
  const names = cleanAuthors(text);
  return names.length > 0 && names.some((n) => (afterLeadIn || n.includes(' ')) && !AUTHOR_LABEL.test(n));
}

/** A microdata property given this many different values, spread over more than LISTING_SPREAD
 * elements of the page, is a listing of other posts (related-story cards, each with its own author
 * and date), not the article's own value; co-authors of one byline sit together. */
const LISTING_VALUES = 3;
const LISTING_SPREAD = 20;

interface Valued {
  value: string;
  el: Element;
  /** The element's position in the page (ScannedElement.order). */
  order: number;
}

export function readMicrodata(scan: PageScan): RawMetadata {
  const out: RawMetadata = {};
  const authors: Valued[] = [];
  const published: Valued[] = [];
  for (const s of scan.itemprops) {
    if (!usable(s)) continue;
    const scopeType = s.itemTypes[0] ?? '';
    const props = (s.el.attribs.itemprop ?? '').toLowerCase().split(/\s+/);
    const inArticle = ARTICLE_ITEMTYPE.test(scopeType);
    if (props.includes('headline') && !out.title) out.title = valueOf(s.el);
    if (props.includes('datepublished')) published.push({ value: valueOf(s.el), el: s.el, order: s.order });
    if (props.includes('datemodified') && !out.modified) out.modified = valueOf(s.el);
    // author: either a scope (itemscope itemtype=Person, name inside) or a plain element.
    if (props.includes('author') || props.includes('creator')) {
      const nameEl =
        s.el.attribs.itemscope !== undefined
          ? findDescendant(s.el, (e) => /(^|\s)name(\s|$)/i.test(e.attribs.itemprop ?? ''))
          : null;
      authors.push({ value: nameEl ? valueOf(nameEl) : valueOf(s.el), el: s.el, order: s.order });
    }
    if (props.includes('name') && inArticle && !out.title && s.itemTypes.length === 1) out.title = valueOf(s.el);
  }
  // <meta itemprop> values (collected with the other metas, without positions): several
  // different publication dates are the items of a listing, each card with its own.
  const metaListing = new Set(scan.metas.get('datepublished')).size >= LISTING_VALUES;
  const listing = (published.length > 0 && isListing(published)) || metaListing;
  if (published.length > 0 && !listing) [out.published, out.publishedElement] = [published[0].value, published[0].el];
  for (const [key, field] of [
    ['headline', 'title'],
    ['datepublished', 'published'],
    ['datemodified', 'modified'],
  ] as const) {
    const v = scan.metas.get(key)?.[0];
    if (v && !out[field] && !(metaListing && field !== 'title')) out[field] = v;
  }
  // The authors of a listing's items are the cards' authors too.
  if (authors.length > 0 && !isListing(authors) && !listing) out.authors = authors.map((a) => a.value);
  return out;
}

function isListing(values: readonly Valued[]): boolean {
  const spread = values[values.length - 1].order - values[0].order;
  return new Set(values.map((v) => v.value)).size >= LISTING_VALUES && spread > LISTING_SPREAD;
}

/** Position of the page's headline (its first h1 outside chrome and comments), or null. */
export function headlineOrder(scan: PageScan): number | null {
  return scan.h1s.find(usable)?.order ?? null;
}

export function readTimeElements(scan: PageScan): RawMetadata {
  // The article's own <time> sits by its headline; others belong to the header (today's date), a
  // rail of teaser cards or a listing of other posts, so they are read nearest the headline first.
  const headline = scan.h1s.find(usable);
  // The page header's date (today's), one outside the headline's article and the dates of a list
  // of story links are not the article's.
  const headlineEl = headline?.el ?? null;
  const times = scan.times.filter(
    (t) =>
      usable(t) &&
      !inPageHeader(t.el, headlineEl) &&
      !outsideHeadlineArticle(t.el, headlineEl) &&
      !inDatedLinkList(t.el),
  );
  if (headline) times.sort((a, b) => Math.abs(a.order - headline.order) - Math.abs(b.order - headline.order));
  // An explicit pubdate attribute or a "published" class beats the first <time> in the page.
  const marked = times.find((t) => t.el.attribs.pubdate !== undefined || t.tokens.some((x) => PUBLISHED_CLASS.test(x)));
  const chosen = marked ?? times.find((t) => !t.tokens.some((x) => UPDATED_CLASS.test(x)));
  const modifiedEl = times.find((t) => t.tokens.some((x) => UPDATED_CLASS.test(x)));
  return {
    published: chosen ? valueOf(chosen.el) : undefined,
    publishedElement: chosen?.el,
    modified: modifiedEl ? valueOf(modifiedEl.el) : undefined,
  };
}

export function readPlatformMarkup(scan: PageScan): RawMetadata {
  const out: RawMetadata = {};
  let authorElementsTried = 0;
  const isPublished = (s: ScannedElement) => s.tokens.some((t) => PUBLISHED_CLASS.test(t));
  const headline = scan.h1s.find(usable)?.el ?? null;
  // Dates of listing cards, of the page header or outside the headline's article (today's) and of
  // a list of story links: not the article's.
  const otherDates = listingDates(
    scan.roles.filter((s) => usable(s) && isPublished(s)),
    headlineOrder(scan),
  );
  for (const s of scan.roles)
    if (
      usable(s) &&
      isPublished(s) &&
      (inPageHeader(s.el, headline) || outsideHeadlineArticle(s.el, headline) || inDatedLinkList(s.el))
    )
      otherDates.add(s.el);
  for (const s of scan.roles) {
    if (!usable(s)) continue;
    if (!out.title && s.tokens.some((t) => TITLE_CLASS.test(t))) out.title = valueOf(s.el);
    const published = isPublished(s) && !otherDates.has(s.el);
    const updated = s.tokens.some((t) => UPDATED_CLASS.test(t));
    // A "published" element whose text says "Updated ..." holds the modification date.
    const value = published || updated ? valueOf(s.el) : '';
    if (published && !updated && !UPDATE_LEAD.test(value)) {
      if (!out.published) [out.published, out.publishedElement] = [value, s.el];
    } else if (value && !out.modified) out.modified = value;
    // The first author element that yields a person's name; later ones are usually author
    // boxes of related posts, so they are not merged in.
    if (!out.authors && authorElementsTried < MAX_AUTHOR_ELEMENTS_TRIED && isAuthorElement(s)) {
      authorElementsTried++;
      // A lead-in ("Posted by BeauHD") vouches for a one-word name, as in visible bylines.
      const byline = authorCandidates(s.el).find((c) => mayNameSomeone(c, BYLINE_TEXT.test(c)));
      if (byline) out.authors = [byline];
    }
    if (!out.fallbackAuthors) {
      const named = authorNameText(s);
      if (named) out.fallbackAuthors = [named];
    }
  }
  return out;
}

/** The text of an element classed as the author's name, as written, when it is short and not a
 * bare label ("Written By"): with no person named anywhere, the page's own credit ("EcoFlow",
 * "Laura / House Plant House") is the author, as a structured organisation author is. */
function authorNameText(s: ScannedElement): string | null {
  const a = s.el.attribs;
  if (!AUTHOR_NAME_CLASS.test(`${a.class ?? ''} ${a.id ?? ''}`)) return null;
  const text = clean(innerText(s.el, true));
  return text && text.length <= MAX_AUTHOR_NAME_CHARS && !LEAD_IN_ONLY.test(text) ? text : null;
}

function isAuthorElement(s: ScannedElement): boolean {
  if (s.el.attribs.rel === 'author') return true;
  return s.tokens.some((t) => AUTHOR_CLASS.test(t) || (AUTHOR_TOKEN.test(t) && !NOT_AUTHOR_NAME_TOKEN.test(t)));
}

/** Separators between the fields of a meta line ("Dec. 19, 2025 · Jane Doe", "Jane Doe | Editor"). */
const META_FIELD_SEPARATOR = /\s*[·•|]\s*/;
/** "... written by Jane Doe, Head of ..." inside an author box's sentence. */
const WRITTEN_BY_IN_SENTENCE = /\b(?:written|posted|authored|reported)\s+by\s+(.+)$/i;

/** Readings of an author element, best first: its vCard/rel=author name children (joined, so "A,
 * B and C" keep every name), its whole text, the fields of a meta line, the name after "written
 * by" in an author box's sentence, and its first line of text (the name above a bio). */
function authorCandidates(el: Element): string[] {
  const names = findDescendants(
    el,
    (e) =>
      e.attribs.rel === 'author' ||
      (e.attribs.class ?? '')
        .toLowerCase()
        .split(/\s+/)
        .some((c) => VCARD_NAME_CLASS.test(c)),
  );
  const out: string[] = [];
  if (names.length > 0) out.push(names.map((n) => innerText(n).trim()).join(', '));
  const text = collapseSpace(innerText(el, true));
  out.push(text);
  out.push(...text.split(META_FIELD_SEPARATOR));
  const sentence = WRITTEN_BY_IN_SENTENCE.exec(text);
  if (sentence) out.push(sentence[1]);
  const first = firstText(el);
  if (first) out.push(first);
  return [...new Set(out.map(collapseSpace).filter(Boolean))];
}

function firstText(el: Element): string | null {
  const found = findDescendants(el, (e) => e.children.some((c) => isText(c) && c.data.trim() !== ''), 1)[0];
  return found ? innerText(found, true) : null;
}

/** Text that is a byline lead-in alone ("By", "Written by:", "Author"), the name following elsewhere. */
const LEAD_IN_ONLY =
  /^\s*(by|(?:written|posted|article|story|words) by|author(?:s|\(s\))?|contributors?|autor|auteur|von|par|por)\s*:?\s*$/i;

export function readVisibleByline(scan: PageScan): RawMetadata {
  for (const node of scan.bylineTexts.filter((n) => !inMenu(n)).slice(0, MAX_BYLINES_TRIED)) {
    // The byline runs from the "By" text to the end of its parent: "by <a>Jane Doe</a> · Dec 20".
    const text = clean(node.data + followingText(node));
    // "<span>By </span>Jane Doe": the lead-in alone in its element; the name follows the element,
    // alone in the next element ("<h2>Article by</h2><div>Jane Doe</div><div>Share...</div>") or
    // as a list ("<h6>Author(s)</h6><ul><li>A</li><li>B</li></ul>"), else in the text after it.
    const labelOnly = LEAD_IN_ONLY.test(text);
    const label = node.parent && node.parent.type === 'tag' ? (node.parent as Element) : null;
    const readings =
      labelOnly && label
        ? [nextElementText(label), followingText(label)].filter((t) => t !== null).map((t) => clean(`${text} ${t}`))
        : [text];
    for (const reading of readings)
      // "By" vouches for a one-word name; an "Author" label in its own element needs a full name.
      if (BYLINE_TEXT.test(reading) ? mayNameSomeone(reading, true) : labelOnly && mayNameSomeone(reading))
        return { authors: [reading] };
  }
  return {};
}

/** Items of a list this long are a menu or a list of posts ("By Season", "By Topic", other
 * posts' bylines), never the article's byline. */
const MENU_ITEMS = 3;

function inMenu(node: AnyNode): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type !== 'tag') continue;
    const el = p as Element;
    if (el.name !== 'li') continue;
    const list = el.parent;
    return !!list && list.children.filter((c) => c.type === 'tag' && (c as Element).name === 'li').length >= MENU_ITEMS;
  }
  return false;
}

function clean(s: string): string {
  return collapseSpace(s);
}

/** Text of the element after `el` among its siblings; a list's items joined with commas. A line
 * break between them ("<strong>Written by</strong><br><strong>Jane Doe</strong>") is passed over. */
function nextElementText(el: Element): string | null {
  let next = el.next;
  while (next && (next.type !== 'tag' || (next as Element).name === 'br')) next = next.next;
  if (!next) return null;
  const sib = next as Element;
  if (sib.name === 'ul' || sib.name === 'ol')
    return sib.children
      .filter((c): c is Element => c.type === 'tag' && (c as Element).name === 'li')
      .map((li) => clean(innerText(li, true)))
      .join(', ');
  return innerText(sib, true);
}

/** Text of a node's following siblings (within its parent), enough for a byline. */
function followingText(node: AnyNode): string {
  let out = '';
  for (let n = node.next; n && out.length <= MAX_BYLINE_CHARS; n = n.next) {
    if (isText(n)) out += n.data;
    else if (n.type === 'tag') out += ` ${innerText(n as Element, true)} `;
  }
  return out;
}

/** Machine-readable value of an element: datetime / content / title / value attribute, else its text. */
function valueOf(el: Element): string {
  const a = el.attribs;
  const v =
    a.datetime ?? a.content ?? (el.name === 'abbr' ? a.title : undefined) ?? (el.name === 'data' ? a.value : undefined);
  return collapseSpace(v ?? innerText(el, true));
}

function findDescendant(root: Element, pred: (e: Element) => boolean): Element | null {
  return findDescendants(root, pred, 1)[0] ?? null;
}

/** Matching descendants in document order (not descending into a match), at most `limit`. */
function findDescendants(root: Element, pred: (e: Element) => boolean, limit = Infinity): Element[] {
  const found: Element[] = [];
  const stack: Element[] = root.children.filter((c): c is Element => c.type === 'tag').reverse();
  while (stack.length > 0 && found.length < limit) {
    const e = stack.pop()!;
    if (pred(e)) {
      found.push(e);
      continue;
    }
    for (let i = e.children.length - 1; i >= 0; i--) {
      const c = e.children[i];
      if (c.type === 'tag') stack.push(c as Element);
    }
  }
  return found;
}
