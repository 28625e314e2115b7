import { describe, expect, it } from 'vitest';
import { collapseRuns, collapseSpace } from '../../src/text/collapse-space.js';

// Every character \s takes, and some it does not (zero-width space, soft hyphen, letters).
const SPACES = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];
const OTHERS = ['a', 'Z', '7', '\u200b', '\u00ad', 'é', '.'];

/** Deterministic strings over spaces and other characters (a small linear congruential generator). */
function samples(count: number): string[] {
  let seed = 17;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const out = ['', ' ', '  ', 'a', ' a', 'a ', 'a b', 'a  b', 'a\nb', '\u00a0', 'one two three'];
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = next() % 12;
    for (let j = 0; j < n; j++) {
      const pool = next() % 3 === 0 ? SPACES : OTHERS;
      s += pool[next() % pool.length];
    }
    out.push(s);
  }
  return out;
}

describe('collapseSpace', () => {
  it('is s.replace(/\\s+/g, " ").trim() for every string', () => {
    for (const s of samples(20000)) expect(collapseSpace(s)).toBe(s.replace(/\s+/g, ' ').trim());
  });
  it('returns a clean string itself', () => {
    const s = 'Published March 3, 2022 by Jane Doe';
    expect(collapseSpace(s)).toBe(s);
  });
});

describe('collapseRuns', () => {
  it('is s.replace(/\\s+/g, " ") for every string', () => {
    for (const s of samples(20000)) expect(collapseRuns(s)).toBe(s.replace(/\s+/g, ' '));
  });
});
