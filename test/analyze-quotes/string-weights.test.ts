import { describe, expect, it } from 'vitest';
import { StringWeights } from '../../src/analyze/components/quotes/learned/string-weights.js';

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
