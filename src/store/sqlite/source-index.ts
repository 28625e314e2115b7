// The source filter from an index. The filter is a substring of a record's address or path,
// case-blind as LIKE is (../sql/filters.ts), and no b-tree serves a substring: a search walked the
// records newest first testing LIKE on each (at 100,000 records, 54,000 rows and 34 ms CPU to find
// the newest 1,001 of a site's 1,861). This index holds every substring of three characters
// (FTS5's trigram tokenizer) of the address and path with ASCII letters lower-cased, as SQLite's
// lower() and LIKE fold them and nothing else (the tokenizer's own folding is Unicode's, under
// which "İ" would match "i" where LIKE does not). A phrase of trigrams matches exactly the
// substring, so a source of three or more characters without LIKE's wildcards finds, from the
// index, the records LIKE finds. The index is kept by triggers on records, whatever writes them.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { NO_PROGRESS, type MigrationProgress } from '../migration-progress.js';

/**
 * Past this many records the source is common: walking the newest records soon finds its matches,
 * and listing them all from the index would cost more.
 */
export const FEW_SOURCE_RECORDS = 20_000;

/** Records indexed per step when the migration fills the index. */
const FILL_BATCH = 5_000;

/** Migration: the trigram index over records' lower-cased addresses and paths, its triggers, and its rows for the stored records. */
export async function createSourceIndex(db: Kysely<any>, progress: MigrationProgress = NO_PROGRESS): Promise<void> {
  // External content read through a view: the index and its 'delete' entries see the folded values.
  await sql`CREATE VIEW records_source_text AS SELECT seq, lower(uri) AS uri, lower(path) AS path FROM records`.execute(
    db,
  );
  await sql`CREATE VIRTUAL TABLE records_source USING fts5(uri, path, content = 'records_source_text', content_rowid = 'seq', tokenize = 'trigram case_sensitive 1')`.execute(
    db,
  );
  await sql`CREATE TRIGGER records_source_insert AFTER INSERT ON records BEGIN
      INSERT INTO records_source (rowid, uri, path) VALUES (new.seq, lower(new.uri), lower(new.path));
    END`.execute(db);
  await sql`CREATE TRIGGER records_source_delete AFTER DELETE ON records BEGIN
      INSERT INTO records_source (records_source, rowid, uri, path) VALUES ('delete', old.seq, lower(old.uri), lower(old.path));
    END`.execute(db);
  await sql`CREATE TRIGGER records_source_update AFTER UPDATE OF seq, uri, path ON records BEGIN
      INSERT INTO records_source (records_source, rowid, uri, path) VALUES ('delete', old.seq, lower(old.uri), lower(old.path));
      INSERT INTO records_source (rowid, uri, path) VALUES (new.seq, lower(new.uri), lower(new.path));
    END`.execute(db);
  // The stored records' rows, a range of seqs at a time so the migration can tell how far it is
  // (what FTS5's 'rebuild' would insert, from the same view, into the index made empty above).
  const maxSeq = Number(
    (await sql<{ max: number | null }>`SELECT max(seq) AS max FROM records`.execute(db)).rows[0]?.max ?? 0,
  );
  let done = 0;
  for (let from = 0; from < maxSeq; from += FILL_BATCH) {
    const added = await sql`INSERT INTO records_source (rowid, uri, path)
      SELECT seq, uri, path FROM records_source_text WHERE seq > ${from} AND seq <= ${from + FILL_BATCH}`.execute(db);
    done += Number(added.numAffectedRows ?? 0);
    progress.update(done, Math.min((from + FILL_BATCH) / maxSeq, 1));
  }
}

/** The source as the index's query: one phrase, ASCII letters lower-cased; null when the index cannot answer it exactly. */
export function sourcePhrase(source: string): string | null {
  // LIKE's wildcards mean something the phrase cannot; fewer than three characters have no trigram.
  if (/[%_]/.test(source) || [...source].length < 3) return null;
  return `"${source.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/"/g, '""')}"`;
}

/**
 * The source filter as a condition on records r that tests no column but the seq: membership in
 * the records the index finds. Null when the index cannot answer it (sourcePhrase) or the source is
 * common (FEW_SOURCE_RECORDS); the filter is then the substring test.
 */
export async function sourceListCondition(db: Kysely<any>, source: string): Promise<RawBuilder<unknown> | null> {
  const phrase = sourcePhrase(source);
  if (!phrase) return null;
  const seqs = (
    await sql<{
      seq: number;
    }>`SELECT rowid AS seq FROM records_source WHERE records_source MATCH ${phrase} LIMIT ${FEW_SOURCE_RECORDS + 1}`.execute(
      db,
    )
  ).rows.map((r) => r.seq);
  if (seqs.length > FEW_SOURCE_RECORDS) return null;
  return sql`r.seq IN (SELECT value FROM json_each(${JSON.stringify(seqs)}))`;
}
