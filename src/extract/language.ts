// Language identification with ELD (Efficient Language Detector: n-gram tables in pure JS, no
// native build). tinyld, tried first, took English news full of Central Asian names for Turkmen.
// ELD's extra-small table gets such pages right, as do its larger tables, and costs about 90 MB
// of memory where the medium one costs 200 MB.
import { eld } from 'eld/extrasmall';

/** Characters of text the detector looks at; more adds time, not accuracy. */
const SAMPLE_CHARS = 2000;
/** Below this many letters a guess is noise. */
const MIN_LETTERS = 20;

/** ISO 639-1 code of a text's language ("und" when it cannot be told). */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return 'und';
  return eld.detect(sample).language || 'und';
}
