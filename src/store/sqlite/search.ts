// Full-text search with filters and facets over the SQLite store. FTS5's bm25 ranks (title
// weighted above body); snippets mark matched terms with [ ].
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { SearchHit, SearchPage, SearchQuery } from '../store.js';
import type { Database } from '../sql/schema.js';
import { filterConditions } from '../sql/filters.js';
import { MAX_PREFIX_COMPLETIONS, parseQueryText, prefixWord, tooBroadPrefix, type QueryTerm } from '../query-text.js';
import { snippet, SNIPPET_WORDS } from '../snippet.js';
import { recordFacetRows, searchFacets, type CountInCode } from '../sql/facets.js';
import { cappedTotal, SEARCH_BOUNDS, type SearchBounds } from '../search-bounds.js';
import { foldText } from '../../text/fold.js';
import { sourceListCondition } from './source-index.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 500;
/** bm25 column weights: title, text, authors. */
const BM25_WEIGHTS = sql.raw('bm25(records_fts, 5.0, 1.0, 2.0)');

/**
 * What a user types as an FTS5 query (see ../query-text.ts for the rules and limits): every term
 * quoted, so FTS syntax in the input cannot break the query; a prefix term keeps its *. Terms are
 * folded as the index is (fts.ts), so "Erdogan" and "Erdoğan" find each other.
 */
export function ftsQuery(terms: readonly QueryTerm[]): string | null {
  return terms.length > 0 ? terms.map((t) => `"${foldText(t.text)}"${t.prefix ? '*' : ''}`).join(' ') : null;
}

/** Above every character, to bound a range of words that start with a prefix. */
const LAST_CHAR = '\u{10FFFF}';

/** The query's terms, each prefix checked against the index's vocabulary; SearchQueryError when one is too broad. */
async function queryTerms(db: Kysely<Database>, text: string | undefined): Promise<QueryTerm[]> {
  const terms = text ? parseQueryText(text) : [];
  const prefixes = terms.filter((t) => t.prefix);
  if (prefixes.length === 0) return terms;
  // A per-connection view of the index's words (temp: nothing is written to the database).
  await sql`CREATE VIRTUAL TABLE IF NOT EXISTS temp.records_vocab USING fts5vocab(main, records_fts, 'row')`.execute(
    db,
  );
  for (const t of prefixes) {
    const start = prefixWord(t.text);
    const { n } = (
      await sql<{
        n: number;
      }>`SELECT count(*) AS n FROM (SELECT 1 FROM temp.records_vocab WHERE term >= ${start} AND term <= ${start + LAST_CHAR} LIMIT ${MAX_PREFIX_COMPLETIONS + 1})`.execute(
        db,
      )
    ).rows[0];
    if (n > MAX_PREFIX_COMPLETIONS) throw tooBroadPrefix(t);
  }
  return terms;
}

type HitRow = {
  seq: number;
  id: string;
  title: string | null;
  published: string | null;
  authors: string;
  source: string | null;
  score: number;
  /** The group's record that matched best, when it is not the hit itself. */
  mseq?: number;
};

/** The record whose text a hit's snippet comes from: the best-matching one of its group. */
const textSeq = (r: HitRow) => r.mseq ?? r.seq;

/**
 * The records r a full-text match finds, as first records of their groups: every record is
 * matched, near-duplicates too, and a copy stands for its group's first record, so a word only a
 * copy has finds the group and the group is one hit. Unordered. The first records the match finds
 * themselves come straight from the index; those found only through a copy of theirs (most
 * searches have none) are looked up first, from the copies alone (index records_duplicate_of),
 * so the common query stays a walk of the full-text index that can stop early.
 */
