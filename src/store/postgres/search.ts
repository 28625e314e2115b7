// Full-text search with filters and facets over the PostgreSQL store: a tsvector per record (title
// weight A, body B, authors C) under a GIN index, ranked by ts_rank; snippets with matched terms in
// [ ], built as the SQLite store builds them. The query language is the SQLite store's (one parser,
// ../query-text.ts): all words must match, "quoted phrases" match as phrases, a trailing * a prefix.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { SearchHit, SearchPage, SearchQuery } from '../store.js';
import type { Database } from '../sql/schema.js';
import { eventConditions, filterConditions, hasFilter, type FilterOptions } from '../sql/filters.js';
import { newestWithEntity, walkedEntity, withoutWalked } from './entity-walk.js';
import { newestWithEvent, onlyEventFilters } from './event-walk.js';
import { parseQueryText, type QueryTerm } from '../query-text.js';
import { snippet, SNIPPET_WORDS } from '../snippet.js';
import { recordFacetRows, searchFacets } from '../sql/facets.js';
import { denseSample, sampleRowsInRange } from './facet-ranges.js';
import { cappedTotal, SEARCH_BOUNDS, type SearchBounds } from '../search-bounds.js';
import { checkPrefixBreadth } from './vocabulary.js';
import { authorListCondition, authorLists } from './filter-indexes.js';
import { authorRecords, estimatedAuthorRecords, newestAuthorRecords } from './author-records.js';
import { estimatedRows } from './estimates.js';
import { foldText } from '../../text/fold.js';
import { dateLexemeQuery, provenMonthQuery, storedDateBounds } from './dated-text.js';
import { eventLexemeQuery, eventVector } from './event-lexemes.js';
import { sourceCondition } from './source-filter.js';
import { newestBySource } from './source-walk.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 500;
/** ts_rank weights for D, C, B, A: title (A) above authors (C) above body (B), as the SQLite bm25 weights 5 : 2 : 1. */
const RANK_WEIGHTS = '{0, 0.4, 0.2, 1.0}';

/** The search form of text (../../text/fold.ts, as the SQLite index folds it), without NUL, which PostgreSQL text cannot hold. */
export function fold(text: string): string {
  return foldText(text).replace(/\u0000/g, '');
}

/**
 * The tsvector of a record from its folded text: title weight A, body B, authors C; 'simple' keeps
 * every word, unstemmed, as FTS5's unicode61 does. Then its date lexeme (./dated-text.ts) and its
 * events' lexemes (./event-lexemes.ts).
 */
export function recordVector(
  title: string,
  body: string,
  authors: string,
  published: string | null,
  events: readonly { type: string; modality: string }[],
): RawBuilder<unknown> {
  return sql`setweight(to_tsvector('simple', ${fold(title)}), 'A') || setweight(to_tsvector('simple', ${fold(body)}), 'B') || setweight(to_tsvector('simple', ${fold(authors)}), 'C') || dateline_date_vector(${published}) || ${eventVector(events)}`;
}

/**
 * The text query, and with a date range its date lexemes too (./dated-text.ts): what the records'
 * vectors are tested with (`dated`); and the month lexemes among those dates that prove a record
 * passes the date filters (`proven`, ./dated-text.ts provenMonthQuery).
 */
async function datedQuery(
  db: Kysely<Database>,
  q: SearchQuery,
  query: RawBuilder<unknown>,
): Promise<{ dated: RawBuilder<unknown>; proven: string | null }> {
  const dates = await dateLexemeQuery(q, () => storedDateBounds(db));
  return dates
    ? { dated: sql`(${query} && ${dates}::tsquery)`, proven: provenMonthQuery(q, dates) }
    : { dated: query, proven: null };
}

/**
 * The query's terms (../query-text.ts: the parser and limits the SQLite store uses) as a tsquery:
 * every term must match; phrases, and words with inner punctuation, match as phrases
 * (phraseto_tsquery splits them as to_tsvector split the text); a prefix term keeps :* on its last
 * word. Only letters and digits reach tsquery syntax, so nothing typed can break the query.
 */
export function tsQuery(terms: readonly QueryTerm[]): RawBuilder<unknown> | null {
  const parts = terms.map((t) => {
    if (!t.prefix) return sql`phraseto_tsquery('simple', ${fold(t.text)})`;
    const words = fold(t.text)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    return sql`to_tsquery('simple', ${words.map((w) => `'${w}'`).join(' <-> ') + ':*'})`;
  });
  return parts.length > 0 ? sql`(${sql.join(parts, sql` && `)})` : null;
}

/**
 * The query's words, each alone as a tsquery (a prefix term's last word keeps its :*): every
 * record the whole query matches holds each of them, so the fewest records any one is in bound
 * the query's records from above, where the planner's estimate of the whole (the words' shares
 * multiplied, for a phrase as for words apart) is far low for words that go together.
 */
export function wordQueries(terms: readonly QueryTerm[]): RawBuilder<unknown>[] {
  return terms.flatMap((t) => {
    const words = fold(t.text)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    return words.map((w, i) =>
      t.prefix && i === words.length - 1
        ? sql`to_tsquery('simple', ${`'${w}':*`})`
        : sql`phraseto_tsquery('simple', ${w})`,
    );
  });
}

