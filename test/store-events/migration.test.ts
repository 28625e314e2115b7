// A database created before migration 0002 (with 0001 and 0003 applied) gains the event clusters
// when it is opened, and clustering works on it.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { recordFrom } from '../helpers/records.js';
import { tempDir } from '../helpers/tmp.js';

describe('migration 0002-event-clusters', () => {
  const dir = tempDir('dateline-migrate-');

  it('applies to a database that already has later migrations', async () => {
    const path = join(dir, 'old.db');
    // The database as 0001 and 0003 left it: later migrations may read what 0002 made.
    const before = Object.fromEntries(
      Object.entries(MIGRATIONS).filter(([name]) => name < '0004' && name !== '0002-event-clusters'),
    );
    const old = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(path) }) });
    const result = await new Migrator({ db: old, provider: { getMigrations: async () => before } }).migrateToLatest();
    expect(result.error).toBeUndefined();
    await old.destroy();

    const store = await openSqliteStore(path);
    try {
      await store.put(
        recordFrom('Police in Lagos arrested 20 protesters on Tuesday.', {
          published: '2024-03-12',
          url: 'https://x.example/1',
        }),
      );
      expect((await store.events({ type: 'COERCE' })).total).toBe(1);
    } finally {
      await store.close();
    }
  });
});
