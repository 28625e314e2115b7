// How the PostgreSQL store lays out what a search reads (src/store/postgres/migrations.ts, 0012
// and 0013): search vectors in their rows, not out of line, and the facets' columns in the
// indexes on record_seq, so the facets of a sample come from the index alone.
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import { freshPostgresDatabase, hasPostgres } from '../helpers/stores.js';

const newDatabase = freshPostgresDatabase();

describe.runIf(await hasPostgres())('PostgreSQL search storage', () => {
  it('keeps search vectors in their rows and the facet columns in the record_seq indexes', async () => {
    const location = await newDatabase();
    await (await openStore(location)).close();
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    try {
      const storage = await client.query(
        `SELECT attstorage FROM pg_attribute WHERE attrelid = 'record_text'::regclass AND attname = 'fts'`,
      );
      expect(storage.rows[0].attstorage).toBe('m');
      const indexes = await client.query(
        `SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('entities', 'events') AND indexdef LIKE '%(record_seq)%' ORDER BY 1`,
      );
      expect(indexes.rows.map((r) => [r.indexname, r.indexdef.replace(/^.* USING /, '')])).toEqual([
        ['entities_record_facets', 'btree (record_seq) INCLUDE (type, key, name)'],
        ['events_record_facets', 'btree (record_seq) INCLUDE (type, modality, cluster)'],
      ]);
    } finally {
      await client.end();
    }
  });
});