/** The query's filters as one condition on records r, the author filter in its indexed form (./filter-indexes.ts). */
async function searchFilters(db: Kysely<Database>, q: SearchQuery): Promise<RawBuilder<unknown>> {
  return (await filterBuilder(db, q)).build(q);
}

interface Filters {
  /** The filters of q, or of a part of q, as one condition on records r. */
  build(part: SearchQuery, opts?: FilterOptions): RawBuilder<unknown>;
  /** The author lists the author filter stands for, when it is served by an index (./filter-indexes.ts). */
  authorLists: string[] | null;
}

/** The filters of q, the author's lists found once. */
async function filterBuilder(db: Kysely<Database>, q: SearchQuery): Promise<Filters> {
  const lists = q.author ? await authorLists(db, q.author) : null;
  const authorCondition = lists && authorListCondition(lists);
  // The source with a case-sensitive test in front where it has a run that lowering leaves alone (./source-filter.ts).
  const source = q.source ? sourceCondition(q.source) : null;
  return {
    build: (part, opts = {}) =>
      sql.join(
        filterConditions(part, 'ILIKE', { ...opts, authorCondition, sourceCondition: part.source ? source : null }),
        sql` AND `,
      ),
    authorLists: lists,
  };
}

/**
 * Past this many records expected to be tested, a page by date with an entity or place filter
 * tests membership in the list of the name's records rather than each record's own entities.
 */
const PER_RECORD_TESTS = 5_000;

/**
 * Whether a filter on the record's own columns, served by an index (./filter-indexes.ts), may leave
 * few records. Not the dates (their range is walked with the text's), nor entity, place or event:
 * their records cannot be listed newest first without reading the records table (0.8 s to learn
 * that a city named in 66,000 of a million records is not few).
 */
const hasRecordFilter = (q: SearchQuery) => Boolean(q.author || q.source);

/**
 * How the records of a filter that may leave few (author, source: hasRecordFilter) are listed, in
 * no order and at most `limit`; null for other filters. An author filter alone lists them from
 * record_authors' index (./author-records.ts), not from the records table.
 */
async function filteredRecords(
  db: Kysely<Database>,
  q: SearchQuery,
  filters: Filters,
): Promise<((limit: number) => RawBuilder<{ seq: number }>) | null> {
  if (!hasRecordFilter(q)) return null;
  const lists = aloneAuthorLists(q, filters);
  if (lists) return (await fewAuthorRecords(db, lists)) ? (limit) => authorRecords(lists, limit) : null;
  const cond = filters.build(q);
  return (limit) => sql<{ seq: number }>`SELECT r.seq FROM records r WHERE ${cond} LIMIT ${limit}`;
}

/**
 * Whether the author lists may hold fewer records than FEW_FILTERED, by the planner's estimate
 * (./author-records.ts, estimatedAuthorRecords): past ESTIMATE_MARGIN times the cap they are not
 * listed, and the records are walked at once, as they would be once the list reached the cap.
 * The margin keeps an estimate that is too high from sending an author under the cap to the walk
 * (which tests every record down to the author's newest matches).
 */
async function fewAuthorRecords(db: Kysely<Database>, lists: readonly string[]): Promise<boolean> {
  return lists.length === 0 || (await estimatedAuthorRecords(db, lists)) < FEW_FILTERED * ESTIMATE_MARGIN;
}

/** How far past the list cap the estimate of an author's records must be to skip the list (fewAuthorRecords). */
const ESTIMATE_MARGIN = 2;

/**
 * The author filter's lists when it is the only filter and an index serves it, so that
 * record_authors (first records only) holds all its records (./author-records.ts); else null.
 */
function aloneAuthorLists(q: SearchQuery, filters: Filters): string[] | null {
  // Only the first records' condition is left without the author: no other filter.
  return filters.authorLists && filterConditions({ ...q, author: undefined }, 'ILIKE').length === 1
    ? filters.authorLists
    : null;
}

type HitRow = {
  seq: number;
  id: string;
  title: string | null;
  published: string | null;
  authors: string;
  source: string | null;
  score: number;
  /** The text of the record the snippet comes from (the best-matching one of its group). */
  body: string | null;
};

/**
 * First records r the query finds only through a copy of theirs, from the copies alone (index
 * records_duplicate_of). The first condition, on no row, is a gate PostgreSQL tests once before
 * the join (a one-time filter): with no copies in the store the join is not run at all, where its
 * plan searched the GIN index for the words first (15-30 ms per search at 100,000 records).
 */
async function headsViaCopies(
  db: Kysely<Database>,
  query: RawBuilder<unknown>,
  cond: RawBuilder<unknown>,
): Promise<{ seqs: number[]; groups: string[] }> {
  // The groups of the copies the words match (most searches have none), then their first records
  // that the words do not match themselves and the filters keep.
  const groups = (
    await sql<{ id: string }>`SELECT DISTINCT m.duplicate_of AS id FROM records m JOIN record_text t ON t.seq = m.seq
      WHERE EXISTS (SELECT 1 FROM records c WHERE c.duplicate_of IS NOT NULL)
        AND m.duplicate_of IS NOT NULL AND t.fts @@ ${query}`.execute(db)
  ).rows.map((r) => r.id);
  if (groups.length === 0) return { seqs: [], groups };
  const seqs = (
    await sql<{ seq: number }>`SELECT r.seq FROM records r WHERE r.id = ANY(${groups}::text[])
        AND NOT EXISTS (SELECT 1 FROM record_text h WHERE h.seq = r.seq AND h.fts @@ ${query}) AND ${cond}`.execute(db)
  ).rows.map((r) => r.seq);
  return { seqs, groups };
}

