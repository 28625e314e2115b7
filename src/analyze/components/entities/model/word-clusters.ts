// The word-cluster table (models/word-clusters.txt.gz: one "word<TAB>path" line per word, the path
// three hexadecimal digits). Read into a Map, its 150,000 words cost about 170 ms of CPU in every
// process that analyses (most of it the small strings), a seventh of `analyze`'s start-up; here the
// decompressed text stays one string and an open-addressing table of line offsets finds a word's
// line without making a string per word.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** The cluster path of a word not in the table (outside the 12 bits of a real one). */
export const NO_CLUSTER = 0x1000;

const TAB = 9;

/** FNV-1a over the UTF-16 code units of text[from, to). */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class WordClusters {
  /** Per slot, the offset of a line's first character plus one; 0 is an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  private constructor(private readonly text: string) {
    let lines = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    // At most half full, so a probe ends after a step or two.
    let size = 1;
    while (size < 2 * (lines + 1)) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let start = 0; start < text.length;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', start);
      if (tab > start && tab < end) {
        let slot = hashOf(text, start, tab) & this.mask;
        while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
        this.slots[slot] = start + 1;
      }
      start = end + 1;
    }
  }

  static read(path: string): WordClusters {
    return new WordClusters(gunzipSync(readFileSync(path)).toString('utf8'));
  }

  /** The offset of the word's line, or -1. */
  private lineOf(word: string): number {
    // A tab or a line break would let a word run over into the table's own separators.
    if (/[\t\n]/.test(word)) return -1;
    const text = this.text;
    const n = word.length;
    for (let slot = hashOf(word, 0, n) & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const start = this.slots[slot] - 1;
      if (text.charCodeAt(start + n) !== TAB) continue;
      let same = true;
      for (let i = 0; i < n && same; i++) same = text.charCodeAt(start + i) === word.charCodeAt(i);
      if (same) return start;
    }
    return -1;
  }

  /** The word's 12-bit cluster path, or NO_CLUSTER. */
  get(word: string): number {
    const start = this.lineOf(word);
    if (start < 0) return NO_CLUSTER;
    const from = start + word.length + 1;
    let end = this.text.indexOf('\n', from);
    if (end < 0) end = this.text.length;
    return parseInt(this.text.slice(from, end), 16);
  }

  /** The table's first n words, by n (each word is on one line only). */
  private readonly firsts = new Map<number, Set<string>>();

  /**
   * Whether the word is among the table's first n words. The table keeps GloVe 6B's vocabulary
   * order, most frequent first (scripts/build-word-clusters.mjs), so this says the word is common.
   * A set of those words, not the table's own hash: the event-trigger model asks this of every
   * word it might score.
   */
  isAmongFirst(word: string, n: number): boolean {
    let first = this.firsts.get(n);
    if (first === undefined) {
      first = new Set();
      for (let k = 0, at = 0; k < n && at < this.text.length; k++) {
        const tab = this.text.indexOf('\t', at);
        const next = this.text.indexOf('\n', at);
        const end = next < 0 ? this.text.length : next;
        first.add(this.text.slice(at, tab < 0 || tab > end ? end : tab));
        at = end + 1;
      }
      this.firsts.set(n, first);
    }
    return first.has(word);
  }
}
