// Layer 11 (last): a date written in the page text where articles show it, for pages with no
// machine-readable date: (a) short elements whose class or id says "date"/"published"/"posted",
// (b) the text just after the headline (the byline/date line), then just before it (a kicker
// line "News | March 3, 2022" above the title), (c) the short block around the byline ("Written by
// Jane Doe" then "April 8, 2024"). Dates labelled as updates are passed over when
// another date is there. Comment sections and page chrome are never read.
import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import type { RawMetadata } from '../types.js';
import type { PageScan, ScannedElement } from '../scan.js';
import { innerText, opensChromeOrComments } from '../scan.js';
import { findDates } from '../../../dates.js';
import { WRITTEN_YEAR } from '../date-values.js';
import { dateOrder } from '../locale-dates.js';
import type { DateOptions } from '../../../dates.js';
import { listingDates } from '../listing.js';
import { inDatedLinkList, inPageHeader, isPageHeader, outsideHeadlineArticle } from '../other-times.js';
import { headlineOrder } from './markup.js';
import { collapseRuns, collapseSpace } from '../../../../text/collapse-space.js';

/** Class/id tokens of elements holding a visible date ("date-length-text", "publish-meta", "post-date"). */
const DATE_TOKEN = /(date|publish|posted|pubtime|timestamp)/;
/** Tokens of dates that are not the publication date (updates, copyright lines, events, a header
 * widget's "today-date" / "current-date"). */
const NOT_PUBLICATION_TOKEN = /(update|modif|copyright|event|expir|deadline|birth|today|current-?date)/;
/** How much of a date element's text is read (characters); further on, paragraphs merely mention dates. */
const MAX_DATE_ELEMENT_CHARS = 120;
/** How much text after the headline is searched (characters): the byline and date line. */
const AFTER_HEADLINE_CHARS = 600;
/** How far after the headline a date with a publication label is still taken (characters): the
 * date line may follow a standfirst. */
const LABELLED_AFTER_HEADLINE_CHARS = 1500;
/** Words that mark the date after them as the publication date. */
const PUBLICATION_LABEL =
  /(posted|published|publication date|date posted|veröffentlicht|publié|publicado|pubblicato)\s*(on|am|le|el|il)?\s*:?\s*$/i;
/** Elements (in document order) after the headline within which a date element is the date line. */
const NEAR_HEADLINE_ELEMENTS = 40;
/** How much text before the headline is searched (characters): a kicker or date above the title. */
const BEFORE_HEADLINE_CHARS = 200;

/** Words that mark the date after them as no publication date at all: a review or expiry
 * scheduled for later ("Next review due: 14 January 2029"), a deadline. */
const NOT_PUBLICATION_LABEL =
  /(next\s+review(\s+due)?|review\s+due|due(\s+date)?|expires?|expiry(\s+date)?|valid\s+(until|through)|deadline|closing\s+date)\s*(on|by)?\s*:?\s*$/i;
/** Words that mark the date after them as a modification or review date: a fallback only. */
const UPDATE_LABEL =
  /(updated|modified|last\s+update[ds]?|(last\s+)?reviewed|aktualisiert|mis à jour|actualizado|aggiornato)\s*(on|am|le|el|il)?\s*:?\s*$/i;

/** A date found in the page text, and whether it is labelled as an update. */
interface Seen {
  value: string;
  update: boolean;
  /** A date labelled as an update in the same text as a publication date ("Published Apr 26,
   * 2023 Updated Aug 21, 2025"). */
  updated?: string;
  /** The date element it was read from, when it was one (not text around the headline). */
  el?: Element;
}

