// The entity tagger: a first-order linear-chain model over BIO tags (an averaged structured
// perceptron, trained by scripts/train-entities.ts on GUM), decoded exactly with Viterbi. Feature
// weights live in hashed buckets (2^BUCKET_BITS rows of one weight per tag), quantised to 16-bit
// integers and stored gzipped in models/entities.bin.gz; decoding adds integers only.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { EntityType } from '../../../../record/types.js';
import type { Doc } from '../../../doc.js';
import { FEATURES_PER_TOKEN, docContext, sentenceFeatures } from './features.js';

export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP'];
/** Tag 0 is O; tag 2k+1 is B- and 2k+2 is I- of ENTITY_TYPES[k]. */
export const TAG_COUNT = 1 + 2 * ENTITY_TYPES.length;
export const BUCKET_BITS = 19;
export const BUCKETS = 1 << BUCKET_BITS;
const MAGIC = 'DLNER001';

export const MODEL_PATH = fileURLToPath(new URL('../../../../../models/entities.bin.gz', import.meta.url));

/** Weights as decoding reads them: emission rows by bucket, then transitions (row TAG_COUNT = sentence start). */
export interface Weights {
  emission: ArrayLike<number>;
  /** (TAG_COUNT + 1) x TAG_COUNT: from-tag (or start) x to-tag. */
  transition: ArrayLike<number>;
}

export const isInside = (tag: number) => tag > 0 && tag % 2 === 0;
export const typeOfTag = (tag: number): EntityType => ENTITY_TYPES[(tag - 1) >> 1];

/** Whether `to` may follow `from` (an I- tag only continues its own type); `from` = TAG_COUNT is the start. */
export function allowed(from: number, to: number): boolean {
  if (!isInside(to)) return true;
  return from !== TAG_COUNT && from !== 0 && ((from - 1) >> 1) === ((to - 1) >> 1);
}

/** Emission scores of n tokens: scores[i * TAG_COUNT + t]. */
export function emissions(w: ArrayLike<number>, feats: Uint32Array, n: number, scores: Float64Array): void {
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

/** The best tag sequence under the emission scores and transitions (BIO constraints enforced). */
export function viterbi(scores: Float64Array, transition: ArrayLike<number>, n: number, tags: Uint8Array): void {
  if (n === 0) return;
  const T = TAG_COUNT;
  const best = new Float64Array(n * T);
  const back = new Uint8Array(n * T);
  for (let t = 0; t < T; t++) best[t] = allowed(T, t) ? scores[t] + transition[T * T + t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let top = -Infinity;
      let arg = 0;
      for (let s = 0; s < T; s++) {
        if (!allowed(s, t)) continue;
        const v = best[(i - 1) * T + s] + transition[s * T + t];
        if (v > top) { top = v; arg = s; }
      }
      best[i * T + t] = top + scores[i * T + t];
      back[i * T + t] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) if (best[(n - 1) * T + t] > best[(n - 1) * T + last]) last = t;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = last;
    last = back[i * T + last];
  }
}

export interface TaggedSpan { tok: [number, number]; type: EntityType }

/** Tags every sentence of a document and returns its entity spans (token indices), in order. */
export function tagDocument(doc: Doc, weights: Weights = loadedWeights()): TaggedSpan[] {
  const ctx = docContext(doc);
  const out: TaggedSpan[] = [];
  let feats = new Uint32Array(64 * FEATURES_PER_TOKEN);
  let scores = new Float64Array(64 * TAG_COUNT);
  let tags = new Uint8Array(64);
  for (const s of doc.sentences) {
    const [from, to] = s.tokens;
    const n = to - from;
    if (n * FEATURES_PER_TOKEN > feats.length) {
      feats = new Uint32Array(n * FEATURES_PER_TOKEN);
      scores = new Float64Array(n * TAG_COUNT);
      tags = new Uint8Array(n);
    }
    sentenceFeatures(doc, from, to, ctx, feats);
    emissions(weights.emission, feats, n, scores);
    viterbi(scores, weights.transition, n, tags);
    for (let i = 0; i < n;) {
      if (tags[i] === 0) { i++; continue; }
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
  return Buffer.concat([header, Buffer.from(transition.buffer, transition.byteOffset, transition.byteLength), Buffer.from(emission.buffer, emission.byteOffset, emission.byteLength)]);
}

export function decodeModel(raw: Buffer, path: string): Weights {
  if (raw.toString('latin1', 0, 8) !== MAGIC || raw.readUInt32LE(8) !== BUCKET_BITS || raw.readUInt16LE(12) !== TAG_COUNT || raw.readUInt16LE(14) !== FEATURES_PER_TOKEN) {
    throw new Error(`entity model at ${path} does not match this version's features: run \`npm run train:entities\``);
  }
  const tLen = raw.readUInt32LE(16);
  // Copy into aligned memory (the gunzipped buffer may start at an odd offset).
  const body = new Int16Array(tLen + BUCKETS * TAG_COUNT);
  Buffer.from(body.buffer).set(raw.subarray(20, 20 + body.byteLength));
  return { transition: body.subarray(0, tLen), emission: body.subarray(tLen) };
}

let cached: Weights | null = null;

/** The committed model, loaded on first use. */
export function loadedWeights(): Weights {
  if (!cached) {
    if (!existsSync(MODEL_PATH)) throw new Error(`entity model missing at ${MODEL_PATH}: run \`npm run train:entities\``);
    cached = decodeModel(gunzipSync(readFileSync(MODEL_PATH)), MODEL_PATH);
  }
  return cached;
}