async function matchedHeads(
  db: Kysely<Database>,
  match: string,
  cond: RawBuilder<unknown>,
  walk: RawBuilder<unknown>,
): Promise<{ direct: (scored?: boolean) => RawBuilder<unknown>; viaCopies: number[]; copiesMatch: boolean }> {
  // Each copy is looked up in the full-text index by its rowid: `m.seq IN (SELECT rowid ... MATCH)`
  // would list every match of the words first (100 ms for a common word at 100,000 records).
  const matches = (seq: RawBuilder<unknown>) =>
    sql`EXISTS (SELECT 1 FROM records_fts WHERE records_fts MATCH ${match} AND records_fts.rowid = ${seq})`;
  // The filters only for the groups of copies that match (most searches have none): run with the
  // join, SQLite may evaluate a filter's subquery before it knows there is nothing to filter.
  const groups = (
    await sql<{ id: string }>`SELECT DISTINCT m.duplicate_of AS id FROM records m
      WHERE m.duplicate_of IS NOT NULL AND ${matches(sql`m.seq`)}`.execute(db)
  ).rows.map((r) => r.id);
  const viaCopies =
    groups.length === 0
      ? []
      : (
          await sql<{ seq: number }>`SELECT r.seq FROM records r
            WHERE r.id IN (SELECT value FROM json_each(${JSON.stringify(groups)})) AND NOT ${matches(sql`r.seq`)} AND ${cond}`.execute(
            db,
          )
        ).rows.map((r) => r.seq);
  // `scored`: each record's bm25 score too, as the rank window reads it (searchRecords).
  const direct = (scored = false) =>
    sql`SELECT records_fts.rowid AS seq${scored ? sql`, ${BM25_WEIGHTS} AS score` : sql``} FROM records_fts JOIN records r ${walk} ON r.seq = records_fts.rowid WHERE records_fts MATCH ${match} AND ${cond}`;
  return { direct, viaCopies, copiesMatch: groups.length > 0 };
}

/**
 * How a walk over the records reads them: from the index records_walk (migration 0014: seq, group,
 * date) when the filters test no other column of records, else from the table. SQLite reads the
 * table by rowid unless told (it has no statistics to weigh the index's denser pages by): at
 * 100,000 records a common word's newest matches in one year touched 2,900 table pages, 260 so.
 * `source` is the source filter's indexed form, when it has one: it tests the seq alone.
 */
function walkIndex(q: SearchQuery, source: RawBuilder<unknown> | null): RawBuilder<unknown> {
  return q.author || (q.source && !source) ? sql`` : sql`INDEXED BY records_walk`;
}

/** The query's filters as one condition on records r, the source in its indexed form when it has one (./source-index.ts). */
async function searchFilters(
  db: Kysely<Database>,
  q: SearchQuery,
  guard?: RawBuilder<unknown>,
): Promise<{ cond: RawBuilder<unknown>; walk: RawBuilder<unknown> }> {
  const sourceCondition = q.source ? await sourceListCondition(db, q.source) : null;
  const cond = sql.join([...filterConditions(q, 'LIKE', { sourceCondition }), ...(guard ? [guard] : [])], sql` AND `);
  return { cond, walk: walkIndex(q, sourceCondition) };
}

/**
 * The facets' pieces for counting in code (../sql/facets.ts): grouped in SQL, the entity and event
 * facets cost 2.7 and 2.2 ms CPU per search at 100,000 records (a sorter per GROUP BY and per
 * count(DISTINCT) over ~5,000 and ~2,300 sampled rows), 1.6 and 1.2 ms so. The code test is
 * written `+code` so that SQLite tests each sampled row rather than looking up each code (3.1
 * against 0.6 ms).
 */
const SQLITE_COUNT_IN_CODE: CountInCode = {
  joined: (expr, sep) => sql`group_concat(${expr}, ${sep})`,
  among: (column, codes) => sql`+${column} IN (SELECT value FROM json_each(${JSON.stringify(codes)}))`,
  text: (column) => sql`coalesce(${column}, '')`,
};

