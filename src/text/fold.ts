// Name comparison across spellings, in one place for every stage (analysis, stores, search):
//   - `nfc`: one code point sequence per written form, so "Erdoğan" typed precomposed and the
//     same name decomposed (NFD, as some CMS and macOS pastes produce) compare equal;
//   - `foldName`: lower case and base letters, so "Erdogan" meets "Erdoğan", "Lodz" meets "Łódź",
//     and Romanian comma-below "ș"/"ț" meets the cedilla "ş"/"ţ" that older text (and GeoNames) use.
// Folding is for keys and matching only: records keep the text exactly as written.

/**
 * Combining diacritics that are stripped after canonical decomposition: the general-purpose
 * blocks (acute, grave, caron, breve, cedilla, comma below, ogonek, hook, horn, dot below, ...).
 * Script-specific marks (Indic vowel signs, Arabic harakat) are kept: dropping them changes words.
 */
const DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/**
 * Lower-case letters with no canonical decomposition whose base letter readers substitute when
 * typing without the diacritic (Polish ł, Croatian đ, Turkish/Azerbaijani ı, Maltese ħ, Nordic
 * ø/æ/ð/þ, German ß, Azerbaijani ə, the ligatures). Greek final sigma is the same letter as σ.
 */
const BASE_LETTERS: ReadonlyMap<string, string> = new Map([
  ['ł', 'l'],
  ['đ', 'd'],
  ['ı', 'i'],
  ['ħ', 'h'],
  ['ŧ', 't'],
  ['ŀ', 'l'],
  ['ø', 'o'],
  ['ð', 'd'],
  ['þ', 'th'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ß', 'ss'],
  ['ə', 'e'],
  ['ĳ', 'ij'],
  ['ƒ', 'f'],
  ['ɨ', 'i'],
  ['ŋ', 'n'],
  ['ς', 'σ'],
]);
const BASE_LETTER_RE = new RegExp(`[${[...BASE_LETTERS.keys()].join('')}]`, 'g');
/** Text with nothing to fold but case: the common case, handled without normalising. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** The text in Unicode canonical composition (NFC); ASCII is returned as is. */
export function nfc(text: string): string {
  return ASCII_ONLY.test(text) ? text : text.normalize('NFC');
}

/**
 * The comparison form of a name: lower case, diacritics removed, letters without a decomposition
 * replaced by their base letters ("Łódź" -> "lodz", "Şanlıurfa" -> "sanliurfa", "Đoković" ->
 * "dokovic", as GeoNames' ASCII names write it; the transliteration "Djokovic" is another name).
 * Other scripts keep their letters, lower-cased ("Душанбе" -> "душанбе").
 */
export function foldName(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  // Lower-case after decomposing: Turkish "İ" lower-cases to "i" plus a combining dot, which then goes.
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(DIACRITICS, '')
    .replace(BASE_LETTER_RE, (c) => BASE_LETTERS.get(c)!)
    .normalize('NFC');
}

/** Whether two names are the same under folding ("Erdogan" and "Erdoğan"). */
export function sameName(a: string, b: string): boolean {
  return a === b || foldName(a) === foldName(b);
}

/**
 * The search form of running text (titles, bodies, queries): `foldName` over the whole text. It
 * maps letters to letters and drops only combining marks, so every word stays one word and word
 * positions in the folded and the original text agree: an index built from the folded text can
 * highlight matches in the original (the SQLite store relies on this; a PostgreSQL tsvector over
 * `foldText(text)` with the same function applied to queries gives the same matching).
 */
export function foldText(text: string): string {
  return foldName(text);
}
