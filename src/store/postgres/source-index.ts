// The source filter from an index. The filter is a substring of a record's address or path,
// case-blind (ILIKE, ../sql/filters.ts). pg_trgm's trigram indexes on uri and path (0010) take
// trigrams of words only, so a source with punctuation in it keeps none of its order across it:
// "pages/1" asks for paths holding the words "pages" and one starting with "1" anywhere, and at a
// million made records the index gave ~9,000 candidates of which ~8,000 failed the test on their
// heap rows (170-184 ms). Here record_sources holds each record's address and path lower-cased
// with every character that is not a letter or a digit turned into a letter (sourceGrams), under
// one trigram index: the whole text is one word, so the trigrams of the source keep its punctuation
// in place, and the candidates are the records holding the source (and the few whose text differs
// only where punctuation became the letter). The form is stored, not an index expression: the
// index's recheck of each candidate would compute it again (a regular expression, ~5-13 us a
// row). Each candidate is then tested with ILIKE on its record, so the records are exactly the
// substring test's. As the SQLite store does (../sqlite/source-index.ts), a source of few records
// is listed from the index first and the filter is membership in that list. The rows are kept by
// triggers on records, whatever writes them.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { NO_PROGRESS, type MigrationProgress } from '../migration-progress.js';

/** Past this many records the source is common: walking the newest records soon finds its matches. */
export const FEW_SOURCE_RECORDS = 20_000;

/** Records given their row per step of the migration. */
const FILL_BATCH = 50_000;

/**
 * The indexed form of a text (an address and path, or a source): lower-cased, every character
 * that is not a letter or digit made a 'q'. A substring of a text keeps its form a substring of
 * the text's form (one character for one), so the index misses none of the substring test's records.
 */
const SOURCE_GRAMS_FUNCTION = sql`CREATE FUNCTION dateline_source_grams(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN regexp_replace(lower(t), '[^[:alnum:]]', 'q', 'g')`;

/** A records row's address and path in their indexed form (`row`: r, NEW). */
const rowGrams = (row: string) =>
  sql.raw(`dateline_source_grams(coalesce(${row}.uri, '') || ' ' || coalesce(${row}.path, ''))`);

/** Migration: the function, the table, its triggers and index; the word-only trigram indexes of 0010 go. */
export async function createSourceIndex(db: Kysely<any>, progress: MigrationProgress = NO_PROGRESS): Promise<void> {
  await SOURCE_GRAMS_FUNCTION.execute(db);
  await sql`CREATE TABLE record_sources (seq integer PRIMARY KEY, grams text NOT NULL)`.execute(db);
  // A record replaced is deleted and stored again (../sql/records.ts); an update of its address or
  // path is followed too.
  await sql`CREATE FUNCTION note_record_source() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM record_sources WHERE seq = OLD.seq;
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO record_sources VALUES (NEW.seq, ${rowGrams('NEW')});
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER records_source AFTER INSERT OR DELETE OR UPDATE OF seq, uri, path
    ON records FOR EACH ROW EXECUTE FUNCTION note_record_source()`.execute(db);
  const maxSeq = Number(
    (await sql<{ max: number | null }>`SELECT max(seq) AS max FROM records`.execute(db)).rows[0]?.max ?? 0,
  );
  let done = 0;
  for (let from = 0; from < maxSeq; from += FILL_BATCH) {
    const added = await sql`INSERT INTO record_sources SELECT r.seq, ${rowGrams('r')} FROM records r
      WHERE r.seq > ${from} AND r.seq <= ${from + FILL_BATCH}`.execute(db);
    done += Number(added.numAffectedRows ?? 0);
    progress.update(done, Math.min((from + FILL_BATCH) / maxSeq, 1));
  }
  await sql`CREATE INDEX record_sources_grams ON record_sources USING gin (grams gin_trgm_ops)`.execute(db);
  await sql`DROP INDEX records_uri_trgm`.execute(db);
  await sql`DROP INDEX records_path_trgm`.execute(db);
}

/** Whether the index can answer the source: no LIKE wildcard or escape in it, and a trigram at least. */
export function indexedSource(source: string): boolean {
  return !/[%_\\]/.test(source) && [...source].length >= 3;
}

/** The substring test of ../sql/filters.ts on record r (the records the filter means). */
const substringTest = (source: string) =>
  sql`(r.uri ILIKE ${'%' + source + '%'} OR r.path ILIKE ${'%' + source + '%'})`;

/**
 * The source filter as a condition on records r that tests no column but the seq: membership in
 * the records the index finds, each tested with the substring. Null when the index cannot answer
 * it (indexedSource) or the source is common (FEW_SOURCE_RECORDS); the filter is then the
 * substring test, and `common` says which.
 */
export async function sourceListCondition(
  db: Kysely<any>,
  source: string,
): Promise<{ condition: RawBuilder<unknown> | null; common: boolean }> {
  if (!indexedSource(source)) return { condition: null, common: false };
  // The pattern's form is computed in the statement: the planner folds it to a constant (an
  // immutable function of a bound value) and the index serves it.
  const seqs = (
    await sql<{ seq: number }>`SELECT r.seq FROM record_sources s JOIN records r ON r.seq = s.seq
      WHERE s.grams LIKE '%' || dateline_source_grams(${source}) || '%' AND ${substringTest(source)}
      LIMIT ${FEW_SOURCE_RECORDS + 1}`.execute(db)
  ).rows.map((r) => r.seq);
  if (seqs.length > FEW_SOURCE_RECORDS) return { condition: null, common: true };
  return { condition: sql`r.seq = ANY(${seqs}::int[])`, common: false };
}
