// MinHash (Broder 1997) over word shingles with LSH banding: two texts that share most of their
// shingles (a syndicated wire copy, a repost under another header) get signatures that agree in
// most positions, and at least one band of them agrees exactly, so candidates are found by an
// index lookup instead of comparing texts pairwise.
import { normaliseText } from '../../record/id.js';

/** Words per shingle: 3 keeps word order without letting one changed word spoil many shingles. */
export const SHINGLE_WORDS = 3;
/** Hash functions in a signature; the Jaccard estimate's standard error is about 0.04 at 120. */
export const SIGNATURE_SIZE = 120;
/** Bands × rows = SIGNATURE_SIZE. With 20 bands of 6 rows, pairs at Jaccard 0.8 become candidates 99.8% of the time, at 0.5 27%, at 0.3 1.5%. */
export const BANDS = 20;
export const ROWS = SIGNATURE_SIZE / BANDS;
/** Estimated shingle overlap (Jaccard) from which two texts are the same story: a new header, byline or footer on a copy stays above it. */
export const NEAR_DUPLICATE_JACCARD = 0.8;
/** Texts shorter than this many words are not fingerprinted: too little text to call two copies the same story. */
export const MIN_WORDS = 40;

const WORD = /[\p{L}\p{N}]+/gu;

/** One seed per hash function, fixed so signatures stay comparable across runs and versions. */
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

export interface Fingerprint {
  /** The signature as hex, 8 digits per hash. */
  signature: string;
  /** One key per band ("band index:hash of its rows"), indexed for exact lookup. */
  bands: string[];
}

/** The text's fingerprint, or null when it is too short to judge. */
export function fingerprint(text: string): Fingerprint | null {
  const words = normaliseText(text).match(WORD) ?? [];
  if (words.length < MIN_WORDS) return null;
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
    shingles.add(hashString(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const s of shingles) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const h = fmix32(s ^ SEEDS[k]);
      if (h < sig[k]) sig[k] = h;
    }
  }
  const bands: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix32(h ^ sig[b * ROWS + r]);
    bands.push(`${b}:${hex32(h)}`);
  }
  return { signature: Array.from(sig, hex32).join(''), bands };
}

/** Estimated Jaccard similarity of the shingle sets: the share of positions where signatures agree. */
export function similarity(a: string, b: string): number {
  let same = 0;
  for (let i = 0; i < a.length; i += 8) if (a.slice(i, i + 8) === b.slice(i, i + 8)) same++;
  return same / (a.length / 8);
}

/** FNV-1a over UTF-16 code units, finished with fmix32 so similar shingles get unrelated hashes. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** MurmurHash3's 32-bit finaliser: a cheap, well-mixed bijection used as the hash family. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hex32(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
