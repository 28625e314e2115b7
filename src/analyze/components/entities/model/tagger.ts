// The entity tagger: a first-order linear-chain model over BIO tags (an averaged structured
// perceptron, trained by scripts/train-entities.ts on GUM), decoded exactly with Viterbi. Feature
// weights live in hashed buckets (2^BUCKET_BITS rows of one weight per tag), quantised to 16-bit
// integers and stored gzipped in models/entities.bin.gz; decoding adds integers only.
//
// Decoding keeps only the rows that hold a weight (some 15% of them) and finds a bucket's row by
// rank in a bitmap of the rows kept (`EmissionRows`): the full table is 13.6 MB and a feature's row
// read from it was most often a cache miss; the bitmap with its ranks takes 128 KB, the rows kept
// 2.5 MB, and a feature whose bucket is empty reads no row. The sums are the same integers.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PACKAGE_ROOT } from '../../../../package-root.js';
import type { EntityType } from '../../../../record/types.js';
import type { Doc } from '../../../doc.js';
import {
  CONTEXT_FEATURES,
  FEATURES_PER_TOKEN,
  NO_KEY,
  SLOTS,
  SLOT_FEATURES,
  Slot,
  contextFeatures,
  docContext,
  hashedRest,
  keyGroup,
  sentenceWords,
  slotFeatures,
  wordOnlyFeatures,
  wordTagFeature,
  type DocContext,
  type WordInfo,
} from './features.js';
import { ABSENT, IntMap } from './int-map.js';

export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP'];
/** Tag 0 is O; tag 2k+1 is B- and 2k+2 is I- of ENTITY_TYPES[k]. */
export const TAG_COUNT = 1 + 2 * ENTITY_TYPES.length;
export const BUCKET_BITS = 19;
export const BUCKETS = 1 << BUCKET_BITS;
const MAGIC = 'DLNER001';

if (TAG_COUNT !== 13) throw new Error('quantisedEmissions is unrolled for 13 tags');

export const MODEL_PATH = join(PACKAGE_ROOT, 'models', 'entities.bin.gz');

/**
 * The non-zero emission rows of the bucket table, packed: bucket b's row, when it has one, is row
 * `rank + popcount(present & lower bits)` of `rows`, where present and rank are `index[2k]` and
 * `index[2k + 1]` for k = b >>> 5 (side by side, so one cache line holds both).
 */
export interface EmissionRows {
  /** Per 32 buckets: one bit per bucket, whether its row holds a non-zero weight; then the number of rows kept before them. */
  index: Uint32Array;
  /** The rows kept, in bucket order: TAG_COUNT weights each, padded to ROW_STRIDE. */
  rows: Int16Array;
}

/** Weights as decoding reads them: emission rows by bucket, then transitions (row TAG_COUNT = sentence start). */
export interface Weights {
  emission: EmissionRows;
  /** (TAG_COUNT + 1) x TAG_COUNT: from-tag (or start) x to-tag, BIO constraints folded in. */
  transition: Float64Array;
}

export const isInside = (tag: number) => tag > 0 && tag % 2 === 0;
export const typeOfTag = (tag: number): EntityType => ENTITY_TYPES[(tag - 1) >> 1];

/** Whether `to` may follow `from` (an I- tag only continues its own type); `from` = TAG_COUNT is the start. */
export function allowed(from: number, to: number): boolean {
  if (!isInside(to)) return true;
  return from !== TAG_COUNT && from !== 0 && (from - 1) >> 1 === (to - 1) >> 1;
}

/** Weights per packed row: TAG_COUNT padded to 32 bytes, so a row never straddles two cache lines. */
const ROW_STRIDE = 16;

