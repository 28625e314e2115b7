import { describe, expect, it } from 'vitest';
import { ABSENT, IntMap } from '../../src/analyze/components/entities/model/int-map.js';

describe('IntMap', () => {
  it('keeps what a Map keeps, through its growth, for keys that share slots', () => {
    const ours = new IntMap(2);
    const map = new Map<number, number>();
    // Multiples of a power of two, spread keys and zero: colliding and growing from four slots.
    const keys = [
      0,
      1,
      1 << 20,
      2 << 20,
      3 << 20,
      1_081_343,
      7,
      12_345,
      ...Array.from({ length: 500 }, (_, i) => i * 4096),
    ];
    keys.forEach((k, i) => {
      ours.set(k, i * 13);
      map.set(k, i * 13);
    });
    ours.set(7, 99);
    map.set(7, 99);
    expect(ours.size).toBe(map.size);
    for (const [k, v] of map) expect(ours.get(k)).toBe(v);
    for (const k of [2, 4095, 5 << 20, 1_081_345]) {
      expect(ours.get(k)).toBe(ABSENT);
      expect(ours.has(k)).toBe(false);
    }
    expect(ours.has(0)).toBe(true);
  });
});
