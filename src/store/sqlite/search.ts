// Full-text search with filters and facets over the SQLite store. FTS5's bm25 ranks (title
// weighted above body); snippets mark matched terms with [ ].
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Facet, SearchHit, SearchPage, SearchQuery } from '../store.js';
import type { Database } from './schema.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 500;
/** Values listed per facet. */
const FACET_SIZE = 10;
/** bm25 column weights: title, text, authors. */
const BM25_WEIGHTS = sql.raw('bm25(records_fts, 5.0, 1.0, 2.0)');
/** Tokens around a match in a snippet. */
const SNIPPET_TOKENS = 24;

/**
 * Turns what a user types into an FTS5 query: "quoted phrases" stay phrases, other words must all
 * match, a trailing * keeps prefix search; everything else is quoted so FTS syntax cannot break it.
 */
export function ftsQuery(text: string): string | null {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] !== undefined) {
      const phrase = m[1].replace(/"/g, ' ').trim();
      if (phrase) parts.push(`"${phrase}"`);
      continue;
    }
    const word = m[2];
    const prefix = word.endsWith('*');
    const bare = word.replace(/["*]/g, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (bare) parts.push(`"${bare}"${prefix ? '*' : ''}`);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

/** SQL conditions on records r for the query's filters (all but the text). */
function filterConditions(q: SearchQuery): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = [sql`r.duplicate_of IS NULL`];
  if (q.since) where.push(sql`r.published >= ${q.since}`);
  if (q.until) where.push(sql`substr(r.published, 1, ${q.until.length}) <= ${q.until}`);
  if (q.author) where.push(sql`lower(r.authors) LIKE ${'%' + q.author.toLowerCase() + '%'}`);
  if (q.source) where.push(sql`(r.uri LIKE ${'%' + q.source + '%'} OR r.path LIKE ${'%' + q.source + '%'})`);
  if (q.entity) where.push(sql`r.seq IN (SELECT record_seq FROM entities WHERE key = ${q.entity} OR lower(name) = ${q.entity.toLowerCase()})`);
  if (q.place) where.push(sql`r.seq IN (SELECT record_seq FROM entities WHERE type IN ('GPE','LOC','FAC') AND (key = ${q.place} OR lower(name) = ${q.place.toLowerCase()}))`);
  if (q.eventType || q.modality) {
    const ev: RawBuilder<unknown>[] = [];
    if (q.eventType) ev.push(sql`type = ${q.eventType.toUpperCase()}`);
    if (q.modality) ev.push(sql`modality = ${q.modality}`);
    where.push(sql`r.seq IN (SELECT record_seq FROM events WHERE ${sql.join(ev, sql` AND `)})`);
  }
  return where;
}

/**
 * Above this many matches, a text query is ranked among its newest RANK_WINDOW matches only: bm25
 * over half a large corpus costs tens of milliseconds per request, and for news the newest
 * matches are the ones wanted. The total stays exact.
 */
export const RANK_WINDOW = 5_000;
/** Facets are counted over at most this many matches (the newest), so broad queries stay fast; exact below it. */
export const FACET_SAMPLE = 2_000;

type HitRow = { seq: number; id: string; title: string | null; published: string | null; authors: string; source: string | null; snippet: string; score: number };

export async function searchRecords(db: Kysely<Database>, q: SearchQuery): Promise<SearchPage> {
  const limit = Math.min(Math.max(q.limit ?? DEFAULT_LIMIT, 0), MAX_LIMIT);
  const offset = Math.max(q.offset ?? 0, 0);
  const match = q.text ? ftsQuery(q.text) : null;
  const cond = sql.join(filterConditions(q), sql` AND `);
  // The matching records, newest first (FTS5 walks its rowids backwards cheaply).
  const matched = match
    ? sql`SELECT r.seq FROM records_fts JOIN records r ON r.seq = records_fts.rowid WHERE records_fts MATCH ${match} AND ${cond} ORDER BY records_fts.rowid DESC`
    : sql`SELECT r.seq FROM records r WHERE ${cond} ORDER BY r.seq DESC`;
  const total = Number((await sql<{ n: number }>`SELECT count(*) AS n FROM (${matched})`.execute(db)).rows[0]?.n ?? 0);
  const sample = (await sql<{ seq: number }>`${matched} LIMIT ${FACET_SAMPLE}`.execute(db)).rows.map((r) => r.seq);

  let rows: HitRow[];
  if (match) {
    const floor = total > RANK_WINDOW
      ? (await sql<{ seq: number }>`${matched} LIMIT 1 OFFSET ${RANK_WINDOW - 1}`.execute(db)).rows[0]?.seq ?? 0
      : 0;
    rows = (await sql<HitRow>`
      SELECT r.seq, r.id, r.title, r.published, r.authors, coalesce(r.uri, r.path) AS source,
             snippet(records_fts, 1, '[', ']', '…', ${SNIPPET_TOKENS}) AS snippet, ${BM25_WEIGHTS} AS score
      FROM records_fts JOIN records r ON r.seq = records_fts.rowid
      WHERE records_fts MATCH ${match} AND records_fts.rowid >= ${floor} AND ${cond}
      ORDER BY score LIMIT ${limit} OFFSET ${offset}`.execute(db)).rows;
  } else {
    rows = (await sql<HitRow>`
      SELECT r.seq, r.id, r.title, r.published, r.authors, coalesce(r.uri, r.path) AS source,
             substr(f.text, 1, 240) AS snippet, 0 AS score
      FROM records r JOIN records_fts f ON f.rowid = r.seq
      WHERE ${cond}
      ORDER BY r.published DESC, r.seq DESC LIMIT ${limit} OFFSET ${offset}`.execute(db)).rows;
  }

  const hits: SearchHit[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    published: r.published,
    authors: JSON.parse(r.authors) as string[],
    source: r.source,
    snippet: r.snippet.replace(/\s+/g, ' ').trim(),
    score: -r.score,
  }));
  const page: SearchPage = { total, hits, facets: await facets(db, sample) };
  if (total > FACET_SAMPLE) page.facetSample = FACET_SAMPLE;
  return page;
}