/** Packs a full bucket table (BUCKETS x TAG_COUNT) into its non-zero rows. */
export function packRows(table: Int16Array): EmissionRows {
  const index = new Uint32Array(2 * (BUCKETS >>> 5));
  let kept = 0;
  for (let b = 0; b < BUCKETS; b++) {
    if ((b & 31) === 0) index[2 * (b >>> 5) + 1] = kept;
    for (let t = 0; t < TAG_COUNT; t++) {
      if (table[b * TAG_COUNT + t] === 0) continue;
      index[2 * (b >>> 5)] |= 1 << (b & 31);
      kept++;
      break;
    }
  }
  const rows = new Int16Array(kept * ROW_STRIDE);
  let k = 0;
  for (let b = 0; b < BUCKETS; b++) {
    if ((index[2 * (b >>> 5)] & (1 << (b & 31))) === 0) continue;
    rows.set(table.subarray(b * TAG_COUNT, (b + 1) * TAG_COUNT), k * ROW_STRIDE);
    k++;
  }
  return { index, rows };
}

/** The number of set bits of a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Offset in `e.rows` of the row of feature hash h, or -1 when its bucket holds no weight. */
export function rowOf(e: EmissionRows, h: number): number {
  const b = h & (BUCKETS - 1);
  const k = 2 * (b >>> 5);
  const bits = e.index[k];
  const bit = 1 << (b & 31);
  // bit - 1 is every lower bit (for bit 31 too: ToInt32(-2^31 - 1) is 0x7fffffff).
  return (bits & bit) === 0 ? -1 : (e.index[k + 1] + popcount(bits & (bit - 1))) * ROW_STRIDE;
}

/** Emission scores of n tokens: scores[i * TAG_COUNT + t] (training's float weights). */
export function emissions(w: Float64Array, feats: Uint32Array, n: number, scores: Float64Array): void {
  const mask = BUCKETS - 1;
  for (let i = 0; i < n; i++) {
    const o = i * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) scores[o + t] = 0;
    for (let f = 0; f < FEATURES_PER_TOKEN; f++) {
      const row = (feats[i * FEATURES_PER_TOKEN + f] & mask) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) scores[o + t] += w[row + t];
    }
  }
}

/**
 * One word's scores in the arena: its SLOTS x TAG_COUNT slot scores, then one row for its
 * word-and-tag feature under the tag it last had (WordInfo.tagPos), then that row with the
 * scores of the context features that read only the word at a token past a sentence's first
 * added (features.ts wordOnlyFeatures), which such a token reads instead, then those scores alone.
 */
const SLOT_SCORES = (SLOTS + 3) * TAG_COUNT;
/** Offset of the word-and-tag row in a word's scores. */
const WORD_TAG_ROW = SLOTS * TAG_COUNT;
/** Offset of the word-and-tag row with the word-only context features' scores. */
const WORD_TAG_ONLY_ROW = (SLOTS + 1) * TAG_COUNT;
/** Offset of the word-only context features' scores alone (scored with the slots, once per word). */
const WORD_ONLY_ROW = (SLOTS + 2) * TAG_COUNT;
/** Words an arena holds before a fresh one replaces it, so memory stays bounded in a long run. */
const ARENA_WORDS = 200_000;
/** Likewise for feature keys (a few thousand occur in practice). */
const ARENA_KEYS = 100_000;

/**
 * Per model, the slot scores of the words scored so far, one word after another in one array
 * (offset 0: the missing neighbours past a sentence's edges). The slot features depend on the
 * word alone, so each distinct word is scored once; one array rather than one per word keeps the
 * per-token sums reading a single buffer. Likewise the scores of each feature key's group
 * (features.ts, `keyGroup`), found by key in `keyAt` (offset 0: zeros, for a token without a key).
 */
interface SlotArena {
  scores: Int32Array;
  used: number;
  keyAt: IntMap;
  keyScores: Int32Array;
}
const arenas = new WeakMap<Weights, SlotArena>();