/** A record the walk found, and when asked its rank for the words (ts_rank, as the ranking reads it). */
interface Found {
  seq: number;
  score?: number;
}

/** ts_rank of the record_text t's vector for the words, in the rank weights: one expression for the walk and the ranking. */
const rankOf = (query: RawBuilder<unknown>) => sql`ts_rank(${RANK_WEIGHTS}::float4[], t.fts, ${query})`;

/**
 * The newest `want` records r a text query finds (by seq, newest first), as first records of their
 * groups, as in the SQLite store (../sqlite/search.ts): every record is matched, near-duplicates
 * too, and a copy stands for its group's first record, so a word only a copy has finds the group
 * and the group is one hit.
 *
 * A GIN index returns its matches in no order, so the newest are not the first it gives: ordering
 * all of a common word's matches by seq costs as much as counting them (seconds at a million
 * records). Instead the seqs are walked down in ranges, newest first, each range searched with the
 * GIN index and the primary key together; a range's width comes from how densely the one before
 * matched, so a common word takes one range and a rare one a few. With a filter that leaves few
 * records (`filtered` lists them: author, source), the text is tested on those records instead. Both ask
 * with `dated`, the query with the date range's lexemes, which the GIN index serves with the words.
 */
async function newestTextMatches(
  db: Kysely<Database>,
  query: RawBuilder<unknown>,
  dated: RawBuilder<unknown>,
  cond: RawBuilder<unknown>,
  want: number,
  filtered: ((limit: number) => RawBuilder<{ seq: number }>) | null,
  gate: EventGate | null,
  unfiltered: boolean,
  eachRecord: boolean,
  proven: string | null,
  words: RawBuilder<unknown>[] = [],
): Promise<{ found: Found[]; groups: string[] }> {
  const viaCopies = await headsViaCopies(db, query, cond);
  // The walk reads each record's rank with its vector (rankOf): a group's first record that the
  // words match is ranked without a second read of its vector (the groups whose copies match too
  // are ranked again with those: rankedWithCopies).
  const rank = rankOf(query);
  const found =
    (filtered ? await textMatchesAmong(db, dated, filtered, want, rank) : null) ??
    (await walkNewest(
      db,
      dated,
      unfiltered || gate?.each === null ? null : cond,
      want,
      rank,
      gate,
      eachRecord,
      proven,
      words,
    ));
  return { found: mergeNewest(found, viaCopies.seqs, want), groups: viaCopies.groups };
}

/** A's and b's records together, newest first, the first `want` (b's, found through their copies alone, have no rank of their own). */
function mergeNewest(a: Found[], b: number[], want: number): Found[] {
  if (b.length === 0) return a;
  const bySeq = new Map(a.map((f) => [f.seq, f]));
  for (const seq of b) if (!bySeq.has(seq)) bySeq.set(seq, { seq });
  return [...bySeq.values()].sort((x, y) => y.seq - x.seq).slice(0, want);
}

/** A group's rank: its best-matching record's (the first record itself or a copy: mseq). */
interface Ranked {
  seq: number;
  score: number;
  mseq: number;
}

/**
 * The window's groups ranked, each by its best-matching record (ties: the lowest seq), when copies
 * match the words (`groups`, the first records' ids): a group's first record by the rank the walk
 * read (none when only its copies match), the best of its matching copies read here, for those
 * groups alone. Reading every window record's group and vector again instead cost 20-30 ms of
 * backend CPU per search at 100,000 records (a common word, 1,000 groups ranked).
 */
async function rankedWithCopies(
  db: Kysely<Database>,
  query: RawBuilder<unknown>,
  window: Found[],
  groups: string[],
): Promise<Ranked[]> {
  const copies = new Map(
    (
      await sql<{
        head: number;
        mseq: number;
        score: number;
      }>`SELECT DISTINCT ON (h.seq) h.seq AS head, m.seq AS mseq, ${rankOf(query)} AS score
        FROM records h JOIN records m ON m.duplicate_of = h.id JOIN record_text t ON t.seq = m.seq
        WHERE h.id = ANY(${groups}::text[]) AND h.seq = ANY(${window.map((f) => f.seq)}::int[]) AND t.fts @@ ${query}
        ORDER BY h.seq, score DESC, m.seq`.execute(db)
    ).rows.map((r) => [r.head, { mseq: r.mseq, score: Number(r.score) }]),
  );
  return window.flatMap((f) => {
    const own = f.score === undefined ? undefined : { mseq: f.seq, score: Number(f.score) };
    const copy = copies.get(f.seq);
    const best =
      own && copy
        ? copy.score > own.score || (copy.score === own.score && copy.mseq < own.mseq)
          ? copy
          : own
        : (own ?? copy);
    return best ? [{ seq: f.seq, ...best }] : [];
  });
}

/** Past this many records a filter is common: its text matches are sought by walking the seqs (walkNewest). */
const FEW_FILTERED = 20_000;

