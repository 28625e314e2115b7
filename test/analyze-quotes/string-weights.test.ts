import { describe, expect, it } from 'vitest';
import { StringWeights } from '../../src/analyze/components/quotes/learned/string-weights.js';
import type { Word } from '../../src/analyze/words.js';

describe('StringWeights', () => {
  it('gives each string its own values, and still does once a full table starts over', () => {
    let fills = 0;
    const table = new StringWeights(
      2,
      (s, out, o) => {
        fills++;
        out[o] = s.length;
        out[o + 1] = s.charCodeAt(0);
      },
      3,
    );
    const read = (s: string) => {
      const o = table.offsetOf(s);
      return [table.values[o], table.values[o + 1]];
    };
    expect(read('ab')).toEqual([2, 97]);
    expect(read('b')).toEqual([1, 98]);
    expect(read('ab')).toEqual([2, 97]);
    expect(fills).toBe(2);
    for (const s of ['cde', 'fg', 'h', 'ijkl']) expect(read(s)).toEqual([s.length, s.charCodeAt(0)]);
    expect(read('b')).toEqual([1, 98]);
    expect(read('ijkl')).toEqual([4, 105]);
  });
});

describe('StringWeights.reserve', () => {
  it('keeps the offsets of the strings asked for after it, growing for more strings than it holds', () => {
    const table = new StringWeights(1, (s, out, o) => (out[o] = s.length), 2);
    table.offsetOf('a');
    table.reserve(2);
    const ab = table.offsetOf('ab');
    const abc = table.offsetOf('abc');
    expect([table.values[ab], table.values[abc]]).toEqual([2, 3]);
    table.reserve(4);
    const words = ['w', 'wx', 'wxy', 'wxyz'];
    const offsets = words.map((s) => table.offsetOf(s));
    expect(offsets.map((o) => table.values[o])).toEqual([1, 2, 3, 4]);
  });
});

describe('StringWeights.offsetOfWordString', () => {
  it("keeps a word's string on its entry, and reads another string the word comes with", () => {
    let fills = 0;
    const table = new StringWeights(
      1,
      (s, out, o) => {
        fills++;
        out[o] = s.length;
      },
      2,
    );
    const said: Word = {
      text: 'said',
      value: 'said',
      lower: 'said',
      entity: undefined,
      lemmaTag: undefined,
      lemma: '',
      stringOffsets: undefined,
      topic: undefined,
      trigger: undefined,
      common: 0,
    };
    const read = (s: string) => table.values[table.offsetOfWordString(said, s)];
    expect(read('say')).toBe(3);
    expect(read('say')).toBe(3);
    expect(read('said')).toBe(4);
    expect(read('say')).toBe(3);
    expect(fills).toBe(2);
    // A full table starts over: what the word kept no longer holds.
    table.offsetOf('x');
    table.offsetOf('yz');
    expect(read('said')).toBe(4);
    expect(read('say')).toBe(3);
  });
});

describe('StringWeights ints', () => {
  it("keeps each string's integers beside its values, through a start over and a grown table", () => {
    const table = new StringWeights(
      2,
      (s, out, o) => {
        out[o] = s.length;
        out[o + 1] = 0;
      },
      2,
      false,
      3,
      (s, out, o) => {
        out[o] = s.charCodeAt(0);
        out[o + 1] = s.length;
        out[o + 2] = -s.length;
      },
    );
    const ints = (s: string) => {
      const at = table.intOffset(table.offsetOf(s));
      return [table.ints[at], table.ints[at + 1], table.ints[at + 2]];
    };
    expect(ints('ab')).toEqual([97, 2, -2]);
    expect(ints('cde')).toEqual([99, 3, -3]);
    // Full: the table starts over, and the next string's integers take the first entry's place.
    expect(ints('f')).toEqual([102, 1, -1]);
    expect(ints('ab')).toEqual([97, 2, -2]);
    table.reserve(5);
    const words = ['g', 'hi', 'jkl', 'mnop', 'qrstu'];
    const offsets = words.map((s) => table.intOffset(table.offsetOf(s)));
    expect(offsets.map((at) => table.ints[at + 1])).toEqual([1, 2, 3, 4, 5]);
    expect(offsets.map((at) => table.ints[at])).toEqual(words.map((s) => s.charCodeAt(0)));
  });
});
