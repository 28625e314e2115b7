// Warnings about the text itself, found while extracting a dump.
import type { Warning } from '../../record/types.js';

/** Shown in the message so a reader can find the spot; the paragraph's end is where links get cut. */
const CONTEXT_CHARS = 40;

/**
 * Words that only make sense around a link that is no longer there: "see here", "click here",
 * "(here)". Saving a page as text keeps the anchor word and drops its address.
 */
const BARE_HERE =
  /\b(?:see|click|tap|read more)\s+here\b|\b(?:available|watch it|listen|read it)\s+here(?=\s*(?:[.,;:!)]|$))|\(\s*here\s*\)/iu;

/** Where a link was lost in paragraph `p`, or -1: an opening bracket at its end, more "(" than ")", an empty "()" or a bare "see here". */
function lostLinkAt(p: string): number {
  const end = /[([{]\s*$/u.exec(p);
  if (end) return end.index;
  const empty = /\(\s*\)/u.exec(p);
  if (empty) return empty.index;
  const open = (p.match(/\(/gu) ?? []).length;
  const close = (p.match(/\)/gu) ?? []).length;
  if (open > close) return p.lastIndexOf('(');
  const here = BARE_HERE.exec(p);
  return here ? here.index : -1;
}

/**
 * One warning per paragraph where a link was lost in the saved text: saving a page as text drops
 * link anchors' addresses, and a citation such as "(ria.ru/…)" leaves its opening bracket behind,
 * "see here" its anchor word.
 */
export function strippedLinkWarnings(paragraphs: readonly string[]): Warning[] {
  const out: Warning[] = [];
  paragraphs.forEach((p, i) => {
    const at = lostLinkAt(p);
    if (at < 0) return;
    const context = p.slice(Math.max(0, at - CONTEXT_CHARS), at + CONTEXT_CHARS / 2).trim();
    out.push({
      code: 'stripped-link',
      message: `link lost in the saved text: paragraph ${i + 1} ("…${context}…")`,
    });
  });
  return out;
}
