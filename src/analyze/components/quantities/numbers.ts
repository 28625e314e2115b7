// Number words and numerals to values: "7,000", "2.5", "three", "forty-three", "twenty five",
// "1.5m", "40 bn", "a dozen".

import { NUMBER_WORDS } from '../../resources/number-words.js';

/** Multipliers, written out and abbreviated ("$40 bn", "1.5m people", "10k"). */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  b: 1e9,
  tn: 1e12,
  trn: 1e12,
};

const NUMERAL_RE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$|^\.\d+$/;
/** A numeral glued to its scale: "1.5m", "40bn", "10k". */
const GLUED_SCALE_RE = /^(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)$/i;

/** The value of one token, or null when it is not a number. */
export function tokenValue(word: string): number | null {
  const w = word.toLowerCase();
  if (NUMERAL_RE.test(w)) return Number(w.replace(/,/g, ''));
  const glued = GLUED_SCALE_RE.exec(w);
  if (glued) return Number(glued[1]) * SCALES[glued[2].toLowerCase()];
  return NUMBER_WORDS[w] ?? null;
}

/**
 * The value of a run of number words: "twenty five" = 25, "three hundred thousand" = 300000,
 * "2.5 billion" = 2.5e9. Returns null when a word is not a number.
 */
export function runValue(words: readonly string[]): number | null {
  let total = 0,
    current = 0,
    seen = false;
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (w === '-' || w === 'and') continue;
    const scale = SCALES[w];
    if (scale !== undefined && seen) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      continue;
    }
    const v = tokenValue(w);
    if (v === null) return null;
    current += v;
    seen = true;
  }
  return seen ? total + current : null;
}