/**
 * The newest `want` records among those the filters find that the text matches, when the filters
 * find fewer than FEW_FILTERED (null otherwise). The filtered records come from the filters'
 * indexes (`filtered`), listed in no order (a common filter's list stops at the cap within the first rows
 * read; listed newest first, it sorted all its records: 0.5-0.8 s for a source in 28% of a
 * million). The text is then tested on them newest first, in parts as walkNewest tests ranges:
 * record by record while that is cheap, else through the GIN index for all that remain. (A walk
 * of the seqs in ranges tests every filtered record of a range before it can stop: 1.8 s for
 * "council" among a one-letter author's 7,762 records of a million, 0.25 s so.)
 */
async function textMatchesAmong(
  db: Kysely<Database>,
  query: RawBuilder<unknown>,
  list: (limit: number) => RawBuilder<{ seq: number }>,
  want: number,
  rank: RawBuilder<unknown> | null,
): Promise<Found[] | null> {
  const filtered = (await list(FEW_FILTERED).execute(db)).rows.map((r) => r.seq);
  if (filtered.length >= FEW_FILTERED) return null;
  filtered.sort((a, b) => b - a);
  const found: Found[] = [];
  let width = 2 * want;
  let testRows = true;
  for (let at = 0; at < filtered.length && found.length < want;) {
    const part: number[] = testRows ? filtered.slice(at, at + width) : filtered.slice(at);
    const match: RawBuilder<unknown> = testRows ? sql`ts_match_vq(t.fts, ${query})` : sql`t.fts @@ ${query}`;
    const rows = (
      await sql<Found>`SELECT t.seq${rank ? sql`, ${rank} AS score` : sql``} FROM record_text t WHERE ${match} AND t.seq = ANY(${part}::int[])
        ORDER BY t.seq DESC LIMIT ${want - found.length}`.execute(db)
    ).rows;
    for (const r of rows) found.push(r);
    at += part.length;
    const reads: number = rows.length > 0 ? ((want - found.length) * part.length) / rows.length : Infinity;
    testRows = testRows && reads <= ROW_TEST_READS;
    width = Math.ceil(reads * 1.5);
  }
  return found;
}

/**
 * Past this many records expected to be read, a range is searched through the GIN index rather than
 * by testing each record's vector (about 5 us a record at a million records, warm).
 */
const ROW_TEST_READS = 12_000;

/**
 * The newest `want` records r the text and filters find, walking the seqs down in ranges (see
 * newestTextMatches). A range is searched one of two ways. Through the GIN index, whose cost is
 * that of reading the words' whole posting lists whatever the range (70-90 ms for a phrase of two
 * common words at a million records, where a rare word costs a few ms), or by testing each record
 * of the range down the primary key (ts_match_vq: the @@ operator as a function, which no index
 * serves), whose cost is the records read before `want` are found. A word or phrase in a tenth of
 * the records is found that way in ~10,000 records; the GIN index is left for the rare, whose
 * posting lists are short. The first range is tested record by record, and its density says
 * which way the next one goes. `cond` is the filters' condition on records r, or null when there
 * is no filter (only first records are wanted: the copies are left out from their index).
 */
