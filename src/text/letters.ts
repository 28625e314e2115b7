// What counts as a letter, a word and a capital, whatever the script. Every pattern that
// matches words uses these classes with the `u` flag: [A-Za-z] and \w stop at "Erdo" of
// "Erdoğan", and \b sees a word boundary inside it.

/** Regex class body for the characters of a word: letters, combining marks (NFD input, Vietnamese stacked marks), digits. */
export const WORD_CHAR = '\\p{L}\\p{M}\\p{N}';
/** Regex class body for letters and their combining marks. */
export const LETTER = '\\p{L}\\p{M}';

const UPPER_FIRST = /^[\p{Lu}\p{Lt}]/u;
const LOWER_FIRST = /^\p{Ll}/u;
const ANY_LOWER = /[\p{Ll}]/u;
const ANY_LETTER = /\p{L}/u;

/** Whether the text starts with a capital letter (upper or title case), in any script. */
export function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90; // ASCII fast path: most tokens
  return UPPER_FIRST.test(text);
}

const ELIDED_CAPITAL = /^\p{Ll}{1,4}['’][\p{Lu}\p{Lt}]/u;

/**
 * Whether the text is a word written with an elided article or preposition before a capital
 * ("d'Ivoire", "l'Aquila", "dell'Emilia"): the tokenizer keeps it whole, so it starts lower case
 * though it continues a name ("Côte d'Ivoire", "Valéry Giscard d'Estaing").
 */
export function isElidedCapital(text: string): boolean {
  return ELIDED_CAPITAL.test(text);
}

/** Whether the text starts with a lower-case letter, in any script. */
export function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 97 && c <= 122;
  return LOWER_FIRST.test(text);
}

/** Whether the text has letters and none of them is lower case ("NATO", "ŁÓDŹ"). */
export function isAllCapitals(text: string): boolean {
  return ANY_LETTER.test(text) && !ANY_LOWER.test(text);
}
