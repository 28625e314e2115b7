// Indexes that let the search filters (../sql/filters.ts) find their records without walking the
// records table: at a million records, a filter that matches few records (or none) walked the
// whole table newest first looking for them (1.4 s for a source nothing has, 13.9 s for an author
// substring beside a common word, at load 13).
//   - source: trigram indexes (pg_trgm) on uri and path answer ILIKE '%…%' from the index.
//   - entity, place: (name_fold, record_seq) and (key, record_seq), with the type in the index, so
//     a name's records come from the index alone.
//   - author: a substring of one or two letters has no trigram, so trigrams cannot serve it.
//     Bylines repeat, so the distinct author lists are few beside the records: author_lists keeps
//     them (a trigger adds each new one), the filter finds the lists that hold the substring there,
//     and the records with one of those lists through an index on the list's hash (a hash, since
//     a btree entry cannot hold an arbitrarily long list).
import { sql, type Kysely } from 'kysely';

/** Past this many matching author lists the author filter is common: a walk over the newest records finds its matches soon. */
export const MAX_AUTHOR_LISTS = 500;

/** Migration: pg_trgm and the filter indexes, author_lists filled from the stored records. */
export async function createFilterIndexes(db: Kysely<any>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  await sql`CREATE INDEX records_uri_trgm ON records USING gin (uri gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX records_path_trgm ON records USING gin (path gin_trgm_ops)`.execute(db);

  await sql`CREATE INDEX entities_name_fold_seq ON entities (name_fold, record_seq) INCLUDE (type, key)`.execute(db);
  await sql`CREATE INDEX entities_key_seq ON entities (key, record_seq) INCLUDE (type)`.execute(db);
  await sql`DROP INDEX entities_name_fold`.execute(db);
  await sql`DROP INDEX entities_key`.execute(db);

  // lower() as the filter compares (../sql/filters.ts); records.authors is the JSON list as text.
  await sql`CREATE TABLE author_lists (authors text NOT NULL)`.execute(db);
  await sql`CREATE UNIQUE INDEX author_lists_hash ON author_lists (md5(authors))`.execute(db);
  await sql`INSERT INTO author_lists SELECT DISTINCT lower(authors) FROM records`.execute(db);
  await sql`CREATE FUNCTION note_author_list() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO author_lists VALUES (lower(NEW.authors)) ON CONFLICT (md5(authors)) DO NOTHING;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER records_author_list AFTER INSERT OR UPDATE OF authors ON records
    FOR EACH ROW EXECUTE FUNCTION note_author_list()`.execute(db);
  await sql`CREATE INDEX records_authors_hash ON records (md5(lower(authors)))`.execute(db);
}

/**
 * The author lists (md5 of each, as author_lists and records_authors_hash key them) that hold the
 * substring (lists of removed records stay in author_lists, and only name lists no record has).
 * Null when they are many: the filter is then common, and the plain substring test on each record
 * walked newest first finds its matches soon.
 */
export async function authorLists(db: Kysely<any>, author: string): Promise<string[] | null> {
  const lists = (
    await sql<{ hash: string }>`SELECT md5(authors) AS hash FROM author_lists
      WHERE authors LIKE ${'%' + author.toLowerCase() + '%'} LIMIT ${MAX_AUTHOR_LISTS + 1}`.execute(db)
  ).rows.map((r) => r.hash);
  return lists.length > MAX_AUTHOR_LISTS ? null : lists;
}

/** The author filter as a condition on records r that an index serves: the records whose author list is one of `lists`. */
export function authorListCondition(lists: readonly string[]) {
  return sql`md5(lower(r.authors)) = ANY(${lists}::text[])`;
}
