// packedMap's arrays keep one hidden class whether the code making them runs optimised or not,
// where Array.prototype.map's do not (src/analyze/packed-map.ts says why that matters).
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { packedMap } from '../../src/analyze/packed-map.js';

setFlagsFromString('--allow-natives-syntax');
type Token = { word: string };
type Map = (xs: readonly Token[], f: (t: Token) => string) => string[];
/** Whether `make(xs, f)` gives arrays of the same hidden class before and after V8 optimises `make`. */
const sameMapOptimised = new Function(
  'make',
  'xs',
  'f',
  `%PrepareFunctionForOptimization(make);
  const before = make(xs, f);
  make(xs, f);
  %OptimizeFunctionOnNextCall(make);
  const after = make(xs, f);
  return %HaveSameMap(before, after);`,
) as (make: Map, xs: readonly Token[], f: (t: Token) => string) => boolean;

const TOKENS: Token[] = [{ word: 'talks' }, { word: 'resumed' }, { word: 'today' }];
const word = (t: Token) => t.word;

describe('packedMap', () => {
  it('gives what map gives', () => {
    expect(packedMap(TOKENS, (t) => t.word.toUpperCase())).toEqual(TOKENS.map((t) => t.word.toUpperCase()));
    expect(packedMap([], word)).toEqual([]);
  });

  it('makes arrays of one hidden class, optimised or not', () => {
    expect(sameMapOptimised(packedMap, TOKENS, word)).toBe(true);
  });

  it('is needed: map made by optimised code gives another class (V8 11.3, Node 20)', () => {
    expect(sameMapOptimised((xs, f) => xs.map(f), TOKENS, word)).toBe(false);
  });
});
