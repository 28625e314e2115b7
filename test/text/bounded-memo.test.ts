import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { boundedMemo, detached } from '../../src/text/bounded-memo.js';

setFlagsFromString('--expose-gc');
/** A full collection, so heapUsed counts only what is still reachable. */
const collect = runInNewContext('gc') as () => void;

function heapAfterCollecting(): number {
  collect();
  return process.memoryUsage().heapUsed;
}

/** A key cut out of a 20 MB string, as an attribute value is cut out of the page it came from. */
function keyCutFromLargeText(): string {
  const text = `${'a'.repeat(20e6)}${Math.random()}`;
  return text.slice(1000, 1040);
}

describe('boundedMemo', () => {
  it('remembers a value by its key', () => {
    let calls = 0;
    const length = boundedMemo((s) => (calls++, s.length), 10);
    expect([length('abc'), length('abc'), length('de')]).toEqual([3, 3, 2]);
    expect(calls).toBe(2);
  });

  it('does not keep alive the text its key was cut from', () => {
    const memo = boundedMemo((s) => s.length, 10);
    const before = heapAfterCollecting();
    memo(keyCutFromLargeText());
    expect(heapAfterCollecting() - before).toBeLessThan(5e6);
  });
});

describe('detached', () => {
  it('is the same text, holding none of a larger one', () => {
    const before = heapAfterCollecting();
    const key = detached(keyCutFromLargeText());
    expect(heapAfterCollecting() - before).toBeLessThan(5e6);
    expect(key).toBe('a'.repeat(40));
  });
});
