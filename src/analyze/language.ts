// The language the analyses judge a page's text to be in. The text's own, detected, over the
// page's declaration: declarations are wrong either way on real pages (German blog posts declared
// English, English Business Insider pages declared German). A short text is too little for the
// detector (a one-line English address reads as Tagalog), so there the declaration stands, and a
// language the extractor only guessed from that same short text counts as unknown.
import type { Article, Warning } from '../record/types.js';
import { eldDetect } from '../extract/language.js';

/** Letters of text below which the detector's answer is not taken over the declaration. */
const MIN_JUDGED_LETTERS = 100;

/** ISO 639-1 code of the language the analyses take the article's text to be in ("und": unknown). */
export function judgedLanguage(article: Article): string {
  const letters = lettersUpTo(article.text.slice(0, MIN_JUDGED_LETTERS * 4), MIN_JUDGED_LETTERS);
  const told = article.provenance?.language === 'detected';
  const declared = told ? 'und' : article.language;
  if (letters < MIN_JUDGED_LETTERS) return declared;
  // Extraction told it from this same text with the same detector: not read again. Otherwise the
  // detector's own answer, without detectLanguage's count of letters (a match of each letter of
  // 2,000 characters, some 40% of its time on real pages): with 100 letters in the first 400
  // characters its sample has the 20 it asks for, and ELD reads only the first 1,000 anyway.
  const detected = told ? article.language : eldDetect(article.text) || 'und';
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

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language's English name, or its code where Intl knows none. */
export function languageName(language: string): string {
  try {
    return LANGUAGE_NAMES.of(language) ?? language;
  } catch {
    return language; // not a code Intl knows
  }
}

/**
 * The record's language fields for the language the analyses judged (`judged`, from
 * judgedLanguage): the record says what its layers were read as. Where that is not what the page
 * declared, the language is the detector's (`provenance.language` "detected", which judgedLanguage
 * reads back the same way when the record is analysed again; none where a short text left it
 * unknown) and a `language-declared` warning keeps the declaration. Unknown and English both read
 * as English: a short text's "en" is kept.
 */
export function recordLanguage(
  article: Article,
  judged: string,
): { language: string; provenance: Article['provenance']; warning: Warning | null } {
  // A short text the extractor took for English is read as English: its "en" stays.
  if (judged === article.language || (judged === 'und' && readsAsEnglish(article.language)))
    return { language: article.language, provenance: article.provenance, warning: null };
  const provenance = { ...article.provenance };
  if (judged === 'und') delete provenance.language;
  else provenance.language = 'detected';
  const told = article.provenance?.language === 'detected';
  const warning: Warning | null =
    told || article.language === 'und'
      ? null
      : {
          code: 'language-declared',
          message: `the page declares ${languageName(article.language)} (${article.language}); its text reads as ${languageName(judged)} (${judged})`,
        };
  const none = !article.provenance && Object.keys(provenance).length === 0;
  return { language: judged, provenance: none ? undefined : provenance, warning };
}
