import { detect } from 'tinyld';

/** Characters of text the detector looks at; more adds time, not accuracy. */
const SAMPLE_CHARS = 2000;

/** BCP 47 language code of a text ("und" when it cannot be told). */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.trim().length < 20) return 'und';
  return detect(sample) || 'und';
}