export function readVisibleDate(scan: PageScan, headlines: readonly Element[]): RawMetadata {
  const order = dateOrder(scan);
  // Date elements outside the headline's <main> or <article> (outside-headline-article) are page
  // chrome (a masthead strip or a sidebar widget with today's date): they are tried after the
  // text around the headline. A date in a hero block above the headline, inside the same <main>,
  // is the article's own.
  const first = headlines[0];
  const headlineAt = headlineOrder(scan);
  const dated = dateElements(scan.roles, headlineAt, first ?? null);
  const elements = dated.map((s) => s.el);
  const outside = first ? elements.filter((el) => outsideHeadlineArticle(el, first)) : [];
  // A date element far below the headline (a related-story card) gives way to a date line just
  // above the headline; one near it is the date line itself. (Not to the text just after the
  // headline, which may be a photo caption: "In this Dec. 12, 2006, file photo".)
  const far = new Set(
    dated.filter((s) => headlineAt !== null && s.order - headlineAt > NEAR_HEADLINE_ELEMENTS).map((s) => s.el),
  );
  // The text around each headline, read once however many tries look at it.
  const aboveLines = new Map<Element, Seen | null>();
  const lineAbove = (headline: Element): Seen | null => {
    if (!aboveLines.has(headline)) aboveLines.set(headline, dateLineAbove(headline, order));
    return aboveLines.get(headline)!;
  };
  // The text after each headline, walked once to the farthest any try reads (the first headline's
  // to the "Last updated" line, the others' to a labelled date); each try reads a prefix of it.
  const afterTexts = new Map<Element, string>();
  const after = (headline: Element, chars: number): string => {
    let text = afterTexts.get(headline);
    if (text === undefined) {
      const farthest = headline === first ? UPDATED_AFTER_HEADLINE_CHARS : LABELLED_AFTER_HEADLINE_CHARS;
      text = textAfter(headline, farthest);
      afterTexts.set(headline, text);
    }
    return text.slice(0, chars);
  };
  const tries: Array<() => Seen | null> = [
    () =>
      firstDated(
        elements.filter((el) => !outside.includes(el) && !far.has(el)),
        order,
      ),
    ...headlines.map((headline) => () => (far.size > 0 ? lineAbove(headline) : null)),
    () =>
      firstDated(
        elements.filter((el) => far.has(el) && !outside.includes(el)),
        order,
      ),
    // Pages repeat the headline (a sticky header, a mobile layout): try each copy.
    ...headlines.flatMap((headline) => [
      () => publicationDate(after(headline, AFTER_HEADLINE_CHARS), order),
      () => lineAbove(headline),
      () => labelledDate(after(headline, LABELLED_AFTER_HEADLINE_CHARS), order, PUBLICATION_LABEL),
    ]),
    () => bylineDate(scan, order),
    () => firstDated(outside, order),
    // Last: a page whose only date is a "Last updated" line after its text (reference and
    // government pages) was at least published by then.
    ...headlines
      .slice(0, 1)
      .map((headline) => () => labelledDate(after(headline, UPDATED_AFTER_HEADLINE_CHARS), order, UPDATE_LABEL)),
  ];
  const original = first ? originalPublicationDate(after(first, UPDATED_AFTER_HEADLINE_CHARS), order) : null;
  const note = original ? { originalPublished: original } : {};
  // An update date stands in only when nothing else gives a date.
  let fallback: Seen | null = null;
  for (const attempt of tries) {
    const seen = attempt();
    if (seen && !seen.update)
      return { published: seen.value, publishedElement: seen.el, shownUpdate: seen.updated, ...note };
    fallback ??= seen;
  }
  return fallback ? { published: fallback.value, publishedElement: fallback.el, ...note } : note;
}

/** Words that give a date as the article's first publication, as a note in its text ("This
 * article was originally published on 26 Sep 2019 at 4:12pm", "Originally posted: ..."). */
const ORIGINALLY_PUBLISHED = /\b(?:originally|first)\s+(?:published|posted|appeared|ran)\b/i;
/** Those words right before a date. */
const ORIGINALLY_PUBLISHED_LABEL = new RegExp(
  `${ORIGINALLY_PUBLISHED.source}(?:\\s+(?:on|in|at)\\b)?[^.!?\\d]{0,40}?\\s*:?\\s*$`,
  'i',
);

