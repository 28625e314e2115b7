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
  const letters = article.text.slice(0, MIN_JUDGED_LETTERS * 4).match(/\p{L}/gu)?.length ?? 0;
  const told = article.provenance?.language === 'detected';
  const declared = told ? 'und' : article.language;
  if (letters < MIN_JUDGED_LETTERS) return declared;
  // Extraction told it from this same text with the same detector: not read again.
  const detected = told ? article.language : detectLanguage(article.text);
  // Where both say "not English", the declaration names the language better (the detector takes
  // Indonesian for Malay).
  return !readsAsEnglish(detected) && !readsAsEnglish(declared) ? declared : detected;
}

/** Whether the analyses, whose lexicons, cues and models are English, can read a text in this language. */
export const readsAsEnglish = (language: string): boolean => language === 'en' || language === 'und';
