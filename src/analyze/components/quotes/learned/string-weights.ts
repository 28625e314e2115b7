// Values a model's weights give a string (a word, a lemma, a part of speech), worked out on first
// sight and kept: the weights of the features that string makes. Scoring a token then reads a
// few kept numbers instead of hashing each feature string and reading the weight it lands on
// (the weights are 2^20 floats, 4 MB: most reads of a rare feature's weight miss the caches).
import type { Word } from '../../../words.js';

/** How many strings a table keeps before it starts over (flat memory in a long-running process). */
const STRING_WEIGHTS_LIMIT = 1 << 14;

/** How many tables have read words (offsetOfWord): each has its own pair of slots in a word entry's stringOffsets. */
let wordTables = 0;

/** A table's values: float32 for a model's own weights (exact, and half the memory to read), else float64. */
type Values = Float32Array | Float64Array;

export class StringWeights {
  /**
   * The values of the strings met, `stride` per string, at the offsets offsetOf gives. Float32
   * when `float32` is set (each value is one weight of a model that holds float32 weights, so
   * the same number), else float64.
   */
  values: Values;
  /**
   * Integers kept per string beside its values, `intStride` per string (none by default): FNV
   * states after a feature's prefix and the string, from which a feature of two strings hashes on
   * over the other string alone. Entry e's are at intOffset(e * stride).
   */
  ints: Int32Array;
  private readonly offsets = new Map<string, number>();
  /** The string of each entry (offset / stride) in use: the check of an offset kept on a word's entry by offsetOfWordString. */
  private readonly keys: string[] = [];
  private next = 0;
  /** Bumped when the table starts over: a word's offset kept on its entry (offsetOfWord) holds while the era does. From 1: a new entry's slots are 0. */
  private wordEra = 1;
  /** Where this table's pair is in a word entry's stringOffsets, from its first offsetOfWord. */
  private wordSlot = -1;

  constructor(
    private readonly stride: number,
    /** Writes a string's `stride` values at out[o...]. */
    private readonly fill: (s: string, out: Values, o: number) => void,
    private limit = STRING_WEIGHTS_LIMIT,
    private readonly float32 = false,
    private readonly intStride = 0,
    /** Writes a string's `intStride` integers at out[o...]. */
    private readonly fillInts: ((s: string, out: Int32Array, o: number) => void) | null = null,
  ) {
    this.values = this.newValues(stride * limit);
    this.ints = new Int32Array(intStride * limit);
  }

  /** The offset in `ints` of the integers of the string whose values are at offset `o` of `values`. */
  intOffset(o: number): number {
    return (o / this.stride) * this.intStride;
  }

  private newValues(length: number): Values {
    return this.float32 ? new Float32Array(length) : new Float64Array(length);
  }

  /**
   * Makes room for `count` more strings: the offsets of the next `count` strings asked for all
   * hold until the next reserve (the table starts over now if they might not fit, and grows if
   * it could never hold them).
   */
  reserve(count: number): void {
    if (count > this.limit) {
      this.limit = count;
      this.values = this.newValues(this.stride * count);
      this.ints = new Int32Array(this.intStride * count);
    } else if (this.next + this.stride * count <= this.stride * this.limit) return;
    this.startOver();
  }

  /**
   * The offset in `values` of the values of `s`. Read them before asking for another string
   * (unless reserved): a full table starts over, and the slot is then another string's.
   */
  offsetOf(s: string): number {
    let o = this.offsets.get(s);
    if (o === undefined) {
      if (this.next === this.stride * this.limit) this.startOver();
      o = this.next;
      this.next += this.stride;
      this.fill(s, this.values, o);
      if (this.fillInts !== null) this.fillInts(s, this.ints, this.intOffset(o));
      this.offsets.set(s, o);
      this.keys[o / this.stride] = s;
    }
    return o;
  }

  /**
   * offsetOf(w.lower), kept on the word's entry: a table of lower-case words reads a token's from
   * its entry, in every document.
   */
  offsetOfWord(w: Word): number {
    if (this.wordSlot < 0) this.wordSlot = 2 * wordTables++;
    const j = this.wordSlot;
    let kept = w.stringOffsets;
    if (kept !== undefined && j < kept.length && kept[j] === this.wordEra) return kept[j + 1];
    const o = this.offsetOf(w.lower);
    if (kept === undefined || j >= kept.length) {
      const grown = new Int32Array(Math.max(j + 2, 2 * wordTables));
      if (kept !== undefined) grown.set(kept);
      w.stringOffsets = kept = grown;
    }
    kept[j] = this.wordEra;
    kept[j + 1] = o;
    return o;
  }

  /**
   * offsetOf(s) for a string `s` a word mostly comes with (its lemma, its part of speech), kept on
   * the word's entry with the string's entry, and used while the table's era holds and the entry's
   * string is `s`: a word met with another string looks that one up and keeps it instead. A table
   * reads words with offsetOfWord or with this, not both (they keep the same pair of slots).
   */
  offsetOfWordString(w: Word, s: string): number {
    if (this.wordSlot < 0) this.wordSlot = 2 * wordTables++;
    const j = this.wordSlot;
    let kept = w.stringOffsets;
    if (kept !== undefined && j < kept.length && kept[j] === this.wordEra) {
      const e = kept[j + 1];
      if (this.keys[e] === s) return e * this.stride;
    }
    const o = this.offsetOf(s);
    if (kept === undefined || j >= kept.length) {
      const grown = new Int32Array(Math.max(j + 2, 2 * wordTables));
      if (kept !== undefined) grown.set(kept);
      w.stringOffsets = kept = grown;
    }
    const e = o / this.stride;
    // The same characters: kept as this string, which the word's tokens share, so that the check above is most often one comparison of references.
    this.keys[e] = s;
    kept[j] = this.wordEra;
    kept[j + 1] = e;
    return o;
  }

  private startOver(): void {
    this.offsets.clear();
    this.next = 0;
    this.wordEra = (this.wordEra + 1) | 0 || 1;
  }
}
