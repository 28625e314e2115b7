// The language the analyses judge a page's text to be in. The text's own, detected, over the
// page's declaration: declarations are wrong either way on real pages (German blog posts declared
// English, English Business Insider pages declared German). A short text is too little for the
// detector (a one-line English address reads as Tagalog), so there the declaration stands, and a
// language the extractor only guessed from that same short text counts as unknown.
import type { Article } from '../record/types.js';
import { detectLanguage } from '../extract/language.js';

/** Letters of text below which the detector's answer is not taken over the declaration. */
const MIN_JUDGED_LETTERS = 100;

/** ISO 639-1 code of the language the analyses take the article's text to be in ("und": unknown). */
export function judgedLanguage(article: Article): string {
  const letters = lettersUpTo(article.text.slice(0, MIN_JUDGED_LETTERS * 4), MIN_JUDGED_LETTERS);
  const told = article.provenance?.language === 'detected';
  const declared = told ? 'und' : article.language;
  if (letters < MIN_JUDGED_LETTERS) return declared;
  // Extraction told it from this same text with the same detector: not read again.
  const detected = told ? article.language : detectLanguage(article.text);
  // Where both say "not English", the declaration names the language better (the detector takes
  // Indonesian for Malay).
  return !readsAsEnglish(detected) && !readsAsEnglish(declared) ? declared : detected;
}

const LETTER_RE = /^\p{L}$/u;

/**
 * The number of letters (\p{L} code points, as `text.match(/\p{L}/gu).length` counts them) in
 * `text`, counted up to `enough` and no further. Once per article: the match built an array of
 * every letter of the sample, where a loop over the code units tests only those past ASCII.
 */
export function lettersUpTo(text: string, enough: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < enough; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const folded = c | 0x20;
      if (folded >= 0x61 && folded <= 0x7a) n++;
      continue;
    }
    // A surrogate pair is one code point (a lone half matches no letter).
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (LETTER_RE.test(String.fromCodePoint(cp))) n++;
  }
  return n;
}

/** Whether the analyses, whose lexicons, cues and models are English, can read a text in this language. */
export const readsAsEnglish = (language: string): boolean => language === 'en' || language === 'und';
