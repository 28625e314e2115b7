// The word-cluster table answers as its file says: every listed word its path, anything else none.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WORD_CLUSTERS_PATH } from '../../src/analyze/components/entities/model/features.js';
import { NO_CLUSTER, WordClusters } from '../../src/analyze/components/entities/model/word-clusters.js';

const lines = gunzipSync(readFileSync(WORD_CLUSTERS_PATH))
  .toString('utf8')
  .split('\n')
  .filter((l) => l.includes('\t'))
  .map((l) => l.split('\t') as [string, string]);
const table = WordClusters.read(WORD_CLUSTERS_PATH);

describe('word clusters', () => {
  it('gives every listed word the path on its line', () => {
    const wrong = lines.filter(([word, path]) => table.get(word) !== parseInt(path, 16));
    expect(lines.length).toBeGreaterThan(100_000);
    expect(wrong).toEqual([]);
  });

  it('gives no path to words it does not list, to prefixes and extensions of listed ones, or across its separators', () => {
    const listed = new Set(lines.map(([w]) => w));
    const [first, path] = lines[0];
    const others = ['', 'qqzxqv', `${first}zzq`, first.slice(0, -1), `${first}\t${path}`, `${first}\n`].filter(
      (w) => !listed.has(w),
    );
    expect(others.length).toBeGreaterThan(3);
    for (const w of others) expect(table.get(w)).toBe(NO_CLUSTER);
  });

  it('says which words are among its first n lines, by their order in the file', () => {
    for (const n of [1, 2, 10_000]) {
      const wrong = [0, 1, n - 1, n, n + 1, 50_000].filter(
        (k) => k < lines.length && table.isAmongFirst(lines[k][0], n) !== k < n,
      );
      expect(wrong).toEqual([]);
    }
    expect(table.isAmongFirst('qqzxqv', 10_000)).toBe(false);
  });
});
