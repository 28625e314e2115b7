// Corpus-wide entity keys across spellings, in both stores: "Erdoğan" in one record and "Erdogan"
// in another are one entity (one key, one entity page with both articles), the --entity filter
// finds both by either spelling or by a key made before keys were folded, and a database whose
// rows carry the old keys is migrated to the folded ones.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { openStore } from '../../src/store/index.js';
import type { ArticleRecord, Entity } from '../../src/record/types.js';
import { recordFrom } from '../helpers/records.js';
import { runOnPostgres, storeKinds } from '../helpers/stores.js';

const KINDS = await storeKinds();

/** A record whose only entity is the person named at the start of the text. */
function about(name: string, rest: string, path: string): ArticleRecord {
  const r = recordFrom(`${name} ${rest}`, { path, published: '2022-03-01' });
  const person: Entity = { id: 'e1', type: 'PERSON', name, aliases: [], mentions: [[0, name.length]] };
  return { ...r, entities: [person], quotes: [], events: [] };
}

const NATIVE = about('Recep Tayyip Erdoğan', 'spoke to reporters in Ankara on Monday about the grain deal.', 'a.txt');
const ASCII = about('Recep Tayyip Erdogan', 'met the visiting delegation on Tuesday to discuss trade.', 'b.txt');

async function expectOneEntity(store: Store): Promise<void> {
  for (const entity of ['Recep Tayyip Erdogan', 'recep tayyip erdoğan', 'PERSON:recep tayyip erdoğan'])
    expect((await store.search({ entity })).total, entity).toBe(2);
  const profile = await store.entity('PERSON:recep tayyip erdogan');
  expect(profile?.records).toBe(2);
  // An old link (the key before folding) still opens the page.
  expect((await store.entity('PERSON:recep tayyip erdoğan'))?.records).toBe(2);
}

/** Puts the pre-folding state back: old keys in the rows, no name_fold column, migration not run. */
async function unfold(kind: string, location: string): Promise<void> {
  const statements = [
    `UPDATE entities SET key = 'PERSON:recep tayyip erdoğan' WHERE name = 'Recep Tayyip Erdoğan'`,
    // The index on the column (SQLite drops no index with its column; PostgreSQL does).
    kind === 'sqlite' ? 'DROP INDEX entities_name_fold_seq' : 'SELECT 1',
    'ALTER TABLE entities DROP COLUMN name_fold',
    kind === 'sqlite'
      ? `DELETE FROM kysely_migration WHERE name = '0009-folded-entity-keys'`
      : `DELETE FROM dateline_migration WHERE name = '0005-folded-entity-keys'`,
  ];
  if (kind === 'sqlite') {
    const db = new BetterSqlite3(location);
    for (const s of statements) db.exec(s);
    db.close();
    return;
  }
  await runOnPostgres(location, statements);
}

describe.each(KINDS)('entity keys across spellings: $name store', (kind) => {
  it('keys "Erdoğan" and "Erdogan" as one entity, found by either spelling and by the old key', async () => {
    const { store } = await kind.open();
    try {
      await store.put(NATIVE);
      await store.put(ASCII);
      await expectOneEntity(store);
    } finally {
      await store.close();
    }
  });

  it('migrates a database whose rows carry keys from before folding', async () => {
    const { store, location } = await kind.open();
    await store.put(NATIVE);
    await store.put(ASCII);
    await store.close();
    await unfold(kind.name, location);
    const before = await openStore(location).catch((e: Error) => e);
    // Reopening runs the migration again: the keys are folded and the column is back.
    expect(before).not.toBeInstanceOf(Error);
    try {
      await expectOneEntity(before as Store);
    } finally {
      await (before as Store).close();
    }
  });
});