async function walkNewest(
  db: Kysely<Database>,
  query: RawBuilder<unknown>,
  cond: RawBuilder<unknown> | null,
  want: number,
  rank: RawBuilder<unknown> | null,
  gate: EventGate | null = null,
  eachRecord = false,
  proven: string | null = null,
  parts: readonly RawBuilder<unknown>[] = [],
): Promise<Found[]> {
  const top = Number(
    (await sql<{ top: number | null }>`SELECT max(seq) AS top FROM records`.execute(db)).rows[0].top ?? 0,
  );
  const found: Found[] = [];
  let width = 2 * want;
  let testRows = true;
  // How many records a range may hold and still be tested record by record.
  let rowReads = ROW_TEST_READS;
  // Event filters alone with words rarer than their records (wordsRarerThanEvents): every range
  // goes to the GIN index for the words and each match's events are looked up, from a first range
  // as wide as the words' estimate says holds what is wanted (a word no record holds: the whole
  // store in one range).
  const words = gate && gate.each === null ? await wordsRarerThanEvents(db, query, gate.events) : null;
  if (words !== null) {
    testRows = false;
    width = Math.max(width, Math.ceil((top * want * 1.25) / Math.max(words, 1)));
  } else if (cond === null && gate === null) {
    // No filter: the first range's way is chosen from the planner's estimates of the words'
    // records and of their postings, and a GIN range sized from the most records they can match
    // (expectedMatches), as the next ranges are from the density met in the one before. A first range of 2 * want tested
    // record by record cost a rare word ("putin": 3 matches) 1,095 buffers at 100,000 records
    // before the GIN index was asked (dev). The estimate errs, for phrases of words that go
    // together, by up to 6x low (dev): a first range sized by it was that much too wide for the
    // GIN index, which reads and ranks every match of the range.
    //
    // The way is the cheaper by those estimates, in records tested (ginRangeReads): a range
    // through the GIN index reads the words' postings and the range's primary-key entries, then
    // each match's row; record by record, the range's rows. A rare word (a place in a tenth of
    // 100,000 made records, dev) expected within 9,900 records went record by record while that was
    // under ROW_TEST_READS: 14,873 rows read for 641 matches where the newest were sparser than the
    // word's share, then 12,530 more (24,000 pages); through the GIN index 1,689 pages.
    const expected = await expectedMatches(db, query, parts);
    const reads = (top * want) / Math.max(expected.whole, 1);
    const ginWidth = Math.min(
      top,
      Math.max(want, Math.ceil(((top * want) / Math.max(expected.most, 1)) * FIRST_GIN_MARGIN)),
    );
    rowReads = ginRangeReads(expected.postings, ginWidth, Math.min(want, expected.most) * FIRST_GIN_MARGIN);
    testRows = reads <= rowReads;
    width = testRows ? Math.max(want, Math.ceil(reads * 1.5)) : ginWidth;
  }
  for (let hi = top; hi > 0 && found.length < want;) {
    const lo = Math.max(hi - width, 0);
    // With no filter (cond null) a record is wanted unless it is a copy: the range's copies come
    // from their index (records_copies), and no record row is read (a range through the GIN index
    // of 43,043 records at 100,000 read 4,852 pages, 3,176 of them record rows that only said "no copy").
    const kept = cond ?? copyFree(lo, hi);
    // With a gate (an event filter), only the range's records with such an event are read, listed
    // from the events' record_seq index: their vectors tested one by one, every range. Testing the
    // words of each record first read every vector of the range, and past the first range the GIN
    // index read the words' whole posting lists and PostgreSQL hashed the event's records against
    // them ("officials" with modality future at 100,000 records, dev, load 28: backend CPU 79-100 ms
    // and two parallel workers for a range of 81,000 records, listed 23-27 ms).
    // With the event filters alone (gate.each null) the listed records' events are not looked up
    // again, nor their rows read: the copies are left out from their index, as with no filter.
    const match: RawBuilder<unknown> =
      words !== null
        ? sql`t.fts @@ ${query} AND EXISTS (SELECT 1 FROM events e WHERE e.record_seq = t.seq AND ${gate!.events} OFFSET 0) AND ${kept}`
        : gate
          ? sql`t.seq = ANY(ARRAY(SELECT e.record_seq FROM events e WHERE e.record_seq > ${lo} AND e.record_seq <= ${hi} AND ${gate.events}))
          AND ts_match_vq(t.fts, ${query}) AND ${gate.each ?? kept}`
          : testRows
            ? sql`ts_match_vq(t.fts, ${query}) AND ${kept}`
            : sql`t.fts @@ ${query} AND ${kept}`;
    // The range on both sides of the join: PostgreSQL carries the join's equality across, not a
    // range, and a filter served by an index on records (../sql/filters.ts) is then read for the
    // range only, not whole for every range.
    const records = cond ? sql`JOIN records r ON r.seq = t.seq AND r.seq > ${lo} AND r.seq <= ${hi}` : sql``;
    const range = sql`record_text t ${records} WHERE ${match} AND t.seq > ${lo} AND t.seq <= ${hi}`;
    // Through the GIN index, all the range's matches first (OFFSET 0: a subquery the planner does
    // not merge), then the newest: given ORDER BY and LIMIT over the range, PostgreSQL may walk the
    // primary key down testing each vector instead, as the record-by-record form does, where its
    // estimate of a prefix's matches is too high ("libr*" at 100,000 records: 12,252 vectors
    // tested, 6,563 pages, for 881 matches).
    //
    // With eachRecord (the filters are dates and the query asks the GIN index for their months),
    // the index's matches are nearly the range's answers, and each is tested against its record
    // row, found by key: joined by range instead, PostgreSQL hashed every record row of the range
    // whenever it expected more than a few hundred matches ("officials" in 2023 at 100,000 records,
    // dev: 43,043 record rows read for 1,417 matches, 50 ms of backend CPU against 18 ms so).
    // OFFSET 0 keeps the test a subquery run for each match, which the planner cannot turn into
    // that join. A match whose vector holds a month that proves the date filters (`proven`,
    // ./dated-text.ts provenMonthQuery: the months inside the range) reads no record row: the
    // filters left are "first of its group", asked of the range's copies from their index as with
    // no filter (`kept`); the others (the range's edge months, dates of a year alone or not
    // dates) are tested against their record row as before. "officials" in 2023 at 100,000
    // records (dev): 1,258 matches, 3,774 buffers of record rows read for them.
    const matches = sql`(SELECT t.seq, t.fts FROM record_text t WHERE t.fts @@ ${query} AND t.seq > ${lo} AND t.seq <= ${hi} OFFSET 0) t`;
    const from: RawBuilder<unknown> = testRows
      ? range
      : cond && eachRecord && !gate
        ? proven
          ? sql`${matches} WHERE CASE WHEN ts_match_vq(t.fts, ${proven}::tsquery) THEN ${copyFree(lo, hi)}
              ELSE EXISTS (SELECT 1 FROM records r WHERE r.seq = t.seq AND ${cond} OFFSET 0) END`
          : sql`${matches} CROSS JOIN LATERAL (SELECT 1 FROM records r WHERE r.seq = t.seq AND ${cond} OFFSET 0) r`
        : sql`(SELECT t.seq, t.fts FROM ${range} OFFSET 0) t`;
    const rows = (
      await sql<Found>`SELECT t.seq${rank ? sql`, ${rank} AS score` : sql``} FROM ${from}
        ORDER BY t.seq DESC LIMIT ${want - found.length}`.execute(db)
    ).rows;
    for (const r of rows) found.push(r);
    const missing = want - found.length;
    // The next range should hold what is still wanted at this range's density, with some to spare
    // (a record-by-record test stops at the limit, so its spare costs nothing when the density holds).
    const reads = rows.length > 0 ? (missing * (hi - lo)) / rows.length : Infinity;
    // (With a gate every range is listed and tested record by record, or, for rare words, every
    // range goes to the GIN index.)
    testRows = testRows && (gate !== null || reads <= rowReads);
    width = rows.length > 0 ? Math.ceil(reads * (testRows ? 1.5 : 1.25)) : width * 4;
    hi = lo;
  }
  return found;
}