function arenaOf(weights: Weights): SlotArena {
  let a = arenas.get(weights);
  if (!a || a.used >= ARENA_WORDS * SLOT_SCORES || a.keyAt.size >= ARENA_KEYS) {
    a = {
      scores: new Int32Array(1024 * SLOT_SCORES),
      used: SLOT_SCORES,
      keyAt: new IntMap(),
      keyScores: new Int32Array(1024 * TAG_COUNT),
    };
    const feats = new Uint32Array(SLOT_FEATURES);
    for (let slot = Slot.Left1; slot < SLOTS; slot++) {
      const k = slotFeatures(undefined, slot, feats, 0);
      addRows(weights.emission, feats, k, a.scores, slot * TAG_COUNT);
    }
    arenas.set(weights, a);
  }
  return a;
}

/** Offset in `a.scores` of the word's slot scores, scored on first use (the word's memo entry keeps it). */
function slotOffset(w: WordInfo, weights: Weights, a: SlotArena): number {
  if (w.slotsOf === a) return w.slotAt;
  if (a.used + SLOT_SCORES > a.scores.length) {
    const grown = new Int32Array(a.scores.length * 2);
    grown.set(a.scores);
    a.scores = grown;
  }
  const o = a.used;
  a.used += SLOT_SCORES;
  const feats = new Uint32Array(SLOT_FEATURES);
  for (let slot = 0; slot < SLOTS; slot++) {
    const k = slotFeatures(w, slot, feats, 0);
    addRows(weights.emission, feats, k, a.scores, o + slot * TAG_COUNT);
  }
  addRows(weights.emission, feats, wordOnlyFeatures(w, feats), a.scores, o + WORD_ONLY_ROW);
  w.slotAt = o;
  w.slotsOf = a;
  w.tagPos = undefined;
  return o;
}

/**
 * Scores of word `w`'s word-and-tag feature under `pos`, into its row at a.scores[o + WORD_TAG_ROW...],
 * and the same with its word-only context features' into a.scores[o + WORD_TAG_ONLY_ROW...].
 */
function scoreWordTag(w: WordInfo, pos: string, e: EmissionRows, a: SlotArena, o: number): void {
  const at = o + WORD_TAG_ROW;
  const r = rowOf(e, wordTagFeature(w, pos));
  for (let t = 0; t < TAG_COUNT; t++) a.scores[at + t] = r >= 0 ? e.rows[r + t] : 0;
  const only = o + WORD_TAG_ONLY_ROW;
  const fixed = o + WORD_ONLY_ROW;
  for (let t = 0; t < TAG_COUNT; t++) a.scores[only + t] = a.scores[at + t] + a.scores[fixed + t];
  w.tagPos = pos;
}

/**
 * Scores the groups of the keys of tokens [0, n) not scored yet. Their hashes were left
 * unwritten, so the sentence's features are computed again in full: once per new key, which is
 * rare after the first few documents.
 */
function scoreNewKeys(weights: Weights, a: SlotArena, sentence: SentenceInput, keys: Int32Array, n: number): void {
  const full = new Uint32Array(n * CONTEXT_FEATURES);
  contextFeatures(sentence.doc, sentence.from, sentence.from + n, sentence.info, sentence.ctx, full);
  const e = weights.emission;
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    if (key === NO_KEY || a.keyAt.has(key)) continue;
    const o = (a.keyAt.size + 1) * TAG_COUNT;
    if (o + TAG_COUNT > a.keyScores.length) {
      const grown = new Int32Array(a.keyScores.length * 2);
      grown.set(a.keyScores);
      a.keyScores = grown;
    }
    for (const f of keyGroup(key)) {
      const r = rowOf(e, full[i * CONTEXT_FEATURES + f]);
      if (r >= 0) for (let t = 0; t < TAG_COUNT; t++) a.keyScores[o + t] += e.rows[r + t];
    }
    a.keyAt.set(key, o);
  }
}

let slotAt = new Int32Array(256);
let keyAt = new Int32Array(256);
/** Per sentence, the rows of the context features hashed per token, token after token; token i's end at rowsTo[i]. */
let rowList = new Int32Array(256 * CONTEXT_FEATURES);
let rowsTo = new Int32Array(256);

