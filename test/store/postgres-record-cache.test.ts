// The PostgreSQL store keeps records' JSON with its other reads (src/store/postgres/index.ts,
// recordJson; src/store/read-cache.ts): an article page asked again is not read from the database
// until a write changes the store, a record too large to keep is read every time, and a record
// stored after a miss is found.
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { plainRecord } from '../helpers/plain-record.js';
import { freshPostgresDatabase, hasPostgres, runOnPostgres } from '../helpers/stores.js';

const newDatabase = freshPostgresDatabase();

describe.runIf(await hasPostgres())('PostgreSQL record JSON reads', () => {
  it('are kept until a write, except a record too large to keep', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    try {
      const small = plainRecord('small.txt', 'A short report on the harbour.');
      const large = plainRecord('large.txt', 'A long report on the harbour. '.repeat(3_000));
      await store.put(small);
      await store.put(large);
      const first = await store.recordJson(small.id);
      expect(JSON.parse(first!).id).toBe(small.id);
      const largeFirst = await store.recordJson(large.id);
      expect(largeFirst!.length).toBeGreaterThan(64 * 1024);
      expect(await store.recordJson('f'.repeat(64))).toBeNull();
      // Changed behind the store's back (no write it counts): the kept answer is given, the large
      // record is read again.
      await runOnPostgres(location, [
        `UPDATE record_json SET json = '{"changed":1}' WHERE seq IN (SELECT seq FROM records WHERE id IN ('${small.id}', '${large.id}'))`,
      ]);
      expect(await store.recordJson(small.id)).toBe(first);
      expect(await store.recordJson(large.id)).toBe('{"changed":1}');
      // A write empties the cache: the database's JSON is read, and a record stored since is found.
      const later = plainRecord('later.txt', 'A later report.');
      await store.put(later);
      expect(await store.recordJson(small.id)).toBe('{"changed":1}');
      expect(JSON.parse((await store.recordJson(later.id))!).id).toBe(later.id);
    } finally {
      await store.close();
    }
  });
});
