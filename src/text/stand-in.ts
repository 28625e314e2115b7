// Same-length stand-in texts for parsers that only know some letters. wink-nlp's tokenizer knows
// letters up to Latin-1 and cuts "Erdoğan" into "Erdo", "ğ", "an"; JavaScript's \b and \w (and so
// chrono-node's patterns) know ASCII letters only, and find the month "Mar" in "Maręk". Such a
// parser reads the stand-in instead: every letter or combining mark it does not know becomes one it
// does, in as many UTF-16 code units, so every offset it reports holds in the real text; the words
// themselves are then read from the real text.

/** Latin letters beyond Latin-1 with no decomposition: their base letter keeps wink's stand-in word readable. */
const NO_DECOMPOSITION: ReadonlyMap<string, string> = new Map([
  ['ł', 'l'],
  ['Ł', 'L'],
  ['đ', 'd'],
  ['Đ', 'D'],
  ['ı', 'i'],
  ['ħ', 'h'],
  ['Ħ', 'H'],
  ['ŧ', 't'],
  ['Ŧ', 'T'],
  ['ə', 'e'],
  ['Ə', 'E'],
  ['œ', 'o'],
  ['Œ', 'O'],
  ['ŋ', 'n'],
  ['Ŋ', 'N'],
]);
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LETTER = /\p{L}/u;

/**
 * A letter or combining mark beyond Latin-1 / beyond ASCII (one code point: one or two code
 * units), as one class by set subtraction (the `v` flag): most English text has none, only curly
 * quotes and dashes, and one test over it is then all the work.
 */
const LETTER_BEYOND_LATIN1 = new RegExp('[[\\p{L}\\p{M}]--[\\x00-\\xff]]', 'gv');
const LETTER_BEYOND_ASCII = new RegExp('[[\\p{L}\\p{M}]--[\\x00-\\x7f]]', 'gv');
const ANY_LETTER_BEYOND_LATIN1 = new RegExp(LETTER_BEYOND_LATIN1.source, 'v');
const ANY_LETTER_BEYOND_ASCII = new RegExp(LETTER_BEYOND_ASCII.source, 'v');

/**
 * One letter's stand-in: its base letter when `limit` allows and it decomposes to one ("ğ" -> "g",
 * "Ș" -> "S"), else "X"/"x" by case (Cyrillic, Greek, ...); a combining mark becomes "x" and
 * continues the word it sits in.
 */
function standIn(ch: string, limit: number, memo: Map<string, string>): string {
  let s = memo.get(ch);
  if (s === undefined) {
    const base = limit > 0 ? (NO_DECOMPOSITION.get(ch) ?? ch.normalize('NFD')[0]) : '';
    s = base.length === 1 && base.charCodeAt(0) < limit && LETTER.test(base) ? base : UPPER.test(ch) ? 'X' : 'x';
    if (ch.length === 2) s += 'x';
    memo.set(ch, s);
  }
  return s;
}

const latin1Memo = new Map<string, string>();
const asciiMemo = new Map<string, string>();
const toLatin1 = (ch: string) => standIn(ch, 0x100, latin1Memo);
const toAscii = (ch: string) => standIn(ch, 0, asciiMemo);

/** The text with every letter or mark beyond Latin-1 replaced by a Latin-1 letter (for wink-nlp). */
export function latin1StandIn(text: string): string {
  return ANY_LETTER_BEYOND_LATIN1.test(text) ? text.replace(LETTER_BEYOND_LATIN1, toLatin1) : text;
}

/**
 * The text with every letter or mark beyond ASCII replaced by "x" or "X" (for \b-based English
 * patterns): not by its base letter, or "Augušt" would read as the month "August".
 */
export function asciiStandIn(text: string): string {
  return ANY_LETTER_BEYOND_ASCII.test(text) ? text.replace(LETTER_BEYOND_ASCII, toAscii) : text;
}
