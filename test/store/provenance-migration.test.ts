// Record schema 5 in both stores: a new record keeps its provenance through put and get, and a
// stored version-4 record (no provenance) is upgraded with an empty one when the store migrates.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { RECORD_SCHEMA_VERSION } from '../../src/record/types.js';
import { recordFrom } from '../helpers/records.js';
import { runOnPostgres, storeKinds } from '../helpers/stores.js';

const KINDS = await storeKinds();

const RECORD = recordFrom('The ministry said on Monday that the road would reopen.', {
  path: 'v4.txt',
  published: '2022-03-01',
});

/** Rewrites the stored records as version 4 left them and marks the provenance migration not run. */
async function backToVersion4(kind: string, location: string): Promise<void> {
  const { provenance: _, ...v4 } = { ...RECORD, schemaVersion: 4 };
  const json = JSON.stringify(v4);
  if (kind === 'sqlite') {
    const db = new BetterSqlite3(location);
    db.prepare('UPDATE record_json SET json = ?').run(json);
    db.exec("DELETE FROM kysely_migration WHERE name = '0010-provenance'");
    db.close();
    return;
  }
  await runOnPostgres(location, [
    { text: 'UPDATE record_json SET json = $1', values: [json] },
    "DELETE FROM dateline_migration WHERE name = '0007-provenance'",
  ]);
}

describe.each(KINDS)('record schema 5 (provenance): $name store', (kind) => {
  it('keeps a record’s provenance', async () => {
    const { store } = await kind.open();
    try {
      await store.put(RECORD);
      const got = await store.get(RECORD.id);
      expect(RECORD.provenance).toEqual({ published: 'caller', language: 'detected' });
      expect(got?.provenance).toEqual(RECORD.provenance);
    } finally {
      await store.close();
    }
  });

  it('upgrades a stored version-4 record with an empty provenance', async () => {
    const { store, location } = await kind.open();
    await store.put(RECORD);
    await store.close();
    await backToVersion4(kind.name, location);
    const reopened = await openStore(location);
    try {
      const got = await reopened.get(RECORD.id);
      expect(got?.schemaVersion).toBe(RECORD_SCHEMA_VERSION);
      expect(RECORD_SCHEMA_VERSION).toBeGreaterThanOrEqual(5);
      expect(got?.provenance).toEqual({});
      expect(got?.text).toBe(RECORD.text);
    } finally {
      await reopened.close();
    }
  });
});
