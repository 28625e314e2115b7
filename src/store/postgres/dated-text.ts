// A record's publication month in its search vector, so that a text search with a date range
// asks the GIN index for the words and the months together. A GIN index answers with every match
// at once, each read from its table row afterwards: for a word in 3% of the records and a
// one-year range in a ten-year corpus, the words alone gave 8,100 rows to read and test for
// their date, of which 845 were in the year (0.8-2.0 s at 300,000 records under load); with the
// months in the query the index gives the 845 (16 ms). (A two-sided range on a btree_gin column
// beside the vector was tried: GIN reads each side as its own partial match, so a year's range
// read the postings of nearly every date, 250 ms a range.)
//
// The lexeme is '@YYYY-MM' for a date with a month, '@YYYY' for one with a year only, '@~' for
// anything else; no typed query can reach it (the query parsers drop '@'). The month range of a
// query is a superset of the records its date filters keep (../sql/filters.ts), which still
// decide: it only lets the index leave out the rest.
import { sql, type Kysely } from 'kysely';
import type { SearchQuery } from '../store.js';
import { NO_PROGRESS, type MigrationProgress } from '../migration-progress.js';

/** Stored vectors given their lexeme per step of the migration. */
const MIGRATE_BATCH = 5_000;

/** Migration: the lexeme function and every stored vector given its record's date lexeme. */
export async function addDateLexemes(db: Kysely<any>, progress: MigrationProgress = NO_PROGRESS): Promise<void> {
  // Function bodies as strings, not RETURN: PostgreSQL 13 (docs/deploy.md) has no SQL-standard bodies.
  await sql`CREATE FUNCTION dateline_date_lexeme(published text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN published ~ '^[0-9]{4}-(0[1-9]|1[0-2])' THEN '@' || left(published, 7)
                WHEN published ~ '^[0-9]{4}' THEN '@' || left(published, 4)
                WHEN published IS NOT NULL THEN '@~' END $$`.execute(db);
  // No lexeme for a record without a date: no date filter keeps it.
  await sql`CREATE FUNCTION dateline_date_vector(published text) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
    SELECT array_to_tsvector(array_remove(ARRAY[dateline_date_lexeme(published)], NULL)) $$`.execute(db);
  // A range of seqs at a time, so the migration can tell how far it is.
  const maxSeq = Number(
    (await sql<{ max: number | null }>`SELECT max(seq) AS max FROM records`.execute(db)).rows[0]?.max ?? 0,
  );
  let done = 0;
  for (let from = 0; from < maxSeq; from += MIGRATE_BATCH) {
    const updated = await sql`UPDATE record_text t SET fts = t.fts || dateline_date_vector(r.published)
      FROM records r WHERE r.seq = t.seq AND r.published IS NOT NULL
      AND t.seq > ${from} AND t.seq <= ${from + MIGRATE_BATCH}`.execute(db);
    done += Number(updated.numAffectedRows ?? 0);
    progress.update(done, Math.min((from + MIGRATE_BATCH) / maxSeq, 1));
  }
}

/** Past this many months a date range is wide: its records are common, and the walk meets them without the months' postings. */
export const MAX_RANGE_MONTHS = 36;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])/;
const YEAR = /^(\d{4})/;

/** A bound's month as a number (year * 12 + month - 1): its own month, or its year's first or last; null when it starts with no year. */
function monthOf(bound: string, end: 'first' | 'last'): number | null {
  const m = MONTH.exec(bound);
  if (m) return Number(m[1]) * 12 + Number(m[2]) - 1;
  // A bound with a year and no month ("2023", "2023-1") keeps every month of its year.
  const y = YEAR.exec(bound);
  return y ? Number(y[1]) * 12 + (end === 'first' ? 0 : 11) : null;
}

/**
 * The date lexemes of the records a query's date range can keep, as a tsquery of alternatives,
 * or null when the range is open and the store's dates do not close it, or wider than
 * MAX_RANGE_MONTHS. `stored` gives the store's first and last dates that start with a digit, for
 * an open end.
 */
export async function dateLexemeQuery(
  q: SearchQuery,
  stored: () => Promise<{ first: string | null; last: string | null }>,
): Promise<string | null> {
  if (!q.since && !q.until) return null;
  let since = q.since;
  let until = q.until;
  if (!since || !until) {
    const { first, last } = await stored();
    since ??= first ?? undefined;
    until ??= last ?? undefined;
  }
  if (!since || !until) return null;
  const from = monthOf(since, 'first');
  const to = monthOf(until, 'last');
  if (from === null || to === null || to - from + 1 > MAX_RANGE_MONTHS) return null;
  const lexemes = ['@~'];
  for (let year = Math.floor(from / 12); year <= Math.floor(to / 12); year++) lexemes.push(`@${year}`);
  for (let m = from; m <= to; m++) lexemes.push(`@${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  return lexemes.map((l) => `'${l}'`).join(' | ');
}

/** The store's first and last publication dates that start with a digit (the index on published serves both). */
export async function storedDateBounds(db: Kysely<any>): Promise<{ first: string | null; last: string | null }> {
  const row = (
    await sql<{ first: string | null; last: string | null }>`SELECT
      (SELECT min(published) FROM records WHERE published >= '0' AND published < ':') AS first,
      (SELECT max(published) FROM records WHERE published >= '0' AND published < ':') AS last`.execute(db)
  ).rows[0];
  return row;
}

/** A date bound as the API takes it (YYYY, YYYY-MM, YYYY-MM-DD): digits where the stored dates have them. */
const ISO_BOUND = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The month lexemes that prove a record is kept by the query's date filters (../sql/filters.ts:
 * `published >= since`, `substr(published, 1, length(until)) <= until`), as a tsquery of
 * alternatives, or null when none does. A record's vector holds '@YYYY-MM' when its date starts
 * with that month, whatever follows; the month proves the filters when every text that starts
 * with it passes them: not below `since` (so not since's own month when since names a day: a date
 * of the month alone, '2023-01', sorts before '2023-01-01'), and not past `until` (for an until
 * that names a day, only the months before its own: '2023-12-99' would pass the month's test but
 * not the filter). The year and '@~' lexemes prove nothing. Bounds that are not ISO dates prove
 * nothing either (the API takes no others; the text comparison is the database's collation, which
 * orders such strings as JavaScript does).
 */
export function provenMonthQuery(q: SearchQuery, months: string | null): string | null {
  if (months === null) return null;
  if ((q.since && !ISO_BOUND.test(q.since)) || (q.until && !ISO_BOUND.test(q.until))) return null;
  const proven = [...months.matchAll(/'@(\d{4}-\d{2})'/g)]
    .map((m) => m[1])
    .filter(
      (month) =>
        (!q.since || month >= q.since) &&
        (!q.until || (q.until.length <= 7 ? month.slice(0, q.until.length) <= q.until : month < q.until.slice(0, 7))),
    );
  return proven.length > 0 ? proven.map((m) => `'@${m}'`).join(' | ') : null;
}
