// The bounds that keep analysis cost linear in the length of the text, whatever the text. Most
// components look around each token within its sentence (a cue's subject, a trigger's clause, a
// run of names), so a sentence that never ends (a transcript with no punctuation, a table
// flattened into one line) would make that work quadratic. Sentences longer than the cap are
// analysed as windows of at most MAX_SENTENCE_TOKENS tokens, cut at a clause boundary where one is
// near, and the record says so in a warning.
import type { Token } from './doc.js';
import type { Warning } from '../record/types.js';

/**
 * The longest sentence analysed whole, in tokens. The longest sentence in the PolNeAR training
 * and development texts (35,000 news sentences) has 222 tokens; 99.9% have fewer than 85.
 */
export const MAX_SENTENCE_TOKENS = 250;
/**
 * The longest paragraph the tokenizer reads at once (tokens.ts): wink's working memory grows with
 * what it reads, some 60 bytes a character. News paragraphs are under 5,000 characters.
 */
export const MAX_PARAGRAPH_CHARS = 100_000;
/** A window is cut at a clause boundary found in its last quarter, else at the cap itself. */
const MIN_WINDOW_TOKENS = Math.floor((MAX_SENTENCE_TOKENS * 3) / 4);
/** Punctuation a window may end with. */
const BREAK_AFTER: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '--', ')', '|']);
/** Words a window may start with: they open a clause. */
const BREAK_BEFORE_POS: ReadonlySet<string> = new Set(['CCONJ', 'SCONJ']);

export const SENTENCE_CAP_WARNING = 'sentence-capped';
export const PARAGRAPH_CAP_WARNING = 'paragraph-capped';

/**
 * Cuts the token indices of one sentence (`ours`, in order) into windows of at most
 * MAX_SENTENCE_TOKENS; a sentence within the cap comes back whole. Linear: each cut looks back
 * over at most a quarter window.
 */
export function sentenceWindows(tokens: readonly Token[], ours: readonly number[]): (readonly number[])[] {
  if (ours.length <= MAX_SENTENCE_TOKENS) return [ours];
  const out: (readonly number[])[] = [];
  let start = 0;
  while (ours.length - start > MAX_SENTENCE_TOKENS) {
    const cut = windowEnd(tokens, ours, start);
    out.push(ours.slice(start, cut));
    start = cut;
  }
  out.push(ours.slice(start));
  return out;
}

/** One past the last position (in `ours`) of the window starting at `start`. */
function windowEnd(tokens: readonly Token[], ours: readonly number[], start: number): number {
  const hard = start + MAX_SENTENCE_TOKENS;
  for (let k = hard; k > start + MIN_WINDOW_TOKENS; k--) {
    if (BREAK_AFTER.has(tokens[ours[k - 1]].text) || BREAK_BEFORE_POS.has(tokens[ours[k]].pos)) return k;
  }
  return hard;
}

/** Counts sentences cut into windows, for one warning on the record. */
export class CapReport {
  private capped = 0;
  private longest = 0;
  private pieces = 0;

  /** A paragraph read in pieces (tokens.ts): a sentence may be cut where a piece ends. */
  notePieces(): void {
    this.pieces++;
  }

  note(length: number): void {
    if (length <= MAX_SENTENCE_TOKENS) return;
    this.capped++;
    this.longest = Math.max(this.longest, length);
  }

  warnings(): Warning[] {
    const out: Warning[] = [];
    if (this.pieces > 0) {
      out.push({
        code: PARAGRAPH_CAP_WARNING,
        message: `${this.pieces} paragraph${this.pieces === 1 ? '' : 's'} longer than ${MAX_PARAGRAPH_CHARS.toLocaleString('en')} characters read in pieces, cut at sentence ends where one was near`,
      });
    }
    if (this.capped > 0) {
      out.push({
        code: SENTENCE_CAP_WARNING,
        message: `${this.capped} sentence${this.capped === 1 ? '' : 's'} longer than ${MAX_SENTENCE_TOKENS} tokens (the longest ${this.longest}) analysed in windows of at most ${MAX_SENTENCE_TOKENS} tokens`,
      });
    }
    return out;
  }
}