/** Adds the emission rows of features feats[0..k) to out[o..o+TAG_COUNT). */
function addRows(e: EmissionRows, feats: Uint32Array, k: number, out: Int32Array, o: number): void {
  for (let f = 0; f < k; f++) {
    const r = rowOf(e, feats[f]);
    if (r >= 0) for (let t = 0; t < TAG_COUNT; t++) out[o + t] += e.rows[r + t];
  }
}

/** What the features of one sentence read: tokens [from, from + n) of the document. */
interface SentenceInput {
  doc: Doc;
  from: number;
  info: readonly WordInfo[];
  ctx: DocContext;
}

/**
 * Emission scores of a sentence under the quantised weights: each token's own and its
 * neighbours' slot scores (cached per word), its word-and-tag feature's scores with, past the
 * sentence's first token, those of the context features that then read only the word (cached per
 * word and tag), its key's group scores (cached per key) and its other context features. The sums are integers, so the order of addition does not change them:
 * this equals `emissions` over `sentenceFeatures`.
 */
export function sentenceEmissions(
  weights: Weights,
  sentence: SentenceInput,
  context: Uint32Array,
  keys: Int32Array,
  n: number,
  scores: Float64Array,
): void {
  const e = weights.emission;
  const index = e.index;
  const w = e.rows;
  const T = TAG_COUNT;
  const a = arenaOf(weights);
  const info = sentence.info;
  if (n > slotAt.length) {
    slotAt = new Int32Array(n);
    keyAt = new Int32Array(n);
    rowList = new Int32Array(n * CONTEXT_FEATURES);
    rowsTo = new Int32Array(n);
  }
  const slots = slotAt;
  const keyed = keyAt;
  const rowsOf = rowList;
  const ends = rowsTo;
  // First the rows of the sentence's hashed features (rowOf, inlined on the local index): a feature
  // whose bucket holds no weight adds none. Found apart from the sums, so those take no branch and
  // the reads of many rows are under way at once (they are mostly cache misses).
  let m = 0;
  for (let i = 0; i < n; i++) {
    const c = i * CONTEXT_FEATURES;
    const rest = hashedRest(keys[i], i === 0, info[i].cap);
    for (let j = 0; j < rest.length; j++) {
      const b = context[c + rest[j]] & (BUCKETS - 1);
      const k = 2 * (b >>> 5);
      const bits = index[k];
      const bit = 1 << (b & 31);
      // Written always, kept only if the bucket holds a weight: no branch to mispredict.
      rowsOf[m] = (index[k + 1] + popcount(bits & (bit - 1))) * ROW_STRIDE;
      m += (bits >>> (b & 31)) & 1;
    }
    ends[i] = m;
  }
  const tokens = sentence.doc.tokens;
  for (let i = 0; i < n; i++) {
    const word = info[i];
    const o = (slots[i] = slotOffset(word, weights, a));
    const pos = tokens[sentence.from + i].pos;
    if (word.tagPos !== pos) scoreWordTag(word, pos, e, a, o);
  }
  let fresh = false;
  for (let i = 0; i < n; i++) {
    const at = keys[i] === NO_KEY ? 0 : a.keyAt.get(keys[i]);
    if (at === ABSENT) fresh = true;
    keyed[i] = at;
  }
  if (fresh) {
    scoreNewKeys(weights, a, sentence, keys, n);
    for (let i = 0; i < n; i++) keyed[i] = keys[i] === NO_KEY ? 0 : a.keyAt.get(keys[i]);
  }
  // Read after scoring: scoring a new word or key may have grown the arena.
  const S = a.scores;
  const K = a.keyScores;
  for (let i = 0; i < n; i++) {
    const self = slots[i];
    // Past the sentence's first token, the word-only context features' scores come with the word-and-tag row's.
    const tagged = self + (i > 0 ? WORD_TAG_ONLY_ROW : WORD_TAG_ROW);
    // Offset 0 holds the missing neighbours' scores.
    const l1 = (i > 0 ? slots[i - 1] : 0) + T;
    const r1 = (i + 1 < n ? slots[i + 1] : 0) + 2 * T;
    const l2 = (i > 1 ? slots[i - 2] : 0) + 3 * T;
    const r2 = (i + 2 < n ? slots[i + 2] : 0) + 4 * T;
    const o = i * T;
    // Offset 0 of the key scores is zero, for a token without a key.
    const g = keyed[i];
    // Each tag's sum starts from the slot and key scores, then takes the hashed features' rows,
    // and is written once. The sums are integers, so their order does not change them. Written
    // out rather than called: V8's inlining budget (bin/v8-flags.js) took in 4 of 13 calls of a
    // helper, and the other 9 were calls per token.
    let s0 = S[self] + S[tagged] + S[l1] + S[r1] + S[l2] + S[r2] + K[g],
      s1 = S[self + 1] + S[tagged + 1] + S[l1 + 1] + S[r1 + 1] + S[l2 + 1] + S[r2 + 1] + K[g + 1],
      s2 = S[self + 2] + S[tagged + 2] + S[l1 + 2] + S[r1 + 2] + S[l2 + 2] + S[r2 + 2] + K[g + 2],
      s3 = S[self + 3] + S[tagged + 3] + S[l1 + 3] + S[r1 + 3] + S[l2 + 3] + S[r2 + 3] + K[g + 3],
      s4 = S[self + 4] + S[tagged + 4] + S[l1 + 4] + S[r1 + 4] + S[l2 + 4] + S[r2 + 4] + K[g + 4],
      s5 = S[self + 5] + S[tagged + 5] + S[l1 + 5] + S[r1 + 5] + S[l2 + 5] + S[r2 + 5] + K[g + 5],
      s6 = S[self + 6] + S[tagged + 6] + S[l1 + 6] + S[r1 + 6] + S[l2 + 6] + S[r2 + 6] + K[g + 6],
      s7 = S[self + 7] + S[tagged + 7] + S[l1 + 7] + S[r1 + 7] + S[l2 + 7] + S[r2 + 7] + K[g + 7],
      s8 = S[self + 8] + S[tagged + 8] + S[l1 + 8] + S[r1 + 8] + S[l2 + 8] + S[r2 + 8] + K[g + 8],
      s9 = S[self + 9] + S[tagged + 9] + S[l1 + 9] + S[r1 + 9] + S[l2 + 9] + S[r2 + 9] + K[g + 9],
      s10 = S[self + 10] + S[tagged + 10] + S[l1 + 10] + S[r1 + 10] + S[l2 + 10] + S[r2 + 10] + K[g + 10],
      s11 = S[self + 11] + S[tagged + 11] + S[l1 + 11] + S[r1 + 11] + S[l2 + 11] + S[r2 + 11] + K[g + 11],
      s12 = S[self + 12] + S[tagged + 12] + S[l1 + 12] + S[r1 + 12] + S[l2 + 12] + S[r2 + 12] + K[g + 12];
    const end = ends[i];
    for (let j = i > 0 ? ends[i - 1] : 0; j < end; j++) {
      const r = rowsOf[j];
      s0 += w[r];
      s1 += w[r + 1];
      s2 += w[r + 2];
      s3 += w[r + 3];
      s4 += w[r + 4];
      s5 += w[r + 5];
      s6 += w[r + 6];
      s7 += w[r + 7];
      s8 += w[r + 8];
      s9 += w[r + 9];
      s10 += w[r + 10];
      s11 += w[r + 11];
      s12 += w[r + 12];
    }
    scores[o] = s0;
    scores[o + 1] = s1;
    scores[o + 2] = s2;
    scores[o + 3] = s3;
    scores[o + 4] = s4;
    scores[o + 5] = s5;
    scores[o + 6] = s6;
    scores[o + 7] = s7;
    scores[o + 8] = s8;
    scores[o + 9] = s9;
    scores[o + 10] = s10;
    scores[o + 11] = s11;
    scores[o + 12] = s12;
  }
}

