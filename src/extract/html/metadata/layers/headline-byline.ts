// Layer 10 (after marked bylines): a bare name on the date line just under the headline, or
// failing that just above it, as templates print it without "By" or an author class ("Aaron
// Ricadela | Senior Writer | July 2, 2025", "<p>Luke Kim</p><small>December 17, 2025</small>",
// "<div><span>Dec 17, 2025</span><span>Jane Doe</span></div><h1>"). The date is what makes the line a
// byline: a name-like text under a headline without one is a kicker, a standfirst or a caption.
import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import type { RawMetadata } from '../types.js';
import { innerText } from '../scan.js';
import { cleanAuthors } from '../../../authors.js';
import { findDates } from '../../../dates.js';
import { WRITTEN_YEAR } from '../date-values.js';
import { nextInOrder, skipInside } from './visible-date.js';
import { collapseSpace } from '../../../../text/collapse-space.js';

/** How much text after the headline is searched (characters): the date line comes first. */
const AFTER_HEADLINE_CHARS = 300;
/** Longest date line read (characters); longer blocks are paragraphs that mention a date. */
const MAX_DATE_LINE_CHARS = 100;
/** Ancestor levels climbed from a text to its line ("<p>Name</p><small>Date</small>" in one div). */
const LINE_LEVELS = 2;

export function readHeadlineByline(headlines: readonly Element[]): RawMetadata {
  for (const headline of headlines) {
    const name = bylineAfter(headline) ?? bylineBefore(headline);
    if (name) return { authors: [name] };
  }
  return {};
}

/** One full name from a date line, or null: a line listing several is a related-posts strip or a credits block. */
function oneName(line: string): string | null {
  const names = cleanAuthors(line);
  return names.length === 1 && names[0].includes(' ') ? names[0] : null;
}

/** The date line just above the headline ("<div><span>Dec 17, 2025</span><span>Jane Doe</span></div><h1>"):
 * the element before the headline, or before one of its nearest ancestors, when it has text. */
function bylineBefore(headline: Element): string | null {
  let el: Element | null = headline;
  for (let level = 0; level <= LINE_LEVELS && el; level++, el = el.parent && isTag(el.parent) ? el.parent : null) {
    const before = previousWithText(el);
    if (!before) continue;
    const t = collapseSpace(innerText(before, true));
    return t.length <= MAX_DATE_LINE_CHARS && hasWrittenDate(t) ? oneName(t) : null;
  }
  return null;
}

function previousWithText(el: Element): Element | null {
  for (let n = el.prev; n; n = n.prev) {
    if (isText(n) && n.data.trim()) return null;
    if (isTag(n) && n.name !== 'script' && n.name !== 'style' && innerText(n).trim()) return n;
  }
  return null;
}

function hasWrittenDate(t: string): boolean {
  return WRITTEN_YEAR.test(t) && findDates(t).some((d) => !d.yearInferred);
}

function bylineAfter(headline: Element): string | null {
  let seen = 0;
  const tried = new Set<Element>();
  // A line never widens to an element that holds the headline too (<header><h1>…</h1><p>Name |
  // Date</p></header>): the headline's words would be read as part of the byline.
  for (let p = headline.parent; p && isTag(p); p = p.parent) tried.add(p);
  // Start after the headline's own subtree.
  let node: AnyNode | null = nextInOrder(headline, true);
  while (node && seen < AFTER_HEADLINE_CHARS) {
    if (isText(node) && node.data.trim()) {
      seen += node.data.trim().length;
      const line = dateLine(node, tried);
      const name = line ? oneName(line) : null;
      if (name) return name;
    }
    node = nextInOrder(node, isTag(node) && skipInside(node));
  }
  return null;
}

/** The widest short element text around `text` that holds a written date, or null. */
function dateLine(text: AnyNode, tried: Set<Element>): string | null {
  let best: string | null = null;
  let el = text.parent;
  for (let level = 0; level < LINE_LEVELS && el && isTag(el); level++, el = el.parent) {
    if (tried.has(el)) break;
    tried.add(el);
    const t = collapseSpace(innerText(el, true));
    if (t.length > MAX_DATE_LINE_CHARS) break;
    best = t;
  }
  return best && hasWrittenDate(best) ? best : null;
}
