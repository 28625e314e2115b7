// The full-text index. FTS5's unicode61 tokenizer folds case and most Latin diacritics, but not
// letters without a decomposition ("Łódź" stays "łodz", "Đoković" "đokovic", "Şanlıurfa"
// "sanlıurfa") nor Greek accents, so "Lodz" would not find "Łódź". So the index is an external-
// content FTS5 table: the original title, text and authors live in records_search_text (what
// snippets and highlights show), and the index is built from their `foldText` forms (what
// matches). Folding keeps every word a word, so the index's word positions fall on the original
// words and highlights land on "Łódź" itself. Queries are folded the same way (search.ts).
import { sql, type Kysely, type Transaction } from 'kysely';
import { foldText } from '../../text/fold.js';
import { NO_PROGRESS, type MigrationProgress } from '../migration-progress.js';

export interface FtsFields {
  title: string;
  text: string;
  authors: string;
}

/** Indexes one record's searchable fields under its seq. */
export async function indexRecordText(db: Kysely<any> | Transaction<any>, seq: number, f: FtsFields): Promise<void> {
  await sql`INSERT INTO records_search_text(seq, title, text, authors) VALUES (${seq}, ${f.title}, ${f.text}, ${f.authors})`.execute(
    db,
  );
  await sql`INSERT INTO records_fts(rowid, title, text, authors) VALUES (${seq}, ${foldText(f.title)}, ${foldText(f.text)}, ${foldText(f.authors)})`.execute(
    db,
  );
}

/** Removes one record from the index: an external-content index is told the folded values it holds. */
export async function unindexRecordText(db: Kysely<any> | Transaction<any>, seq: number): Promise<void> {
  const row = (
    await sql<FtsFields>`SELECT title, text, authors FROM records_search_text WHERE seq = ${seq}`.execute(db)
  ).rows[0];
  if (!row) return;
  await sql`INSERT INTO records_fts(records_fts, rowid, title, text, authors) VALUES ('delete', ${seq}, ${foldText(row.title)}, ${foldText(row.text)}, ${foldText(row.authors)})`.execute(
    db,
  );
  await sql`DELETE FROM records_search_text WHERE seq = ${seq}`.execute(db);
}

/** Rows re-indexed per step by the migration. */
const REINDEX_BATCH = 500;

/**
 * Migration: moves the self-contained index of migration 0001 to the external-content form above
 * and re-indexes every stored record from its folded text.
 */
export async function foldSearchIndex(db: Kysely<any>, progress: MigrationProgress = NO_PROGRESS): Promise<void> {
  await sql`CREATE TABLE records_search_text (seq INTEGER PRIMARY KEY, title TEXT NOT NULL, text TEXT NOT NULL, authors TEXT NOT NULL)`.execute(
    db,
  );
  await sql`INSERT INTO records_search_text(seq, title, text, authors) SELECT rowid, title, text, authors FROM records_fts`.execute(
    db,
  );
  await sql`DROP TABLE records_fts`.execute(db);
  await sql`CREATE VIRTUAL TABLE records_fts USING fts5(title, text, authors, content = 'records_search_text', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2')`.execute(
    db,
  );
  const maxSeq = Number(
    (await sql<{ max: number | null }>`SELECT max(seq) AS max FROM records_search_text`.execute(db)).rows[0]?.max ?? 0,
  );
  let done = 0;
  for (let after = -1; ;) {
    const rows = (
      await sql<
        FtsFields & { seq: number }
      >`SELECT seq, title, text, authors FROM records_search_text WHERE seq > ${after} ORDER BY seq LIMIT ${REINDEX_BATCH}`.execute(
        db,
      )
    ).rows;
    if (rows.length === 0) break;
    for (const r of rows) {
      await sql`INSERT INTO records_fts(rowid, title, text, authors) VALUES (${r.seq}, ${foldText(r.title)}, ${foldText(r.text)}, ${foldText(r.authors)})`.execute(
        db,
      );
    }
    after = rows[rows.length - 1].seq;
    done += rows.length;
    progress.update(done, maxSeq > 0 ? Math.min(after / maxSeq, 1) : 1);
  }
}