/** A group's first record: the record itself, or the one its near-duplicate mark names. */
const HEAD_SEQ = sql`CASE WHEN m.duplicate_of IS NULL THEN m.seq ELSE (SELECT h.seq FROM records h WHERE h.id = m.duplicate_of) END`;

/**
 * `guard`, when given, is one more condition on every candidate record: a function that throws
 * when the search is past its time limit (./search-worker.ts), which aborts the statement.
 */
export async function searchRecords(
  db: Kysely<Database>,
  q: SearchQuery,
  guard?: RawBuilder<unknown>,
  bounds: SearchBounds = SEARCH_BOUNDS,
): Promise<SearchPage> {
  const limit = Math.min(Math.max(q.limit ?? DEFAULT_LIMIT, 0), MAX_LIMIT);
  const offset = Math.max(q.offset ?? 0, 0);
  const terms = await queryTerms(db, q.text);
  const match = ftsQuery(terms);
  const { cond, walk } = await searchFilters(db, q, guard);
  // The matching records (matchedHeads), newest first: FTS5 walks its rowids backwards cheaply, so
  // the sample and the rank window's floor below stop early unless copies add groups to sort in.
  let matched: RawBuilder<unknown>;
  // Whether the newest matches come with their scores: when no near-duplicate copy matches the
  // words, every group is scored by its first record alone (see below).
  let scored = false;
  if (!match) matched = sql`SELECT r.seq FROM records r ${walk} WHERE ${cond} ORDER BY r.seq DESC`;
  else {
    const { direct, viaCopies, copiesMatch } = await matchedHeads(db, match, cond, walk);
    scored = !copiesMatch;
    matched =
      viaCopies.length === 0
        ? sql`${direct(scored)} ORDER BY records_fts.rowid DESC`
        : sql`SELECT seq FROM (${direct()} UNION ALL SELECT value FROM json_each(${JSON.stringify(viaCopies)})) ORDER BY seq DESC`;
  }
  // The newest matches, one past the cap (../search-bounds.ts): the capped total, the facet sample
  // and the rank window's floor, without visiting the older matches.
  const newestRows = (await sql<{ seq: number; score?: number }>`${matched} LIMIT ${bounds.totalCap + 1}`.execute(db))
    .rows;
  const newest = newestRows.map((r) => r.seq);
  const sample = newest.slice(0, bounds.facetSample);
  // Under the cap these are all the matches: a page sorted by date is taken from them. Past it the
  // matches are many, and walking the date index with the filters soon finds a page (with few,
  // that walk could cross the whole index).
  const everyMatch = newest.length <= bounds.totalCap;

  let rows: HitRow[];
  if (scored) {
    // No copy matches, so each group's best-matching record is the group's first record, scored as
    // the window was walked: the page is the window's best, read without a second pass over the
    // index. (That pass, bounded by the window's floor, cost 2-10 ms CPU at 100,000 records: FTS5
    // serves a rowid bound far slower than a walk from the newest that stops at a limit.)
    const page = newestRows
      .slice(0, bounds.rankWindow)
      .sort((a, b) => a.score! - b.score! || b.seq - a.seq)
      .slice(offset, offset + limit);
    const records = new Map(
      (
        await sql<HitRow>`SELECT r.seq, r.id, r.title, r.published, r.authors, coalesce(r.uri, r.path) AS source
          FROM records r WHERE r.seq IN (SELECT value FROM json_each(${JSON.stringify(page.map((p) => p.seq))}))`.execute(
          db,
        )
      ).rows.map((r) => [r.seq, r]),
    );
    // (A record removed by a writer since the walk is left out, as a later search would leave it.)
    rows = page.flatMap((p) => {
      const r = records.get(p.seq);
      return r ? [{ ...r, score: p.score! }] : [];
    });
  } else if (match) {
    const floor = newest.length > bounds.rankWindow ? newest[bounds.rankWindow - 1] : 0;
    // A group's score is its best-matching record's, whose text gives the snippet (SQLite takes
    // the bare column x.mseq from the row that has the min()). Only the window's groups are scored
    // (they passed the filters already); records under its floor cannot be in it. Materialised:
    // bm25() cannot run in a subquery the planner folds into an aggregate. The page's groups are
    // picked (g) before their records are read: reading all the window's rows cost a table page
    // each. Ties in score go newest first, as in the PostgreSQL store.
    const window = JSON.stringify(newest.slice(0, bounds.rankWindow));
    rows = (
      await sql<HitRow>`
      WITH x AS MATERIALIZED (SELECT records_fts.rowid AS mseq, ${HEAD_SEQ} AS head, ${BM25_WEIGHTS} AS score
            FROM records_fts JOIN records m INDEXED BY records_walk ON m.seq = records_fts.rowid
            WHERE records_fts MATCH ${match} AND records_fts.rowid >= ${floor}
              AND ${HEAD_SEQ} IN (SELECT value FROM json_each(${window}))),
      g AS MATERIALIZED (SELECT head, min(score) AS score, mseq FROM x
            GROUP BY head ORDER BY score, head DESC LIMIT ${limit} OFFSET ${offset})
      SELECT r.seq, r.id, r.title, r.published, r.authors, coalesce(r.uri, r.path) AS source, g.score, g.mseq
      FROM g JOIN records r ON r.seq = g.head ORDER BY g.score, g.head DESC`.execute(db)
    ).rows;
  } else {
    rows = (
      await sql<HitRow>`
      SELECT r.seq, r.id, r.title, r.published, r.authors, coalesce(r.uri, r.path) AS source, 0 AS score
      FROM records r WHERE ${everyMatch ? sql`r.seq IN (SELECT value FROM json_each(${JSON.stringify(newest)}))` : cond}
      ORDER BY r.published DESC, r.seq DESC LIMIT ${limit} OFFSET ${offset}`.execute(db)
    ).rows;
  }
  // Snippets for the page's hits only (./snippet.ts), from the indexed text.
  const texts = new Map(
    (
      await sql<{
        seq: number;
        text: string;
      }>`SELECT rowid AS seq, text FROM records_fts WHERE rowid IN (SELECT value FROM json_each(${JSON.stringify(rows.map(textSeq))}))`.execute(
        db,
      )
    ).rows.map((t) => [t.seq, t.text]),
  );

  const hits: SearchHit[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    published: r.published,
    authors: JSON.parse(r.authors) as string[],
    source: r.source,
    snippet: snippet(texts.get(textSeq(r)) ?? '', terms, SNIPPET_WORDS)
      .replace(/\s+/g, ' ')
      .trim(),
    score: -r.score,
  }));
  const page: SearchPage = {
    ...cappedTotal(newest.length, bounds),
    hits,
    facets: await searchFacets(db, (seq) => sql`${seq} IN (SELECT value FROM json_each(${JSON.stringify(sample)}))`, {
      entityRows: recordFacetRows,
      records: sql`records INDEXED BY records_walk`,
      countInCode: SQLITE_COUNT_IN_CODE,
    }),
  };
  if (newest.length > bounds.facetSample) page.facetSample = bounds.facetSample;
  return page;
}

/** Record seqs matching a query, in publication order (for exports). */
export async function filteredSeqs(db: Kysely<Database>, q: SearchQuery): Promise<number[]> {
  const match = ftsQuery(await queryTerms(db, q.text));
  const { cond, walk } = await searchFilters(db, q);
  let where = cond;
  if (match) {
    const { direct, viaCopies } = await matchedHeads(db, match, cond, walk);
    where = sql`r.seq IN (${direct()} UNION ALL SELECT value FROM json_each(${JSON.stringify(viaCopies)}))`;
  }
  const rows = (
    await sql<{ seq: number }>`SELECT r.seq FROM records r WHERE ${where} ORDER BY r.published, r.seq`.execute(db)
  ).rows;
  return rows.map((r) => r.seq);
}