async function facets(db: Kysely<Database>, seqs: number[]): Promise<Record<string, Facet[]>> {
  const list = async (query: RawBuilder<Facet>) => (await query.execute(db)).rows.map((f) => ({ value: f.value, count: Number(f.count) }));
  const matched = sql`SELECT value FROM json_each(${JSON.stringify(seqs)})`;
  const [people, organisations, places, eventTypes, modalities, years] = await Promise.all([
    list(sql<Facet>`SELECT name AS value, count(DISTINCT record_seq) AS count FROM entities WHERE type = 'PERSON' AND record_seq IN (${matched}) GROUP BY key ORDER BY count DESC LIMIT ${FACET_SIZE}`),
    list(sql<Facet>`SELECT name AS value, count(DISTINCT record_seq) AS count FROM entities WHERE type = 'ORG' AND record_seq IN (${matched}) GROUP BY key ORDER BY count DESC LIMIT ${FACET_SIZE}`),
    list(sql<Facet>`SELECT name AS value, count(DISTINCT record_seq) AS count FROM entities WHERE type IN ('GPE','LOC','FAC') AND record_seq IN (${matched}) GROUP BY key ORDER BY count DESC LIMIT ${FACET_SIZE}`),
    // Event facets count events (clusters of reports across records), not mentions.
    list(sql<Facet>`SELECT type AS value, count(DISTINCT cluster) AS count FROM events WHERE record_seq IN (${matched}) GROUP BY type ORDER BY count DESC`),
    list(sql<Facet>`SELECT modality AS value, count(DISTINCT cluster) AS count FROM events WHERE record_seq IN (${matched}) GROUP BY modality ORDER BY count DESC`),
    list(sql<Facet>`SELECT substr(published, 1, 4) AS value, count(*) AS count FROM records WHERE seq IN (${matched}) AND published IS NOT NULL GROUP BY value ORDER BY value DESC`),
  ]);
  return { people, organisations, places, eventTypes, modalities, years };
}

/** Record seqs matching a query, in publication order (for exports). */
export async function filteredSeqs(db: Kysely<Database>, q: SearchQuery): Promise<number[]> {
  const match = q.text ? ftsQuery(q.text) : null;
  const cond = sql.join(filterConditions(q), sql` AND `);
  const rows = match
    ? (await sql<{ seq: number }>`SELECT r.seq FROM records_fts JOIN records r ON r.seq = records_fts.rowid WHERE records_fts MATCH ${match} AND ${cond} ORDER BY r.published, r.seq`.execute(db)).rows
    : (await sql<{ seq: number }>`SELECT r.seq FROM records r WHERE ${cond} ORDER BY r.published, r.seq`.execute(db)).rows;
  return rows.map((r) => r.seq);
}
