// The words of the PostgreSQL full-text index, kept in a table as records are stored, so a search
// can refuse a prefix that stands for too many words before GIN merges the postings of each one.
// This is what FTS5's vocabulary view gives the SQLite store (../sqlite/search.ts); PostgreSQL's
// ts_stat would read every stored vector instead. Words of removed records stay: the count is an
// upper bound, which only ever makes the limit stricter.
import { sql, type Kysely } from 'kysely';
import { MAX_PREFIX_COMPLETIONS, prefixWord, tooBroadPrefix, type QueryTerm } from '../query-text.js';
import { NO_PROGRESS, type MigrationProgress } from '../migration-progress.js';

/** Stored vectors read per step of the migration. */
const MIGRATE_BATCH = 5_000;

/** Migration: the table (byte order, so a prefix's words are one range) filled from the stored records. */
export async function createSearchWords(db: Kysely<any>, progress: MigrationProgress = NO_PROGRESS): Promise<void> {
  await sql`CREATE TABLE search_words (word text COLLATE "C" PRIMARY KEY)`.execute(db);
  // A range of seqs at a time, so the migration can tell how far it is.
  const maxSeq = Number(
    (await sql<{ max: number | null }>`SELECT max(seq) AS max FROM record_text`.execute(db)).rows[0]?.max ?? 0,
  );
  for (let from = 0; from < maxSeq; from += MIGRATE_BATCH) {
    await sql`INSERT INTO search_words SELECT DISTINCT unnest(tsvector_to_array(fts)) FROM record_text
      WHERE seq > ${from} AND seq <= ${from + MIGRATE_BATCH} ON CONFLICT DO NOTHING`.execute(db);
    // Counted in seqs, which records removed before leave a little above the records.
    const upto = Math.min(from + MIGRATE_BATCH, maxSeq);
    progress.update(upto, upto / maxSeq);
  }
}

/** Adds the words of one stored record's vector (record_text row seq). */
export async function addSearchWords(db: Kysely<any>, seq: number): Promise<void> {
  await sql`INSERT INTO search_words SELECT DISTINCT unnest(tsvector_to_array(fts)) FROM record_text WHERE seq = ${seq} ON CONFLICT DO NOTHING`.execute(
    db,
  );
}

/** Above every character, to bound a range of words that start with a prefix. */
const LAST_CHAR = '\u{10FFFF}';

/** Throws SearchQueryError when a prefix term of the query starts more than MAX_PREFIX_COMPLETIONS indexed words. */
export async function checkPrefixBreadth(db: Kysely<any>, terms: readonly QueryTerm[]): Promise<void> {
  for (const t of terms) {
    if (!t.prefix) continue;
    const start = prefixWord(t.text);
    const { n } = (
      await sql<{
        n: string;
      }>`SELECT count(*) AS n FROM (SELECT 1 FROM search_words WHERE word >= ${start} AND word <= ${start + LAST_CHAR} LIMIT ${MAX_PREFIX_COMPLETIONS + 1}) w`.execute(
        db,
      )
    ).rows[0];
    if (Number(n) > MAX_PREFIX_COMPLETIONS) throw tooBroadPrefix(t);
  }
}
