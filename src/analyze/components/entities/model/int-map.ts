// A map from non-negative integers to integers, by open addressing in two typed arrays. The
// tagger asks one for every token (its feature key's scores, tagger.ts): a Map's get hashes the
// key and walks a chain of heap objects, which on PolNeAR dev was ~0.6% of the analysis's CPU; a
// probe here is a multiply, a shift and a read or two of one array that stays in cache.

/** The value get() gives for a key not in the map. */
export const ABSENT = -1;

export class IntMap {
  private keys: Int32Array;
  private values: Int32Array;
  private bits: number;
  /** Number of keys held. */
  size = 0;

  constructor(bits = 10) {
    this.bits = bits;
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.values = new Int32Array(1 << bits);
  }

  /** The slot of `key`: where it is, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const mask = (1 << this.bits) - 1;
    // Fibonacci hashing: the top bits of key times 2^32 / golden ratio.
    let s = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    for (;;) {
      const k = this.keys[s];
      if (k === key || k === -1) return s;
      s = (s + 1) & mask;
    }
  }

  /** The value of `key` (a non-negative integer below 2^31), or ABSENT. */
  get(key: number): number {
    const s = this.slotOf(key);
    return this.keys[s] === key ? this.values[s] : ABSENT;
  }

  has(key: number): boolean {
    return this.get(key) !== ABSENT;
  }

  /** Sets `key` to `value` (not ABSENT). */
  set(key: number, value: number): void {
    let s = this.slotOf(key);
    if (this.keys[s] !== key) {
      // Kept at most half full, so probes stay short.
      if (2 * (this.size + 1) > this.keys.length) {
        this.grow();
        s = this.slotOf(key);
      }
      this.keys[s] = key;
      this.size++;
    }
    this.values[s] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.bits++;
    this.keys = new Int32Array(1 << this.bits).fill(-1);
    this.values = new Int32Array(1 << this.bits);
    for (let s = 0; s < keys.length; s++) {
      if (keys[s] === -1) continue;
      const t = this.slotOf(keys[s]);
      this.keys[t] = keys[s];
      this.values[t] = values[s];
    }
  }
}