/** The date the article's text (after the headline, outside chrome and comments) gives as its
 * original publication, or null. */
function originalPublicationDate(text: string, order: DateOptions): string | null {
  if (!ORIGINALLY_PUBLISHED.test(text)) return null;
  const found = findDates(text, order).find(
    (d) =>
      !d.yearInferred &&
      WRITTEN_YEAR.test(text.slice(d.start, d.end)) &&
      ORIGINALLY_PUBLISHED_LABEL.test(text.slice(Math.max(0, d.start - 80), d.start)),
  );
  return found?.value ?? null;
}

/** The date in the text just before the headline: a date line or kicker above the title. */
function dateLineAbove(headline: Element, order: DateOptions): Seen | null {
  return publicationDate(textBefore(headline, BEFORE_HEADLINE_CHARS), order);
}

/** How far after the headline (characters) a "Last updated" line is looked for when the page shows no other date. */
const UPDATED_AFTER_HEADLINE_CHARS = 6000;

/**
 * The first date in `text` with `label` just before it (40 characters): a publication label
 * ("Posted on") for a date further down the page, an update label ("Last updated: November 13,
 * 2025") for a page that shows no other date.
 */
function labelledDate(text: string, order: DateOptions, label: RegExp): Seen | null {
  if (!WRITTEN_YEAR.test(text)) return null;
  const found = findDates(text, order).find(
    (d) => !d.yearInferred && label.test(text.slice(Math.max(0, d.start - 40), d.start)),
  );
  return found ? { value: found.value, update: label === UPDATE_LABEL } : null;
}

/** Class/id tokens of an author element, whose block may carry the date beside the name. */
const AUTHOR_BLOCK_TOKEN = /(author|byline|by-line|writer)/;
/** Bylines and author elements read for a date beside them; later ones belong to other posts. */
const MAX_BYLINES_FOR_DATE = 3;
/** Longest block (characters) read around a byline: the byline and date line ("Written by Jane
 * Doe April 8, 2024"), not the paragraphs around it. */
const MAX_BYLINE_BLOCK_CHARS = 160;
/** How many parents up from the byline its block may reach. */
const BYLINE_BLOCK_LEVELS = 3;

/** The date written beside the byline, in the smallest-to-largest short block around it
 * ("<p>Written by <a>Jane Doe</a></p><p>April 8, 2024</p>", "<div class=author-details><p>Jane
 * Doe</p><small>December 17, 2025</small></div>"). */
function bylineDate(scan: PageScan, order: DateOptions): Seen | null {
  const starts = [
    ...scan.bylineTexts.slice(0, MAX_BYLINES_FOR_DATE).map((t) => t.parent),
    ...scan.roles
      .filter((s) => !s.inComments && !s.inChrome && s.tokens.some((t) => AUTHOR_BLOCK_TOKEN.test(t)))
      .slice(0, MAX_BYLINES_FOR_DATE)
      .map((s) => s.el),
  ];
  for (const start of starts) {
    if (!start || !isTag(start)) continue;
    let block: Element = start;
    let text = blockText(block);
    for (let level = 0; level < BYLINE_BLOCK_LEVELS && block.parent && isTag(block.parent); level++) {
      const wider = blockText(block.parent);
      if (wider.length > MAX_BYLINE_BLOCK_CHARS) break;
      [block, text] = [block.parent, wider];
    }
    if (text.length > MAX_BYLINE_BLOCK_CHARS) continue;
    const d = publicationDate(text, order);
    if (d) return d;
  }
  return null;
}

function blockText(el: Element): string {
  return collapseSpace(innerText(el, true));
}

/** Elements whose class or id says they hold a date of publication, outside comments, chrome,
 * the page's header and listing cards. */
