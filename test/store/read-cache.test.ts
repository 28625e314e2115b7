// The read cache's version reads (src/store/read-cache.ts): callers share them, but none is
// answered under a version read before it asked, which could predate a write it saw.
import { describe, expect, it } from 'vitest';
import { ReadCache } from '../../src/store/read-cache.js';

/** A data version whose reads stay pending until released, as a round trip to a database does. */
function slowVersion() {
  let version = 1;
  const pending: (() => void)[] = [];
  let reads = 0;
  return {
    read: () => {
      reads++;
      const seen = String(version); // the version when the read reached the database
      return new Promise<string>((resolve) => pending.push(() => resolve(seen)));
    },
    write: () => version++,
    releaseAll: () => pending.splice(0).forEach((f) => f()),
    reads: () => reads,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('read cache version reads', () => {
  it('are shared by callers that arrive while one is under way', async () => {
    const v = slowVersion();
    const cache = new ReadCache(v.read);
    // Kept answers first, then asked again.
    const kept = Promise.all(Array.from({ length: 20 }, (_, i) => cache.get('search', { i }, async () => i)));
    for (let i = 0; i < 3; i++) {
      await settle();
      v.releaseAll();
    }
    await kept;
    const reads = v.reads();
    const answers = Array.from({ length: 20 }, (_, i) => cache.get('search', { i }, async () => i));
    await settle();
    expect(v.reads()).toBe(reads + 1);
    v.releaseAll();
    await settle();
    expect(v.reads()).toBe(reads + 2); // the other 19 share the one that starts when the first ends
    v.releaseAll();
    expect(await Promise.all(answers)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('are not made for a query with no answer kept: its load is as new as the database', async () => {
    const v = slowVersion();
    const cache = new ReadCache(v.read);
    const answered = async <T>(p: Promise<T>) => {
      await settle();
      v.releaseAll();
      return p;
    };
    // The cache learns the version: a kept answer asked again.
    await answered(cache.get('search', 'q', async () => 0));
    await answered(cache.get('search', 'q', async () => 0));
    const reads = v.reads();
    let loads = 0;
    const load = async () => ++loads;
    const first = cache.get('record', 'a', load);
    await settle();
    expect(loads).toBe(1);
    expect(v.reads()).toBe(reads);
    expect(await answered(first)).toBe(1);
    // A later caller reads the version before it is given the kept answer.
    const again = cache.get('record', 'a', load);
    await settle();
    expect(v.reads()).toBe(reads + 1);
    expect(await answered(again)).toBe(1);
    // After a write the kept answer is not given: the version read says the data changed.
    v.write();
    expect(await answered(cache.get('record', 'a', load))).toBe(2);
  });

  it('never answer a caller from a read begun before it asked', async () => {
    const v = slowVersion();
    const cache = new ReadCache(v.read);
    let loads = 0;
    const load = async () => ++loads;
    const first = cache.get('search', 'q', load);
    await settle(); // the first caller's read has reached the database: version 1
    v.write();
    const second = cache.get('search', 'q', load);
    v.releaseAll();
    await settle();
    v.releaseAll();
    // The second caller came after the write: its answer is loaded again, not version 1's.
    expect([await first, await second]).toEqual([1, 2]);
  });
});
