import { describe, expect, it } from 'vitest';
import { MONTH_ALTERNATION, MONTH_ALTERNATION_CASED, MONTH_WORDS, prefixTree } from '../../src/extract/date-words.js';

/** A flat alternation sorted longest first: what prefixTree must match alike. */
const flat = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
/** The word alone and followed by what may follow a month in a date, or more letters. */
const SUFFIXES = ['', '.', ' 17', '17', 'e', 'ember', 'a 2022', 'x'];

function sameMatches(tree: string, words: readonly string[], flags: string): string[] {
  const a = new RegExp(`^(?:${flat(words)})`, flags);
  const b = new RegExp(`^${tree}`, flags);
  const differ: string[] = [];
  for (const w of words)
    for (const s of SUFFIXES.map((x) => w + x))
      for (const t of flags.includes('i') ? [s, s.toUpperCase()] : [s])
        if (a.exec(t)?.[0] !== b.exec(t)?.[0]) differ.push(t);
  return differ;
}

describe('prefixTree', () => {
  it('matches what a longest-first alternation matches, preferring the longer word', () => {
    const words = ['sep', 'sept', 'september', 'set', 'settembre', 'mar', 'març', 'marzo'];
    expect(sameMatches(prefixTree(words), words, 'iu')).toEqual([]);
    expect(new RegExp(`^${prefixTree(words)}`, 'u').exec('septembers')?.[0]).toBe('september');
    // Backtracking gives up the longer word first: "sept" when "september" cannot be followed by a digit.
    expect(new RegExp(`^(${prefixTree(words)})\\d`, 'u').exec('sept9')?.[1]).toBe('sept');
  });
  it('is the month forms the date patterns use, alike with and without case folding', () => {
    expect(MONTH_WORDS.length).toBeGreaterThan(200);
    expect(sameMatches(MONTH_ALTERNATION, MONTH_WORDS, 'iu')).toEqual([]);
    const cased = MONTH_WORDS.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]);
    expect(sameMatches(MONTH_ALTERNATION_CASED, cased, 'u')).toEqual([]);
  });
});
