// Quotation spans: where the text puts words between quotation marks. Pairs are found one line at
// a time (a quotation never crosses a line break, except the news convention below), which keeps
// one stray mark from pairing everything after it.
import type { Span } from '../../../record/types.js';

export interface QuoteMark {
  /** From the opening mark to one past the closing mark (or to the end of the line when unclosed). */
  span: Span;
  /** True when the line ended before a closing mark: a quotation that runs on into the next paragraph. */
  open: boolean;
}

/**
 * One quotation mark or a doubled apostrophe (some wires and the NYT archive write ''...'').
 * Single curly quotes are left out: ’ is far more often an apostrophe than a closing mark.
 */
const QUOTE_MARK_RE = /[“”„"«»]|''/g;
const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
/** Marks that open and close alike: their role comes from whether a quotation is open. */
const TOGGLES = new Set(['"', "''"]);
const LEADING_SPACE_RE = /^\s*$/;
const DIGIT_RE = /\d/;

/** Quotation spans of a text, in order. */
export function findQuoteMarks(text: string): QuoteMark[] {
  const out: QuoteMark[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd > lineStart) scanLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function scanLine(text: string, start: number, end: number, out: QuoteMark[]): void {
  let openAt = -1;
  let openMark = '';
  let depth = 0; // curly marks nest: “... what he calls “hell” ...”
  QUOTE_MARK_RE.lastIndex = start;
  for (let m = QUOTE_MARK_RE.exec(text); m && m.index < end; m = QUOTE_MARK_RE.exec(text)) {
    const mark = m[0];
    const after = m.index + mark.length;
    if (openAt < 0) {
      // A closing mark that opens its line can only be an opening one mistyped.
      const opensLine = CLOSERS.has(mark) && LEADING_SPACE_RE.test(text.slice(start, m.index));
      // '70" TV', '5\'11"': a straight mark right after a digit is an inch mark, no opening one.
      const inches = mark === '"' && m.index > start && DIGIT_RE.test(text[m.index - 1]);
      if (OPENERS.has(mark) || (TOGGLES.has(mark) && !inches) || opensLine) {
        openAt = m.index;
        openMark = mark;
        depth = 1;
      }
      continue;
    }
    if (TOGGLES.has(openMark)) {
      if (mark === openMark) {
        out.push({ span: [openAt, after], open: false });
        openAt = -1;
      }
      continue;
    }
    // A straight mark closes a curly quotation typed with mixed marks (“...," he said).
    const closes = CLOSERS.has(mark) || (mark === '"' && depth === 1);
    if (OPENERS.has(mark)) depth++;
    else if (closes && --depth === 0) {
      out.push({ span: [openAt, after], open: false });
      openAt = -1;
    }
  }
  if (openAt >= 0 && end - openAt > 1) out.push({ span: [openAt, trimEnd(text, openAt, end)], open: true });
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}