/** Transition scores with the BIO constraints folded in (-Infinity where a tag may not follow). */
export function constrained(transition: ArrayLike<number>): Float64Array {
  const out = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  for (let s = 0; s <= TAG_COUNT; s++)
    for (let t = 0; t < TAG_COUNT; t++)
      out[s * TAG_COUNT + t] = allowed(s, t) ? transition[s * TAG_COUNT + t] : -Infinity;
  return out;
}

let best = new Float64Array(256 * TAG_COUNT);
let back = new Uint8Array(256 * TAG_COUNT);

/**
 * The best tag sequence under the emission scores and constrained transitions (see `constrained`).
 * An I- tag may only follow the B- or I- of its own type, so only those two are tried for it; the
 * other transitions into it are -Infinity and could never win.
 */
export function viterbi(scores: Float64Array, transition: Float64Array, n: number, tags: Uint8Array): void {
  if (n === 0) return;
  const T = TAG_COUNT;
  if (n * T > best.length) {
    best = new Float64Array(n * T);
    back = new Uint8Array(n * T);
  }
  // Locals, not the module's variables, so the loops below read no context slots.
  const top = best;
  const from = back;
  const tr = transition;
  for (let t = 0; t < T; t++) top[t] = scores[t] + tr[T * T + t];
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    const cur = i * T;
    // O (tag 0) and the B- tags (odd): any tag may precede them. The previous scores are read
    // once into locals and the 13 candidates unrolled (this loop is most of decoding's arithmetic).
    const p0 = top[prev],
      p1 = top[prev + 1],
      p2 = top[prev + 2],
      p3 = top[prev + 3],
      p4 = top[prev + 4],
      p5 = top[prev + 5],
      p6 = top[prev + 6],
      p7 = top[prev + 7],
      p8 = top[prev + 8],
      p9 = top[prev + 9],
      p10 = top[prev + 10],
      p11 = top[prev + 11],
      p12 = top[prev + 12];
    for (let t = 0; t < T; t = t === 0 ? 1 : t + 2) {
      let max = p0 + tr[t];
      let arg = 0;
      let v = p1 + tr[T + t];
      arg = v > max ? 1 : arg;
      max = v > max ? v : max;
      v = p2 + tr[2 * T + t];
      arg = v > max ? 2 : arg;
      max = v > max ? v : max;
      v = p3 + tr[3 * T + t];
      arg = v > max ? 3 : arg;
      max = v > max ? v : max;
      v = p4 + tr[4 * T + t];
      arg = v > max ? 4 : arg;
      max = v > max ? v : max;
      v = p5 + tr[5 * T + t];
      arg = v > max ? 5 : arg;
      max = v > max ? v : max;
      v = p6 + tr[6 * T + t];
      arg = v > max ? 6 : arg;
      max = v > max ? v : max;
      v = p7 + tr[7 * T + t];
      arg = v > max ? 7 : arg;
      max = v > max ? v : max;
      v = p8 + tr[8 * T + t];
      arg = v > max ? 8 : arg;
      max = v > max ? v : max;
      v = p9 + tr[9 * T + t];
      arg = v > max ? 9 : arg;
      max = v > max ? v : max;
      v = p10 + tr[10 * T + t];
      arg = v > max ? 10 : arg;
      max = v > max ? v : max;
      v = p11 + tr[11 * T + t];
      arg = v > max ? 11 : arg;
      max = v > max ? v : max;
      v = p12 + tr[12 * T + t];
      arg = v > max ? 12 : arg;
      max = v > max ? v : max;
      top[cur + t] = max + scores[cur + t];
      from[cur + t] = arg;
    }
    // The I- tags (even): only their own B- or I- may precede. Ties go to the lower tag, as above.
    for (let t = 2; t < T; t += 2) {
      const b = t - 1;
      const vb = top[prev + b] + tr[b * T + t];
      const vi = top[prev + t] + tr[t * T + t];
      const inside = vi > vb;
      top[cur + t] = (inside ? vi : vb) + scores[cur + t];
      from[cur + t] = inside ? t : b;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) if (top[(n - 1) * T + t] > top[(n - 1) * T + last]) last = t;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = last;
    last = from[i * T + last];
  }
}

