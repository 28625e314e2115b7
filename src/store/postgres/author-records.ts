// The first records of each author list, by list: record_authors holds (hash of the lower-cased
// list, seq) for every record that is the first of its group, with its primary key in that order,
// so a filter's records come from that index alone. The author filter (./filter-indexes.ts) finds
// the lists holding its substring, and a search with words lists their records before testing the
// words on them (./search.ts, textMatchesAmong). Listed from records through the hash index, each
// record cost a heap page to read (its duplicate_of is tested there, and PostgreSQL reads the table
// for a query on an indexed expression): 4,400 pages for a one-letter author's 7,762 records of a
// million, 537 ms when they are not in memory. Here they are ~60 index pages. The rows are kept by
// triggers on records, whatever writes them.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { NO_PROGRESS, type MigrationProgress } from '../migration-progress.js';
import { estimatedRows } from './estimates.js';

/** Records given their row per step of the migration. */
const FILL_BATCH = 20_000;

/** The key of an author list (records.authors, the JSON list as text), as author_lists keys it lower-cased. */
const listHashText = (authors: string) => `md5(lower(${authors}))::uuid`;
const listHash = (authors: string) => sql.raw(listHashText(authors));

/** Migration: the table, its triggers, and the rows of the stored records. */
export async function createAuthorRecords(db: Kysely<any>, progress: MigrationProgress = NO_PROGRESS): Promise<void> {
  await sql`CREATE TABLE record_authors (hash uuid NOT NULL, seq integer NOT NULL, PRIMARY KEY (hash, seq))`.execute(
    db,
  );
  // A record replaced is deleted and stored again (../sql/records.ts); an update of its list or
  // of its group is handled too, whatever writes it.
  await sql`CREATE FUNCTION note_author_record() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM record_authors WHERE hash = ${listHash('OLD.authors')} AND seq = OLD.seq;
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.duplicate_of IS NULL THEN
        INSERT INTO record_authors VALUES (${listHash('NEW.authors')}, NEW.seq);
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER records_author_record AFTER INSERT OR DELETE OR UPDATE OF seq, authors, duplicate_of
    ON records FOR EACH ROW EXECUTE FUNCTION note_author_record()`.execute(db);
  const maxSeq = Number(
    (await sql<{ max: number | null }>`SELECT max(seq) AS max FROM records`.execute(db)).rows[0]?.max ?? 0,
  );
  let done = 0;
  for (let from = 0; from < maxSeq; from += FILL_BATCH) {
    const added = await sql.raw(fillAuthorRecords(from, from + FILL_BATCH)).execute(db);
    done += Number(added.numAffectedRows ?? 0);
    progress.update(done, Math.min((from + FILL_BATCH) / maxSeq, 1));
  }
}

/**
 * The statement that gives the stored records with seq in (from, to] the rows their trigger gives
 * them, for writers that store many records with the trigger off (bench/search-scale.ts).
 */
export function fillAuthorRecords(from: number, to: number): string {
  return `INSERT INTO record_authors SELECT ${listHashText('authors')}, seq FROM records
      WHERE duplicate_of IS NULL AND seq > ${Math.trunc(from)} AND seq <= ${Math.trunc(to)}`;
}

/** The seqs of up to `limit` first records whose author list is one of `lists` (md5 of the lower-cased lists), in no order. */
export function authorRecords(lists: readonly string[], limit: number): RawBuilder<{ seq: number }> {
  return sql<{ seq: number }>`SELECT seq FROM record_authors WHERE hash = ANY(${lists}::uuid[]) LIMIT ${limit}`;
}

/**
 * How many rows authorRecords(lists) would list, as PostgreSQL's planner estimates it from the
 * table's statistics (ANALYZE, which autovacuum runs): one plan, no rows read. A list of more
 * rows than a search wants listed is not read at all (./search.ts, fewAuthorRecords): a
 * one-letter author's list stopped at the cap of 20,000 first, 20-30 ms, and then the records
 * were walked anyway.
 */
export function estimatedAuthorRecords(db: Kysely<any>, lists: readonly string[]): Promise<number> {
  return estimatedRows(db, sql`SELECT seq FROM record_authors WHERE hash = ANY(${lists}::uuid[])`);
}

/**
 * The newest `want` of authorRecords(lists, cap), newest first, each row with the number listed
 * (`cap` when the lists hold more): sorted by PostgreSQL, so only `want` rows are sent.
 */
export function newestAuthorRecords(
  lists: readonly string[],
  cap: number,
  want: number,
): RawBuilder<{ seq: number; listed: string }> {
  return sql<{ seq: number; listed: string }>`SELECT seq, count(*) OVER () AS listed
    FROM (${authorRecords(lists, cap)}) a ORDER BY seq DESC LIMIT ${want}`;
}
