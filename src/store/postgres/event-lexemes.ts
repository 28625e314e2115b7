// A record's event types and modalities in its search vector, so that a text search with one event
// filter asks the GIN index for the words and the event together, as a date range asks it for the
// words and the months (./dated-text.ts). Before, such a search listed the filter's records range
// by range and tested each one's vector: `modality=future&q=officials` at 100,000 records (dev)
// listed 10,428 future records and tested 2,856 vectors, a heap page and an index descent apiece,
// for its 972 matches (11,467 buffers); the GIN index gives the matches alone.
//
// The lexemes are '~t:TYPE' for each event type of the record and '~m:modality' for each modality;
// no typed query can reach them (the query parsers keep letters and digits only). A record holds
// the lexeme exactly when it has an event of that type (or modality), so the lexeme is the filter;
// with both filters the lexemes do not say that one event has both, and the search tests the
// events as before.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { MODALITIES, PLOVER_TYPES } from '../../record/types.js';
import type { SearchQuery } from '../store.js';
import { NO_PROGRESS, type MigrationProgress } from '../migration-progress.js';

/** Stored vectors given their lexemes per step of the migration. */
const MIGRATE_BATCH = 5_000;

const TYPE = '~t:';
const MODALITY = '~m:';

/** The event lexemes of a record's events, each once, in code-point order. */
export function eventLexemes(events: readonly { type: string; modality: string }[]): string[] {
  return [...new Set(events.flatMap((e) => [TYPE + e.type, MODALITY + e.modality]))].sort();
}

/** The vector of a record's event lexemes (empty for none), to be joined to its text's vector. */
export function eventVector(events: readonly { type: string; modality: string }[]): RawBuilder<unknown> {
  const lexemes = eventLexemes(events);
  return lexemes.length > 0 ? sql`array_to_tsvector(${lexemes}::text[])` : sql`''::tsvector`;
}

/**
 * The tsquery text of the query's event filter when it is exactly one of type and modality, a
 * value of the record vocabulary (whose letters need no quoting); null otherwise.
 */
export function eventLexemeQuery(q: Pick<SearchQuery, 'eventType' | 'modality'>): string | null {
  if (q.eventType && q.modality) return null;
  if (q.eventType) {
    const type = q.eventType.toUpperCase();
    return (PLOVER_TYPES as readonly string[]).includes(type) ? `'${TYPE}${type}'` : null;
  }
  if (q.modality) return (MODALITIES as readonly string[]).includes(q.modality) ? `'${MODALITY}${q.modality}'` : null;
  return null;
}

/**
 * SQL text: the event lexemes of the record whose seq is `seq` (an SQL expression), as a vector,
 * empty for none, read from the events table (the migration below; benches that make records
 * with SQL).
 */
export const storedEventVector = (seq: string) =>
  `coalesce((SELECT array_to_tsvector(array_agg(DISTINCT k.x)) FROM events e
    CROSS JOIN LATERAL (VALUES ('${TYPE}' || e.type), ('${MODALITY}' || e.modality)) k(x) WHERE e.record_seq = ${seq}), ''::tsvector)`;

/**
 * Migration: every stored vector given its record's event lexemes. Every row is written again (with
 * none added when it has no event), in seq order, so the new rows lie in seq order as the old ones
 * did: writing only the rows with events moved them to the table's end, away from their
 * neighbours, and a common word's matches in a range then lay on more pages (dev, 100,000 records:
 * `q=prices` 6,016 -> 7,917 buffers). The GIN index is made again after, not updated row by row.
 */
export async function addEventLexemes(db: Kysely<any>, progress: MigrationProgress = NO_PROGRESS): Promise<void> {
  const maxSeq = Number(
    (await sql<{ max: number | null }>`SELECT max(seq) AS max FROM records`.execute(db)).rows[0]?.max ?? 0,
  );
  await sql`DROP INDEX record_text_fts`.execute(db);
  let done = 0;
  for (let from = 0; from < maxSeq; from += MIGRATE_BATCH) {
    const updated = await sql`UPDATE record_text t SET fts = t.fts || ${sql.raw(storedEventVector('l.seq'))}
      FROM (SELECT s.seq FROM record_text s WHERE s.seq > ${from} AND s.seq <= ${from + MIGRATE_BATCH}) l
      WHERE l.seq = t.seq`.execute(db);
    done += Number(updated.numAffectedRows ?? 0);
    progress.update(done, Math.min((from + MIGRATE_BATCH) / maxSeq, 1));
  }
  await sql`CREATE INDEX record_text_fts ON record_text USING gin (fts)`.execute(db);
}
