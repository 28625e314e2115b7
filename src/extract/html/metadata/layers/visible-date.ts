// Layer 11 (last): a date written in the page text where articles show it, for pages with no
// machine-readable date: (a) short elements whose class or id says "date"/"published"/"posted",
// (b) the text just after the headline (the byline/date line), then just before it (a kicker
// line "News | March 3, 2022" above the title). Dates labelled as updates are passed over when
// another date is there. Comment sections and page chrome are never read.
import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import type { RawMetadata } from '../types.js';
import type { PageScan, ScannedElement } from '../scan.js';
import { innerText, opensChromeOrComments } from '../scan.js';
import { findDates } from '../../../dates.js';
import { WRITTEN_YEAR } from '../date-values.js';

/** Class/id tokens of elements holding a visible date ("date-length-text", "publish-meta", "post-date"). */
const DATE_TOKEN = /(date|publish|posted|pubtime|timestamp)/;
/** Tokens of dates that are not the publication date (updates, copyright lines, events). */
const NOT_PUBLICATION_TOKEN = /(update|modif|copyright|event|expir|deadline|birth)/;
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
/** How much text before the headline is searched (characters): a kicker or date above the title. */
const BEFORE_HEADLINE_CHARS = 200;
/** Words that mark the date after them as a modification date. */
const UPDATE_LABEL =
  /(updated|modified|last\s+update[ds]?|aktualisiert|mis à jour|actualizado|aggiornato)\s*(on|am|le|el|il)?\s*:?\s*$/i;

export function readVisibleDate(scan: PageScan, headlines: readonly Element[]): RawMetadata {
  const fromElement = dateElement(scan.roles);
  if (fromElement) return { published: fromElement };
  // Pages repeat the headline (a sticky header, a mobile layout): try each copy.
  for (const headline of headlines) {
    const after = textAfter(headline, LABELLED_AFTER_HEADLINE_CHARS);
    const found =
      publicationDate(after.slice(0, AFTER_HEADLINE_CHARS)) ??
      publicationDate(textBefore(headline, BEFORE_HEADLINE_CHARS)) ??
      labelledDate(after);
    if (found) return { published: found };
  }
  return {};
}

/** A date further down the page counts only with a publication label before it ("Posted on"). */
function labelledDate(text: string): string | null {
  if (!WRITTEN_YEAR.test(text)) return null;
  const found = findDates(text).find(
    (d) => !d.yearInferred && PUBLICATION_LABEL.test(text.slice(Math.max(0, d.start - 40), d.start)),
  );
  return found?.value ?? null;
}

function dateElement(roles: readonly ScannedElement[]): string | null {
  for (const s of roles) {
    if (s.inComments || s.inChrome) continue;
    if (!s.tokens.some((t) => DATE_TOKEN.test(t)) || s.tokens.some((t) => NOT_PUBLICATION_TOKEN.test(t))) continue;
    // A long date element (a meta bar with tags) is read from its start, where the date is.
    const text = innerText(s.el, true).replace(/\s+/g, ' ').trim().slice(0, MAX_DATE_ELEMENT_CHARS);
    if (text.length === 0) continue;
    const d = publicationDate(text);
    if (d) return d;
  }
  return null;
}

/** The first date in `text` not labelled as an update, else the first date. */
function publicationDate(text: string): string | null {
  // Cheap test first: most texts hold no year, and findDates falls back to a slow general parser.
  if (!WRITTEN_YEAR.test(text)) return null;
  const found = findDates(text).filter((d) => !d.yearInferred && WRITTEN_YEAR.test(text.slice(d.start, d.end)));
  if (found.length === 0) return null;
  const original = found.find((d) => !UPDATE_LABEL.test(text.slice(Math.max(0, d.start - 40), d.start)));
  return (original ?? found[0]).value;
}

/** Text of the nodes following `start` in document order (including its own), up to `limit` chars. */
function textAfter(start: Element, limit: number): string {
  let out = '';
  let node: AnyNode | null = start;
  while (node && out.length < limit) {
    if (isText(node)) out += `${node.data} `;
    node = nextInOrder(node, isTag(node) && skipInside(node));
  }
  return out.replace(/\s+/g, ' ').slice(0, limit);
}

/** Text of the nodes before `start` in its ancestors' earlier children, nearest last, up to `limit` chars. */
function textBefore(start: Element, limit: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let node: AnyNode | null = start; node && length < limit; node = node.parent) {
    for (let sib = node.prev; sib && length < limit; sib = sib.prev) {
      const t = isText(sib) ? sib.data : isTag(sib) && !skipInside(sib) ? innerText(sib, true) : '';
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