export interface TaggedSpan {
  tok: [number, number];
  type: EntityType;
}

/** Tags every sentence of a document and returns its entity spans (token indices), in order. */
export function tagDocument(doc: Doc, weights: Weights = loadedWeights()): TaggedSpan[] {
  const ctx = docContext(doc);
  const out: TaggedSpan[] = [];
  let context = new Uint32Array(64 * CONTEXT_FEATURES);
  let keys = new Int32Array(64);
  let scores = new Float64Array(64 * TAG_COUNT);
  let tags = new Uint8Array(64);
  for (const s of doc.sentences) {
    const [from, to] = s.tokens;
    const n = to - from;
    if (n * CONTEXT_FEATURES > context.length) {
      context = new Uint32Array(n * CONTEXT_FEATURES);
      keys = new Int32Array(n);
      scores = new Float64Array(n * TAG_COUNT);
      tags = new Uint8Array(n);
    }
    const info = sentenceWords(doc, from, to);
    contextFeatures(doc, from, to, info, ctx, context, keys);
    sentenceEmissions(weights, { doc, from, info, ctx }, context, keys, n, scores);
    viterbi(scores, weights.transition, n, tags);
    for (let i = 0; i < n;) {
      if (tags[i] === 0) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && isInside(tags[j])) j++;
      out.push({ tok: [from + i, from + j], type: typeOfTag(tags[i]) });
      i = j;
    }
  }
  return out;
}