/** Record t is no copy (a copy stands for its group's first record), asked of the range's copies from their index (records_copies). */
const copyFree = (lo: number, hi: number) =>
  sql`NOT EXISTS (SELECT 1 FROM records c WHERE c.duplicate_of IS NOT NULL AND c.seq = t.seq AND c.seq > ${lo} AND c.seq <= ${hi})`;

/**
 * How much rarer the words must be than the event filters' records, by the planner's estimates, for
 * walkNewest to find them through the GIN index (each match's events then looked up, a few pages)
 * rather than list the event's records and test each one's vector: a margin for the posting lists
 * read whole for each range and for the estimates' error.
 */
const RARER_BY = 4;

/**
 * The planner's estimate of the records the words match when it is under the event filters' rows
 * (conditions on events e) by RARER_BY, else null. A word no record holds, with modality future,
 * tested the vector of every future record of the store (22,749 buffers at 100,000 records, dev).
 */
async function wordsRarerThanEvents(
  db: Kysely<Database>,
  query: RawBuilder<unknown>,
  events: RawBuilder<unknown>,
): Promise<number | null> {
  const [words, eventRows] = await Promise.all([
    estimatedRows(db, wordRecords(query)),
    estimatedRows(db, sql`SELECT e.record_seq FROM events e WHERE ${events}`),
  ]);
  return words * RARER_BY < eventRows ? words : null;
}

/**
 * The records a query with no filter is expected to match: `whole`, the planner's estimate, and
 * `most`, the fewest records any of its parts (wordQueries, and an event lexeme) is expected in
 * (the most the query can match; `whole` when that is less). The planner multiplies the words'
 * shares, for a phrase as for words apart: a phrase of two common words that go together
 * ("school meals") was expected in 2,395 of its 13,651 records at 100,000 made records (dev), and
 * its first range through the GIN index, sized by that, was 52,245 records wide and held 7,119
 * matches, each read and ranked (6,697 pages) where 1,001 were wanted. Sized by `most`, it held
 * fewer than wanted, and the next range was sized from the density met: 1,213 pages for both.
 * The way (GIN index or record by record) is chosen from `whole` and `postings`, the sum of the
 * parts' records (the GIN index's entries a range reads): see POSTINGS_PER_ROW.
 */
async function expectedMatches(
  db: Kysely<Database>,
  query: RawBuilder<unknown>,
  parts: readonly RawBuilder<unknown>[],
): Promise<{ whole: number; most: number; postings: number }> {
  const whole = await estimatedRows(db, wordRecords(query));
  if (parts.length < 2) return { whole, most: whole, postings: whole };
  const each = await Promise.all(parts.map((p) => estimatedRows(db, wordRecords(p))));
  return { whole, most: Math.max(whole, Math.min(...each)), postings: each.reduce((a, b) => a + b, 0) };
}

/**
 * The GIN index's entries read for the cost of testing one record's vector: a range through the
 * GIN index reads every posting of each word, whatever the range, where a range tested record by
 * record stops at the want'th match. At 1,000,000 made records (dev, load 29) a phrase of two
 * common words ("water tariffs", 146,221 records with both) cost 308 ms of CPU in the GIN index
 * for each range, about 2 us an entry; a vector tested cost about 8 us, its page in PostgreSQL's
 * buffers. A first request reads its pages from outside them: at 100,000 made records (dev, load
 * 18, the buffers emptied before each of three runs) a record tested cost 23-85 us, a posting
 * 1.5-6.4 us and a primary-key entry of the range 1.8-2.8 us, a match read and ranked 25-45 us.
 */
const POSTINGS_PER_ROW = 10;

/**
 * How much wider than the words' whole share says the first range through the GIN index is: each
 * range reads all the words' postings again, where a wider one reads only more matches, and the
 * newest records may hold a word more sparsely than the store does (a place in 10% of 100,000
 * made records was in 4% of the newest 20,000, dev).
 */
const FIRST_GIN_MARGIN = 2;

/** A range through the GIN index in records tested (POSTINGS_PER_ROW): the words' postings, the range's primary-key entries, and its matches read. */
const ginRangeReads = (postings: number, width: number, matches: number) =>
  (postings + width) / POSTINGS_PER_ROW + matches;

/** The records the words match, as the planner's estimate is asked for them. */
const wordRecords = (query: RawBuilder<unknown>) => sql`SELECT t.seq FROM record_text t WHERE t.fts @@ ${query}`;

/**
 * An event filter as walkNewest tests it: `events`, the condition on events e that lists a range's
 * records with such an event; `each`, all the filters as a test of each record (perRecord), or
 * null when the event filters are the only ones (the list is then all they keep).
 */
interface EventGate {
  events: RawBuilder<unknown>;
  each: RawBuilder<unknown> | null;
}