function dateElements(
  roles: readonly ScannedElement[],
  headline: number | null,
  headlineEl: Element | null,
): ScannedElement[] {
  const dated = roles.filter(
    (s) =>
      !s.inComments &&
      !s.inChrome &&
      !inPageHeader(s.el, headlineEl) &&
      !inDatedLinkList(s.el) &&
      s.tokens.some((t) => DATE_TOKEN.test(t)) &&
      !s.tokens.some((t) => NOT_PUBLICATION_TOKEN.test(t)),
  );
  const cards = listingDates(dated, headline);
  return dated.filter((s) => !cards.has(s.el));
}

/** The first date element's date not labelled as an update, else the first update date. */
function firstDated(elements: readonly Element[], order: DateOptions): Seen | null {
  let fallback: Seen | null = null;
  for (const el of elements) {
    // A long date element (a meta bar with tags) is read from its start, where the date is.
    const text = collapseSpace(innerText(el, true)).slice(0, MAX_DATE_ELEMENT_CHARS);
    if (text.length === 0) continue;
    const d = publicationDate(text, order);
    if (d && !d.update) return { ...d, el };
    fallback ??= d && { ...d, el };
  }
  return fallback;
}

/** The first date in `text` not labelled as an update, else the first update date; dates
 * labelled as reviews due, expiries or deadlines are never taken. */
function publicationDate(text: string, order: DateOptions): Seen | null {
  // Cheap test first: most texts hold no year, and findDates falls back to a slow general parser.
  if (!WRITTEN_YEAR.test(text)) return null;
  const labelBefore = (d: { start: number }) => text.slice(Math.max(0, d.start - 40), d.start);
  const found = findDates(text, order).filter(
    (d) =>
      !d.yearInferred && WRITTEN_YEAR.test(text.slice(d.start, d.end)) && !NOT_PUBLICATION_LABEL.test(labelBefore(d)),
  );
  if (found.length === 0) return null;
  const original = found.find((d) => !UPDATE_LABEL.test(labelBefore(d)));
  if (!original) return { value: found[0].value, update: true };
  const updated = found.find((d) => UPDATE_LABEL.test(labelBefore(d)));
  return { value: original.value, update: false, ...(updated ? { updated: updated.value } : {}) };
}

/** Text of the nodes following `start` in document order (including its own), up to `limit`
 * chars; with a smaller limit, the same text cut shorter. Whitespace is collapsed as it is read, so indented templates (runs of hundreds of spaces
 * between elements) do not use up the limit before the date line. */
function textAfter(start: Element, limit: number): string {
  let out = '';
  let node: AnyNode | null = start;
  while (node && out.length < limit) {
    if (isText(node)) {
      const t = collapseSpace(node.data);
      if (t) out += `${t} `;
    }
    node = nextInOrder(node, isTag(node) && skipInside(node));
  }
  return out.slice(0, limit);
}

/** Text of the nodes before `start` in its ancestors' earlier children, nearest last, up to `limit` chars. */
function textBefore(start: Element, limit: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let node: AnyNode | null = start; node && length < limit; node = node.parent) {
    for (let sib = node.prev; sib && length < limit; sib = sib.prev) {
      // Collapsed before counting, as in textAfter. The page's header (a widget with today's date)
      // is not the date line above the headline.
      const t = collapseRuns(
        isText(sib) ? sib.data : isTag(sib) && !skipInside(sib) && !isPageHeader(sib) ? innerText(sib, true) : '',
      );
      parts.unshift(t);
      length += t.length;
    }
  }
  const text = parts.join(' ').replace(/\s+/g, ' ');
  return text.slice(Math.max(0, text.length - limit));
}

/** Subtrees whose text is never the article's date: code, and footers, sidebars and comments. */
export function skipInside(el: Element): boolean {
  return (
    el.name === 'script' ||
    el.name === 'style' ||
    el.name === 'noscript' ||
    el.name === 'svg' ||
    opensChromeOrComments(el)
  );
}

export function nextInOrder(node: AnyNode, skipChildren: boolean): AnyNode | null {
  if (!skipChildren && isTag(node) && node.children.length > 0) return node.children[0];
  for (let n: AnyNode | null = node; n; n = n.parent) {
    if (n.next) return n.next;
  }
  return null;
}
