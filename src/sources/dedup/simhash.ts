// SimHash (Charikar 2002) over word shingles: texts that share most of their shingles get
// fingerprints a few bits apart, so syndicated wire copies and reposts with another header or
// footer are found without comparing texts pairwise. 64 bits, kept as two 32-bit halves.
import { normaliseText } from '../../record/id.js';

/** Words per shingle: 3 keeps word order without making one changed word spoil many shingles. */
export const SHINGLE_WORDS = 3;
/** Fingerprints at most this many bits apart are near-duplicates (Manku et al. 2007 used 3 of 64). */
export const MAX_DISTANCE = 3;
/** Bands for the lookup: with 4 bands of 16 bits, two fingerprints within 3 bits share one exactly. */
export const BANDS = 4;
/** Texts shorter than this many words are not fingerprinted: too little text to call two copies the same story. */
export const MIN_WORDS = 40;

const WORD = /[\p{L}\p{N}]+/gu;

/** The 64-bit fingerprint as 16 hex digits, or null for texts too short to judge. */
export function simhash(text: string): string | null {
  const words = normaliseText(text).match(WORD) ?? [];
  if (words.length < MIN_WORDS) return null;
  const weights = new Int32Array(64);
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const shingle = words.slice(i, i + SHINGLE_WORDS).join(' ');
    addBits(weights, fnv1a(shingle, 0x811c9dc5), 0);
    addBits(weights, fnv1a(shingle, 0x050c5d1f), 32);
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (weights[b] > 0) hi |= 1 << b;
    if (weights[b + 32] > 0) lo |= 1 << b;
  }
  return hex32(hi) + hex32(lo);
}

/** The fingerprint split into BANDS equal parts, each indexed for exact lookup. */
export function bands(fingerprint: string): string[] {
  const size = fingerprint.length / BANDS;
  return Array.from({ length: BANDS }, (_, i) => fingerprint.slice(i * size, (i + 1) * size));
}

export function hammingDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < a.length; i += 8) {
    let x = (parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      d++;
    }
  }
  return d;
}

function addBits(weights: Int32Array, hash: number, offset: number): void {
  for (let b = 0; b < 32; b++) weights[offset + b] += (hash >>> b) & 1 ? 1 : -1;
}

/** FNV-1a over UTF-16 code units; two seeds give two independent 32-bit halves. */
function fnv1a(s: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche (murmur3 fmix32) so similar shingles do not get similar hashes.
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