/**
 * The newest `want` records r (by seq, newest first) the filters alone find: the primary key walked
 * down. An author filter alone with fewer than FEW_FILTERED records lists them from record_authors'
 * index instead (./author-records.ts), as textMatchesAmong does: the walk tests each record down to
 * the author's `want`th, the whole table for a rare author (8,475 buffers for one with 540 of
 * 100,000 made records, 12 from the index). An author the statistics put far past the cap goes to
 * the walk, which finds its records soon, at once (fewAuthorRecords); one they put under it or near
 * it is listed, up to the cap, and walked when the list reaches it. Event filters alone list their
 * records from the events' indexes, newest first (./event-walk.ts).
 */
async function newestFiltered(db: Kysely<Database>, q: SearchQuery, filters: Filters, want: number): Promise<number[]> {
  if (onlyEventFilters(q)) return newestWithEvent(db, q, want);
  const lists = aloneAuthorLists(q, filters);
  if (lists && (await fewAuthorRecords(db, lists))) {
    const rows = (await newestAuthorRecords(lists, FEW_FILTERED, want).execute(db)).rows;
    if (Number(rows[0]?.listed ?? 0) < FEW_FILTERED) return rows.map((r) => r.seq);
  }
  // A source filter alone: down the index that holds the addresses (./source-walk.ts), reading no record row.
  const newest = onlySourceFilter(q)
    ? newestBySource(filters.build(q), want)
    : sql<{ seq: number }>`SELECT r.seq FROM records r WHERE ${filters.build(q)} ORDER BY r.seq DESC LIMIT ${want}`;
  return (await newest.execute(db)).rows.map((r) => r.seq);
}

/** Whether the query's only filter is the source. */
const onlySourceFilter = (q: SearchQuery) => Boolean(q.source) && !hasFilter({ ...q, source: undefined });

/** Whether the query's only filters are dates (since, until), if any. */
const onlyDateFilters = (q: SearchQuery) => !hasFilter({ ...q, since: undefined, until: undefined });

/** The query's event filter as walkNewest's gate, or null when it has none. */
function eventGate(q: SearchQuery, filters: Filters): EventGate | null {
  const events = eventConditions(q);
  return events ? { events, each: onlyEventFilters(q) ? null : filters.build(q, { perRecord: true }) } : null;
}

