// Values a model's weights give a string (a word, a lemma, a part of speech), worked out on first
// sight and kept: the weights of the features that string makes. Scoring a token then reads a
// few kept numbers instead of hashing each feature string and reading the weight it lands on
// (the weights are 2^20 floats, 4 MB: most reads of a rare feature's weight miss the caches).
import type { Word } from '../../../words.js';

/** How many strings a table keeps before it starts over (flat memory in a long-running process). */
const STRING_WEIGHTS_LIMIT = 1 << 14;

/** How many tables have read words (offsetOfWord): each has its own pair of slots in a word entry's stringOffsets. */
let wordTables = 0;

export class StringWeights {
  /** The values of the strings met, `stride` per string, at the offsets offsetOf gives. */
  values: Float64Array;
  private readonly offsets = new Map<string, number>();
  private next = 0;
  /**
   * Bumped whenever the offsets kept per token (offsetOfToken) may stop holding: the table starts
   * over, or another document's tokens are asked for.
   */
  private era = 0;
  /** The document (QuoteContext.serial) whose tokens the offsets kept per token are of. */
  private document = -1;
  /** Per token index: its string's offset, which holds where tokenEras has the current era. */
  private tokenOffsets = new Int32Array(0);
  private tokenEras = new Int32Array(0);
  /** Bumped when the table starts over: a word's offset kept on its entry (offsetOfWord) holds while the era does. From 1: a new entry's slots are 0. */
  private wordEra = 1;
  /** Where this table's pair is in a word entry's stringOffsets, from its first offsetOfWord. */
  private wordSlot = -1;

  constructor(
    private readonly stride: number,
    /** Writes a string's `stride` values at out[o...]. */
    private readonly fill: (s: string, out: Float64Array, o: number) => void,
    private limit = STRING_WEIGHTS_LIMIT,
  ) {
    this.values = new Float64Array(stride * limit);
  }

  /**
   * Makes room for `count` more strings: the offsets of the next `count` strings asked for all
   * hold until the next reserve (the table starts over now if they might not fit, and grows if
   * it could never hold them).
   */
  reserve(count: number): void {
    if (count > this.limit) {
      this.limit = count;
      this.values = new Float64Array(this.stride * count);
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
      this.offsets.set(s, o);
    }
    return o;
  }

  /**
   * offsetOf(s) for the string `s` of token `i` of document `document`, which must be the same
   * string each time that token is asked about. Kept per token, so that the windows and cues that
   * read a token many times look its string up in the Map once (a string key costs a hash and a
   * comparison of characters; on a loaded machine mostly cache misses).
   */
  offsetOfToken(document: number, i: number, s: string): number {
    if (document !== this.document) {
      this.document = document;
      this.era = (this.era + 1) | 0;
    }
    if (i < this.tokenEras.length && this.tokenEras[i] === this.era) return this.tokenOffsets[i];
    const o = this.offsetOf(s);
    if (i >= this.tokenEras.length) {
      const n = Math.max(i + 1, 2 * this.tokenEras.length, 64);
      const offsets = new Int32Array(n);
      offsets.set(this.tokenOffsets);
      const eras = new Int32Array(n);
      eras.set(this.tokenEras);
      this.tokenOffsets = offsets;
      this.tokenEras = eras;
    }
    this.tokenOffsets[i] = o;
    this.tokenEras[i] = this.era;
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

  private startOver(): void {
    this.offsets.clear();
    this.next = 0;
    this.era = (this.era + 1) | 0;
    this.wordEra = (this.wordEra + 1) | 0 || 1;
  }
}
