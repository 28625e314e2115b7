// Hashed linear models for the learned attribution layer: feature strings hash (FNV-1a) into a
// fixed table of weights, stored quantised to 16 bits with one scale per model. Training
// (scripts/train-quotes.ts) and inference share the hashing, so a model file is only weights.
import { readFileSync } from 'node:fs';

/** 2^20 buckets: few collisions for the ~10^5 distinct features a model sees, 2 MB per model file. */
export const HASH_BITS = 20;
const MASK = (1 << HASH_BITS) - 1;

/** The FNV-1a state before any text. */
export const FNV_OFFSET = 0x811c9dc5;
/** The FNV-1a state after `s`, continuing from state `h`: fnv(fnv(FNV_OFFSET, a), b) is the state after a + b. */
export const fnv = (h: number, s: string) => {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
};
/** The bucket of an FNV-1a state: bucketOf(fnv(FNV_OFFSET, s)) === featureHash(s). */
export const bucketOf = (h: number) => (h >>> 0) & MASK;

export function featureHash(s: string): number {
  return (fnv(FNV_OFFSET, s) >>> 0) & MASK;
}

/** Model file: "DLQ1", a float64 scale, then 2^HASH_BITS little-endian int16 weights. */
const MAGIC = 'DLQ1';

export class LinearModel {
  constructor(readonly weights: Float32Array) {}

  static read(path: string): LinearModel {
    const buf = readFileSync(path);
    if (buf.toString('latin1', 0, 4) !== MAGIC || buf.length !== 12 + 2 * (1 << HASH_BITS))
      throw new Error(`${path}: not a quote model file`);
    const scale = buf.readDoubleLE(4);
    const q = new Int16Array(buf.buffer.slice(buf.byteOffset + 12, buf.byteOffset + buf.length));
    const w = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) w[i] = q[i] * scale;
    return new LinearModel(w);
  }

  /** The model file's bytes for float weights: scaled so the largest weight is 32767. */
  static bytes(weights: Float64Array): Buffer {
    let max = 0;
    for (const x of weights) max = Math.max(max, Math.abs(x));
    const scale = max > 0 ? max / 32767 : 1;
    const buf = Buffer.alloc(12 + 2 * weights.length);
    buf.write(MAGIC, 0, 'latin1');
    buf.writeDoubleLE(scale, 4);
    for (let i = 0; i < weights.length; i++) buf.writeInt16LE(Math.round(weights[i] / scale), 12 + 2 * i);
    return buf;
  }

  score(features: readonly number[]): number {
    let s = 0;
    for (const f of features) s += this.weights[f];
    return s;
  }

  /** score() of features[0..n), in the same order. */
  scoreOf(features: Int32Array, n: number): number {
    let s = 0;
    for (let i = 0; i < n; i++) s += this.weights[features[i]];
    return s;
  }
}