/** Serialises quantised weights: magic, bucket bits, tag count, features per token, then int16 transitions and emissions. */
export function encodeModel(transition: Int16Array, emission: Int16Array): Buffer {
  const header = Buffer.alloc(20);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt32LE(BUCKET_BITS, 8);
  header.writeUInt16LE(TAG_COUNT, 12);
  header.writeUInt16LE(FEATURES_PER_TOKEN, 14);
  header.writeUInt32LE(transition.length, 16);
  return Buffer.concat([
    header,
    Buffer.from(transition.buffer, transition.byteOffset, transition.byteLength),
    Buffer.from(emission.buffer, emission.byteOffset, emission.byteLength),
  ]);
}

export function decodeModel(raw: Buffer, path: string): Weights {
  if (
    raw.toString('latin1', 0, 8) !== MAGIC ||
    raw.readUInt32LE(8) !== BUCKET_BITS ||
    raw.readUInt16LE(12) !== TAG_COUNT ||
    raw.readUInt16LE(14) !== FEATURES_PER_TOKEN
  ) {
    throw new Error(`entity model at ${path} does not match this version's features: run \`npm run train:entities\``);
  }
  const tLen = raw.readUInt32LE(16);
  // Copy into aligned memory (the gunzipped buffer may start at an odd offset).
  const body = new Int16Array(tLen + BUCKETS * TAG_COUNT);
  Buffer.from(body.buffer).set(raw.subarray(20, 20 + body.byteLength));
  return { transition: constrained(body.subarray(0, tLen)), emission: packRows(body.subarray(tLen)) };
}

let cached: Weights | null = null;

/** The committed model, loaded on first use. */
export function loadedWeights(): Weights {
  if (!cached) {
    if (!existsSync(MODEL_PATH))
      throw new Error(`entity model missing at ${MODEL_PATH}: run \`npm run train:entities\``);
    cached = decodeModel(gunzipSync(readFileSync(MODEL_PATH)), MODEL_PATH);
  }
  return cached;
}
