import { afterEach, describe, expect, it, vi } from 'vitest';
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

/** What prefixTree gave before h357 (a regex replace per character, an array of branches per node),
 * written without a trie: the words grouped by their first character in the order first met. */
function prefixTreeBefore(words: readonly string[]): string {
  const group = (suffixes: readonly string[]): string => {
    const byFirst = new Map<string, string[]>();
    for (const w of suffixes) {
      if (w === '') continue;
      const ch = String.fromCodePoint(w.codePointAt(0)!);
      const rest = byFirst.get(ch) ?? [];
      rest.push(w.slice(ch.length));
      byFirst.set(ch, rest);
    }
    const branches = [...byFirst].map(([ch, rest]) => ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&') + group(rest));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    return suffixes.includes('') ? `(?:${body})?` : body;
  };
  return `(?:${group([...new Set(words)])})`;
}

describe('prefixTree at module load', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives the string it gave before, for the month forms and for seeded random words with regex syntax', () => {
    const cased = MONTH_WORDS.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]);
    expect(MONTH_ALTERNATION).toBe(prefixTreeBefore(MONTH_WORDS));
    expect(MONTH_ALTERNATION_CASED).toBe(prefixTreeBefore(cased));
    let seed = 357;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = [...'abcab.*+?()[]{}|/\\^$-é’😀'];
    for (let t = 0; t < 300; t++) {
      const words = Array.from({ length: 1 + random(12) }, () =>
        Array.from({ length: random(6) }, () => alphabet[random(alphabet.length)]).join(''),
      );
      expect(prefixTree(words)).toBe(prefixTreeBefore(words));
    }
  });

  // Built in every process before V8 has optimised anything: a regex replace per character cost
  // the two month alternations 25-40 ms of CPU.
  it('escapes without a regex replace per character', () => {
    const replace = vi.spyOn(String.prototype, 'replace');
    const tree = prefixTree(['a.b', 'a(c', 'sept', 'september']);
    expect(new RegExp(`^${tree}$`).test('a.b')).toBe(true);
    expect(new RegExp(`^${tree}$`).test('axb')).toBe(false);
    expect(replace).not.toHaveBeenCalled();
  });
});
