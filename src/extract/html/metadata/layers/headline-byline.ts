// Layer 10 (after marked bylines): a bare name on the date line just under the headline, as
// templates print it without "By" or an author class ("Aaron Ricadela | Senior Writer | July 2,
// 2025", "<p>Luke Kim</p><small>December 17, 2025</small>"). The date is what makes the line a
// byline: a name-like text under a headline without one is a kicker, a standfirst or a caption.
import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import type { RawMetadata } from '../types.js';
import { innerText } from '../scan.js';
import { cleanAuthors } from '../../../authors.js';
import { findDates } from '../../../dates.js';
import { WRITTEN_YEAR } from '../date-values.js';
import { nextInOrder, skipInside } from './visible-date.js';

/** How much text after the headline is searched (characters): the date line comes first. */
const AFTER_HEADLINE_CHARS = 300;
/** Longest date line read (characters); longer blocks are paragraphs that mention a date. */
const MAX_DATE_LINE_CHARS = 100;
/** Ancestor levels climbed from a text to its line ("<p>Name</p><small>Date</small>" in one div). */
const LINE_LEVELS = 2;

export function readHeadlineByline(headlines: readonly Element[]): RawMetadata {
  for (const headline of headlines) {
    const name = bylineAfter(headline);
    if (name) return { authors: [name] };
  }
  return {};
}

function bylineAfter(headline: Element): string | null {
  let seen = 0;
  const tried = new Set<Element>();
  // Start after the headline's own subtree.
  let node: AnyNode | null = nextInOrder(headline, true);
  while (node && seen < AFTER_HEADLINE_CHARS) {
    if (isText(node) && node.data.trim()) {
      seen += node.data.trim().length;
      const line = dateLine(node, tried);
      if (line) {
        const names = cleanAuthors(line);
        // One full name: a line listing several is a related-posts strip or a credits block.
        if (names.length === 1 && names[0].includes(' ')) return names[0];
      }
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
    const t = innerText(el, true).replace(/\s+/g, ' ').trim();
    if (t.length > MAX_DATE_LINE_CHARS) break;
    best = t;
  }
  if (!best || !WRITTEN_YEAR.test(best)) return null;
  return findDates(best).some((d) => !d.yearInferred) ? best : null;
}