export async function searchRecords(
  db: Kysely<Database>,
  q: SearchQuery,
  bounds: SearchBounds = SEARCH_BOUNDS,
): Promise<SearchPage> {
  const limit = Math.min(Math.max(q.limit ?? DEFAULT_LIMIT, 0), MAX_LIMIT);
  const offset = Math.max(q.offset ?? 0, 0);
  const terms = q.text ? parseQueryText(q.text) : [];
  await checkPrefixBreadth(db, terms);
  const query = tsQuery(terms);
  const filters = await filterBuilder(db, q);
  const cond = filters.build(q);
  const entity = walkedEntity(q);
  // The newest matches, one past the cap (../search-bounds.ts): the capped total, the facet sample
  // and for a text query the groups it ranks.
  const { dated, proven } = query ? await datedQuery(db, q, query) : { dated: null, proven: null };
  // One event filter (type or modality) and no other: its lexeme in the records' vectors is the
  // filter, asked of the GIN index with the words (./event-lexemes.ts), and the walk is that of a
  // search with no filter. (The ranks are the words' alone: rankOf is given `query`.)
  const lexeme = query && onlyEventFilters(q) ? eventLexemeQuery(q) : null;
  const text =
    query && dated
      ? await newestTextMatches(
          db,
          query,
          lexeme ? sql`(${dated} && ${lexeme}::tsquery)` : dated,
          cond,
          bounds.totalCap + 1,
          await filteredRecords(db, q, filters),
          // An event filter: the records with such an event listed first (walkNewest).
          lexeme ? null : eventGate(q, filters),
          // No filter but "first of its group" (filterConditions' first condition), or the event
          // filter's lexeme in the query.
          !hasFilter(q) || lexeme !== null,
          // Dates alone, whose months the GIN index is asked for (datedQuery): a match the index
          // gives is tested against its own record (walkNewest).
          dated !== query && onlyDateFilters(q),
          proven,
          // The parts of the query with no filter, for its first range's estimate (walkNewest).
          lexeme ? [...wordQueries(terms), sql`${lexeme}::tsquery`] : wordQueries(terms),
        )
      : null;
  const newest = text
    ? text.found.map((f) => f.seq)
    : entity
      ? await newestWithEntity(
          db,
          entity,
          // (No other filter but "first of its group": the walk leaves the copies out by their index.)
          hasFilter(withoutWalked(q)) ? filters.build(withoutWalked(q)) : null,
          bounds.totalCap + 1,
        )
      : await newestFiltered(db, q, filters, bounds.totalCap + 1);
  const sample = newest.slice(0, bounds.facetSample);
  // Under the cap these are all the matches: a page sorted by date is taken from them. Past it the
  // matches are many, and walking the date index with the filters soon finds a page (with few,
  // that walk could cross the whole index). "OR FALSE" keeps the filters a test of each record:
  // as a condition at the top PostgreSQL turns an IN (subquery) filter (entity, place) into a join,
  // and planned it as a scan of every record sorted by date (260 ms at 100,000 records), where the
  // walk tests each record against the filter's records hashed once (40 ms).
  const everyMatch = newest.length <= bounds.totalCap;
  // An entity, place or event as common as the newest matches say (their density among the newest
  // seqs) is met within few records down the date index: each is tested against its own entities
  // and events rather than against the list of all the name's or the event's records, built first
  // (50-70 ms for 66,000 records of a name; 0.5 s hashed for 66,000 of an event type).
  const density = newest.length / (newest[0] - newest[newest.length - 1] + 1);
  const listed = entity || q.eventType || q.modality;
  const pageCond =
    listed && !everyMatch && (offset + limit) / density <= PER_RECORD_TESTS
      ? filters.build(q, { perRecord: true })
      : cond;

  let rows: HitRow[];
  if (text && query) {
    // The newest bounds.rankWindow matched groups are ranked, each by its best-matching record
    // (itself or one of its copies), whose text gives the snippet: by the ranks the walk read, and
    // where copies match the words too, theirs (rankedWithCopies). Starting from those groups, not
    // from every record the words match, keeps a filtered search from ranking all of a common
    // word's records. The page is the window's best (by rank, ties newest first), and only its
    // records are read.
    const window = text.found.slice(0, bounds.rankWindow);
    const ranked: Ranked[] =
      text.groups.length > 0
        ? await rankedWithCopies(db, query, window, text.groups)
        : window.map((f) => ({ seq: f.seq, score: Number(f.score), mseq: f.seq }));
    const page = ranked.sort((a, b) => b.score - a.score || b.seq - a.seq).slice(offset, offset + limit);
    // Each hit's row with the text its snippet comes from (its group's best-matching record's):
    // one statement, where the texts were a second round trip.
    const records = new Map(
      (
        await sql<HitRow>`SELECT r.seq, r.id, r.title, r.published, r.authors, coalesce(r.uri, r.path) AS source, t.body
          FROM unnest(${page.map((p) => p.seq)}::int[], ${page.map((p) => p.mseq)}::int[]) p(seq, mseq)
          JOIN records r ON r.seq = p.seq LEFT JOIN record_text t ON t.seq = p.mseq`.execute(db)
      ).rows.map((r) => [r.seq, r]),
    );
    // (A record removed by a writer since the walk is left out, as a later search would leave it.)
    rows = page.flatMap((p) => {
      const r = records.get(p.seq);
      return r ? [{ ...r, score: p.score }] : [];
    });
  } else {
    // The page's texts, for the snippets, joined to the page once it is taken (a subquery with a
    // LIMIT is planned on its own): one statement, where they were a second round trip.
    rows = (
      await sql<HitRow>`SELECT p.*, t.body FROM (
        SELECT r.seq, r.id, r.title, r.published, r.authors, coalesce(r.uri, r.path) AS source, 0 AS score
        FROM records r WHERE ${everyMatch ? sql`r.seq = ANY(${newest}::int[])` : sql`(${pageCond} OR FALSE)`}
        ORDER BY r.published DESC NULLS LAST, r.seq DESC LIMIT ${limit} OFFSET ${offset}) p
      LEFT JOIN record_text t ON t.seq = p.seq
      ORDER BY p.published DESC NULLS LAST, p.seq DESC`.execute(db)
    ).rows;
  }

  // Snippets for the page's hits only, built as the SQLite store builds them (../snippet.ts).
  const hits: SearchHit[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    published: r.published,
    authors: JSON.parse(r.authors) as string[],
    source: r.source,
    snippet: snippet(r.body ?? '', terms, SNIPPET_WORDS)
      .replace(/\s+/g, ' ')
      .trim(),
    score: Number(r.score),
  }));
  const page: SearchPage = {
    ...cappedTotal(newest.length, bounds),
    hits,
    facets: await searchFacets(
      db,
      (seq) => sql`${seq} = ANY(${sample}::int[])`,
      denseSample(sample)
        ? {
            // A dense sample's rows read as one range of seqs, not a descent per record (./facet-ranges.ts).
            entityRows: (inSample) =>
              recordFacetRows(
                inSample,
                sampleRowsInRange(sample, 'record_facets', 'record_seq', ['code', 'facet', 'name']),
              ),
            sampleEvents: sampleRowsInRange(sample, 'events', 'record_seq', ['type', 'modality', 'cluster']),
            sampleRecords: sampleRowsInRange(sample, 'records', 'seq', ['seq', 'published']),
          }
        : {
            entityRows: recordFacetRows,
            // Each sampled record's date from the index by seq, a lookup per record (../sql/facets.ts).
            sampleRecords: sql`(SELECT r.seq, r.published FROM unnest(${sample}::int[]) u(seq) JOIN records r ON r.seq = u.seq)`,
          },
    ),
  };
  if (newest.length > bounds.facetSample) page.facetSample = bounds.facetSample;
  return page;
}

/** Record seqs matching a query, in publication order (for exports). */
export async function filteredSeqs(db: Kysely<Database>, q: SearchQuery): Promise<number[]> {
  const terms = q.text ? parseQueryText(q.text) : [];
  await checkPrefixBreadth(db, terms);
  const query = tsQuery(terms);
  const cond = await searchFilters(db, q);
  let where = cond;
  if (query) {
    const viaCopies = (await headsViaCopies(db, query, cond)).seqs;
    where = sql`${cond} AND r.seq IN (SELECT t.seq FROM record_text t WHERE t.fts @@ ${(await datedQuery(db, q, query)).dated} UNION ALL SELECT unnest(${viaCopies}::int[]))`;
  }
  const rows = (
    await sql<{
      seq: number;
    }>`SELECT r.seq FROM records r WHERE ${where} ORDER BY r.published NULLS FIRST, r.seq`.execute(db)
  ).rows;
  return rows.map((r) => r.seq);
}
