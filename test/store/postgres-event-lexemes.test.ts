// A record's event types and modalities in its PostgreSQL search vector (src/store/postgres/event-lexemes.ts,
// migration 0020): put writes them, the migration gives them to the vectors of an older store, and
// a text search with one event filter asks the GIN index for the words and the lexeme together.
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import { searchRecords } from '../../src/store/postgres/search.js';
import { eventLexemeQuery, eventLexemes } from '../../src/store/postgres/event-lexemes.js';
import { plainRecord } from '../helpers/plain-record.js';
import { freshPostgresDatabase, hasPostgres, loggedPostgres, runOnPostgres, seqsOfHits } from '../helpers/stores.js';
import type { Event } from '../../src/record/types.js';

const newDatabase = freshPostgresDatabase();

/** An event of the record's first sentence with this type and modality. */
const event = (id: string, type: Event['type'], modality: Event['modality']): Event => ({
  id,
  type,
  modality,
  actors: [],
  targets: [],
  place: null,
  time: null,
  trigger: { text: 'The', span: [0, 3] },
  sentence: { text: 'The', span: [0, 3] },
});

async function lexemesOf(location: string): Promise<Map<number, string[]>> {
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  try {
    const rows = (
      await client.query<{ seq: number; l: string[] }>(
        `SELECT seq, ARRAY(SELECT x FROM unnest(tsvector_to_array(fts)) x WHERE x LIKE '~%' ORDER BY x) AS l FROM record_text ORDER BY seq`,
      )
    ).rows;
    return new Map(rows.map((r) => [r.seq, r.l]));
  } finally {
    await client.end();
  }
}

describe('eventLexemeQuery', () => {
  it('is the one event filter of the vocabulary, else null', () => {
    expect(eventLexemes([event('a', 'PROTEST', 'future'), event('b', 'PROTEST', 'asserted')])).toEqual([
      '~m:asserted',
      '~m:future',
      '~t:PROTEST',
    ]);
    expect(eventLexemeQuery({ modality: 'future' })).toBe("'~m:future'");
    expect(eventLexemeQuery({ eventType: 'protest' })).toBe("'~t:PROTEST'");
    expect(eventLexemeQuery({ eventType: 'PROTEST', modality: 'future' })).toBeNull();
    expect(eventLexemeQuery({ modality: "fut'ure" })).toBeNull();
    expect(eventLexemeQuery({})).toBeNull();
  });
});

describe.runIf(await hasPostgres())('PostgreSQL event lexemes', () => {
  it('are written with the record, given to an older store by the migration, and asked with the words', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    await store.put(
      plainRecord('a.txt', 'The council met.', {
        events: [event('e1', 'PROTEST', 'future'), event('e2', 'AGREE', 'asserted')],
      }),
    );
    await store.put(plainRecord('b.txt', 'The council met again.', { events: [event('e1', 'PROTEST', 'asserted')] }));
    await store.put(plainRecord('c.txt', 'The council adjourned.'));
    await store.close();
    const expected = new Map([
      [1, ['~m:asserted', '~m:future', '~t:AGREE', '~t:PROTEST']],
      [2, ['~m:asserted', '~t:PROTEST']],
      [3, []],
    ]);
    expect(await lexemesOf(location)).toEqual(expected);

    // An older store: the lexemes gone and the migration not run; opening it runs the migration.
    await runOnPostgres(location, [
      `UPDATE record_text SET fts = ts_delete(fts, ARRAY(SELECT x FROM unnest(tsvector_to_array(fts)) x WHERE x LIKE '~%'))`,
      `DELETE FROM dateline_migration WHERE name = '0020-event-lexemes'`,
    ]);
    expect([...(await lexemesOf(location)).values()].flat()).toEqual([]);
    await (await openStore(location)).close();
    expect(await lexemesOf(location)).toEqual(expected);

    const logged = loggedPostgres(location);
    try {
      const future = await searchRecords(logged.db, { text: 'council', modality: 'future' });
      expect(await seqsOfHits(logged.pool, future.hits)).toEqual([1]);
      const protest = await searchRecords(logged.db, { text: 'council', eventType: 'protest' });
      expect((await seqsOfHits(logged.pool, protest.hits)).sort()).toEqual([1, 2]);
      // The walk asks the index with the lexeme; it does not list the event's records.
      const walks = logged.statements.filter(
        (s) => /FROM record_text t\b/.test(s.sql) && /ORDER BY t\.seq DESC/.test(s.sql),
      );
      expect(walks.length).toBeGreaterThan(0);
      for (const w of walks) {
        expect(w.sql).not.toMatch(/FROM events e/);
        expect(w.parameters.some((p) => p === "'~m:future'" || p === "'~t:PROTEST'")).toBe(true);
      }
    } finally {
      await logged.db.destroy();
    }
  });
});
