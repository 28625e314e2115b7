// Warnings about the text itself, found while extracting a dump.
import type { Warning } from '../../record/types.js';

/** Shown in the message so a reader can find the spot; the paragraph's end is where links get cut. */
const CONTEXT_CHARS = 40;

/**
 * A paragraph with more "(" than ")" (or an empty "()"): saving a page as text drops link
 * anchors, and a citation such as "(ria.ru/…)" leaves its opening parenthesis behind.
 */
export function strippedLinkWarnings(paragraphs: readonly string[]): Warning[] {
  const out: Warning[] = [];
  paragraphs.forEach((p, i) => {
    const open = (p.match(/\(/gu) ?? []).length,
      close = (p.match(/\)/gu) ?? []).length;
    const empty = /\(\s*\)/u.exec(p);
    if (open <= close && !empty) return;
    const at = empty ? empty.index : p.lastIndexOf('(');
    const context = p.slice(Math.max(0, at - CONTEXT_CHARS), at + 2).trim();
    out.push({
      code: 'stripped-link',
      message: `paragraph ${i + 1} has an unbalanced "(" ("…${context}"): a link was probably stripped`,
    });
  });
  return out;
}
