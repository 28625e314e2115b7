// Corpus views over the SQLite index tables: an entity across all records, quotes, event mentions,
// timeline counts and geocoded places. Read-only; every row carries the record and span it came
// from so the UI can link each fact back to its sentence.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ArticleRecord } from '../../record/types.js';
import type {
  DateRange,
  EntityProfile,
  EventHit,
  EventQuery,
  PlacePoint,
  QuoteHit,
  QuoteQuery,
  TimelineBucket,
  TimelineQuery,
} from '../store.js';
import type { Database, EventsTable } from './schema.js';
import { currentKey, nameKey } from '../../record/entity-key.js';
import type { SqlDialect } from './dialect.js';

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 500;
/** Rows listed in each part of an entity page: enough to read, small enough to stay fast on 100k records. */
const PROFILE_LIST = 20;
/** Records scanned when filtering quotes by an entity mentioned inside them (needs each record's spans). */
const ABOUT_SCAN_LIMIT = 2_000;
/** Places drawn on the map at most. */
const MAX_PLACES = 1_000;

const page = (p: { limit?: number; offset?: number }) => ({
  limit: Math.min(Math.max(p.limit ?? DEFAULT_PAGE, 0), MAX_PAGE),
  offset: Math.max(p.offset ?? 0, 0),
});

/** Inclusive range conditions on a date column; `until` compares on its own length so "2022" means the whole year. */
function dateConditions(column: RawBuilder<unknown>, r: DateRange): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = [];
  if (r.since) where.push(sql`${column} >= ${r.since}`);
  if (r.until) where.push(sql`substr(${column}, 1, ${r.until.length}) <= ${r.until}`);
  return where;
}

const and = (parts: RawBuilder<unknown>[]) => (parts.length > 0 ? sql.join(parts, sql` AND `) : sql`TRUE`);

type QuoteRow = {
  id: string;
  title: string | null;
  published: string | null;
  local_id: string;
  kind: string;
  speaker: string;
  speaker_key: string | null;
  content: string;
  start: number;
  end: number;
  pieces: string | null;
  record_seq: number;
};

const quoteHit = (r: QuoteRow): QuoteHit => ({
  recordId: r.id,
  title: r.title,
  published: r.published,
  span: [r.start, r.end],
  quoteId: r.local_id,
  kind: r.kind,
  speaker: r.speaker,
  speakerKey: r.speaker_key,
  content: r.content,
  pieces: r.pieces ? (JSON.parse(r.pieces) as [number, number][]) : [[r.start, r.end]],
});

const QUOTE_COLUMNS = sql`r.id, r.title, r.published, q.record_seq, q.local_id, q.kind, q.speaker, q.speaker_key, q.content, q.start, q."end", q.pieces`;

export async function findQuotes(db: Kysely<Database>, q: QuoteQuery): Promise<{ total: number; quotes: QuoteHit[] }> {
  const { limit, offset } = page(q);
  const where: RawBuilder<unknown>[] = [sql`r.duplicate_of IS NULL`, ...dateConditions(sql`r.published`, q)];
  if (q.speaker)
    where.push(
      sql`(q.speaker_key IN (${q.speaker}, ${currentKey(q.speaker)}) OR lower(q.speaker) LIKE ${'%' + q.speaker.toLowerCase() + '%'})`,
    );
  if (q.text) where.push(sql`lower(q.content) LIKE ${'%' + q.text.toLowerCase() + '%'}`);
  if (q.about) {
    const key = await resolveEntity(db, q.about);
    if (!key) return { total: 0, quotes: [] };
    where.push(sql`q.record_seq IN (SELECT record_seq FROM entities WHERE key = ${key})`);
    return quotesAbout(db, key, and(where), limit, offset);
  }
  const cond = and(where);
  const rows = (
    await sql<QuoteRow>`SELECT ${QUOTE_COLUMNS} FROM quotes q JOIN records r ON r.seq = q.record_seq
    WHERE ${cond} ORDER BY r.published DESC NULLS LAST, q.record_seq DESC, q.start LIMIT ${limit} OFFSET ${offset}`.execute(
      db,
    )
  ).rows;
  const total = (
    await sql<{
      n: number;
    }>`SELECT count(*) AS n FROM quotes q JOIN records r ON r.seq = q.record_seq WHERE ${cond}`.execute(db)
  ).rows[0].n;
  return { total: Number(total), quotes: rows.map(quoteHit) };
}

/**
 * Quotes whose content contains a mention of the entity. The index tables keep no mention spans,
 * so candidate quotes (in records that mention the entity) are checked against the record's spans.
 */
async function quotesAbout(
  db: Kysely<Database>,
  key: string,
  cond: RawBuilder<unknown>,
  limit: number,
  offset: number,
) {
  const rows = (
    await sql<
      QuoteRow & { json: string }
    >`SELECT ${QUOTE_COLUMNS}, j.json FROM quotes q JOIN records r ON r.seq = q.record_seq JOIN record_json j ON j.seq = r.seq
    WHERE ${cond} ORDER BY r.published DESC NULLS LAST, q.record_seq DESC, q.start LIMIT ${ABOUT_SCAN_LIMIT}`.execute(
      db,
    )
  ).rows;
  const mentionsBySeq = new Map<number, readonly (readonly [number, number])[]>();
  const keys = await localIds(db, key);
  const matching = rows.filter((row) => {
    let spans = mentionsBySeq.get(row.record_seq);
    if (!spans) {
      const record = JSON.parse(row.json) as ArticleRecord;
      const local = keys.get(row.record_seq);
      spans = record.entities.filter((e) => e.id === local).flatMap((e) => e.mentions);
      mentionsBySeq.set(row.record_seq, spans);
    }
    const pieces: [number, number][] = row.pieces ? JSON.parse(row.pieces) : [[row.start, row.end]];
    return spans.some(([s, e]) => pieces.some(([ps, pe]) => s >= ps && e <= pe));
  });
  return { total: matching.length, quotes: matching.slice(offset, offset + limit).map(quoteHit) };
}

/** An entity key as given, or the key most often carrying the given name. */
async function resolveEntity(db: Kysely<Database>, keyOrName: string): Promise<string | null> {
  const row = (
    await sql<{
      key: string;
    }>`SELECT key FROM entities WHERE key IN (${keyOrName}, ${currentKey(keyOrName)}) OR name_fold = ${nameKey(keyOrName)}
    GROUP BY key ORDER BY (key IN (${keyOrName}, ${currentKey(keyOrName)})) DESC, count(*) DESC LIMIT 1`.execute(db)
  ).rows[0];
  return row?.key ?? null;
}

async function localIds(db: Kysely<Database>, key: string): Promise<Map<number, string>> {
  const rows = await db.selectFrom('entities').select(['record_seq', 'local_id']).where('key', '=', key).execute();
  return new Map(rows.map((r) => [r.record_seq, r.local_id]));
}

/** An event row with the record it belongs to. */
type EventRow = Omit<EventsTable, 'record_seq'> & { id: string; title: string | null; published: string | null };

function eventConditions(
  q: { type?: string; modality?: string; bbox?: readonly number[] } & DateRange,
): RawBuilder<unknown> {
  const where: RawBuilder<unknown>[] = [sql`r.duplicate_of IS NULL`, ...dateConditions(sql`ev.date`, q)];
  if (q.type) where.push(sql`ev.type = ${q.type.toUpperCase()}`);
  if (q.modality) where.push(sql`ev.modality = ${q.modality}`);
  if (q.bbox) {
    const [west, south, east, north] = q.bbox;
    where.push(sql`ev.lat BETWEEN ${south} AND ${north}`);
    // A box may cross the antimeridian (west > east).
    where.push(west <= east ? sql`ev.lon BETWEEN ${west} AND ${east}` : sql`(ev.lon >= ${west} OR ev.lon <= ${east})`);
  }
  return and(where);
}

export async function findEventMentions(
  db: Kysely<Database>,
  q: EventQuery,
): Promise<{ total: number; events: EventHit[] }> {
  const { limit, offset } = page(q);
  const cond = eventConditions(q);
  const rows = (
    await sql<EventRow>`SELECT r.id, r.title, r.published, ev.local_id, ev.type, ev.modality, ev.place_key, ev.lat, ev.lon,
      ev.country, ev.time, ev.date, ev.start, ev."end"
    FROM events ev JOIN records r ON r.seq = ev.record_seq WHERE ${cond}
    ORDER BY ev.date DESC NULLS LAST, ev.record_seq DESC, ev.start LIMIT ${limit} OFFSET ${offset}`.execute(db)
  ).rows;
  const total = (
    await sql<{
      n: number;
    }>`SELECT count(*) AS n FROM events ev JOIN records r ON r.seq = ev.record_seq WHERE ${cond}`.execute(db)
  ).rows[0].n;
  return {
    total: Number(total),
    events: rows.map((r) => ({
      recordId: r.id,
      title: r.title,
      published: r.published,
      span: [r.start, r.end] as const,
      eventId: r.local_id,
      type: r.type,
      modality: r.modality,
      placeKey: r.place_key,
      lat: r.lat,
      lon: r.lon,
      country: r.country,
      time: r.time,
      date: r.date,
    })),
  };
}

export async function timeline(db: Kysely<Database>, dialect: SqlDialect, q: TimelineQuery): Promise<TimelineBucket[]> {
  const period = q.interval === 'week' ? dialect.weekStart(sql`ev.date`) : sql`ev.date`;
  const cond = and([sql`ev.date IS NOT NULL`, eventConditions(q)]);
  // Counts are of events (clusters of reports across records, ./events.ts), not of mentions.
  const rows = (
    await sql<TimelineBucket>`SELECT ${period} AS period, ev.type AS type, ev.modality AS modality, count(DISTINCT ev.cluster) AS count
    FROM events ev JOIN records r ON r.seq = ev.record_seq WHERE ${cond}
    GROUP BY 1, ev.type, ev.modality ORDER BY 1`.execute(db)
  ).rows;
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

export async function places(db: Kysely<Database>, q: DateRange & { limit?: number }): Promise<PlacePoint[]> {
  const limit = Math.min(Math.max(q.limit ?? MAX_PLACES, 0), MAX_PLACES);
  const cond = and([sql`e.lat IS NOT NULL`, sql`r.duplicate_of IS NULL`, ...dateConditions(sql`r.published`, q)]);
  const rows = (
    await sql<PlacePoint>`SELECT e.key AS key, min(e.type) AS type, min(e.name) AS name, avg(e.lat) AS lat, avg(e.lon) AS lon,
      min(e.country) AS country, count(DISTINCT e.record_seq) AS records
    FROM entities e JOIN records r ON r.seq = e.record_seq WHERE ${cond}
    GROUP BY e.key ORDER BY records DESC, e.key LIMIT ${limit}`.execute(db)
  ).rows;
  return rows.map((r) => ({ ...r, records: Number(r.records) }));
}

export async function entityProfile(db: Kysely<Database>, given: string): Promise<EntityProfile | null> {
  // A key from before names were folded (an old link) finds the entity under today's key.
  const key = currentKey(given);
  type Mention = {
    seq: number;
    local_id: string;
    type: string;
    name: string;
    mentions: number;
    lat: number | null;
    lon: number | null;
    country: string | null;
    id: string;
    title: string | null;
    published: string | null;
  };
  const all = (
    await sql<Mention>`SELECT e.record_seq AS seq, e.local_id, e.type, e.name, e.mentions, e.lat, e.lon, e.country, r.id, r.title, r.published
    FROM entities e JOIN records r ON r.seq = e.record_seq WHERE e.key = ${key} AND r.duplicate_of IS NULL
    ORDER BY r.published DESC NULLS LAST, r.seq DESC`.execute(db)
  ).rows;
  if (all.length === 0) return null;
  const overTime = new Map<string, { date: string; records: number; mentions: number }>();
  for (const m of all) {
    if (!m.published) continue;
    const date = m.published.slice(0, 10);
    const day = overTime.get(date) ?? { date, records: 0, mentions: 0 };
    day.records++;
    day.mentions += m.mentions;
    overTime.set(date, day);
  }
  const recent = all.slice(0, PROFILE_LIST);
  const details = await describe(db, recent);
  const quotes = (
    await sql<QuoteRow>`SELECT ${QUOTE_COLUMNS} FROM quotes q JOIN records r ON r.seq = q.record_seq
    WHERE q.speaker_key = ${key} AND r.duplicate_of IS NULL ORDER BY r.published DESC NULLS LAST, q.start LIMIT ${PROFILE_LIST}`.execute(
      db,
    )
  ).rows;
  const cooccurring = (
    await sql<{ key: string; type: string; name: string; records: number }>`
    SELECT o.key AS key, min(o.type) AS type, min(o.name) AS name, count(DISTINCT o.record_seq) AS records
    FROM entities o WHERE o.record_seq IN (SELECT record_seq FROM entities WHERE key = ${key}) AND o.key != ${key}
    GROUP BY o.key ORDER BY records DESC, name LIMIT ${PROFILE_LIST}`.execute(db)
  ).rows;
  const first = recent[0];
  return {
    key,
    type: first.type,
    name: mostCommon(all.map((m) => m.name)),
    aliases: details.aliases,
    title: details.title,
    affiliation: details.affiliation,
    geo:
      first.lat !== null && first.lon !== null
        ? { lat: first.lat, lon: first.lon, country: first.country ?? '' }
        : null,
    records: all.length,
    mentions: all.reduce((n, m) => n + m.mentions, 0),
    overTime: [...overTime.values()].sort((a, b) => a.date.localeCompare(b.date)),
    appearances: details.appearances,
    quotes: quotes.map(quoteHit),
    cooccurring: cooccurring.map((c) => ({ ...c, records: Number(c.records) })),
  };
}

/** Title, affiliation, aliases and first-mention spans, read from the entity's most recent records. */
async function describe(
  db: Kysely<Database>,
  recent: { seq: number; local_id: string; id: string; title: string | null; published: string | null }[],
) {
  const rows = await db
    .selectFrom('record_json')
    .select(['seq', 'json'])
    .where(
      'seq',
      'in',
      recent.map((m) => m.seq),
    )
    .execute();
  const bySeq = new Map(rows.map((r) => [r.seq, JSON.parse(r.json) as ArticleRecord]));
  const aliases = new Set<string>();
  let title: string | null = null;
  let affiliation: string | null = null;
  const appearances: EntityProfile['appearances'] = [];
  for (const m of recent) {
    const entity = bySeq.get(m.seq)?.entities.find((e) => e.id === m.local_id);
    if (!entity) continue;
    for (const a of entity.aliases) aliases.add(a);
    title ??= entity.title ?? null;
    affiliation ??= entity.affiliation ?? null;
    const span = entity.mentions[0];
    if (span)
      appearances.push({
        recordId: m.id,
        title: m.title,
        published: m.published,
        span: [span[0], span[1]],
        local: m.local_id,
      });
  }
  return { aliases: [...aliases], title, affiliation, appearances };
}

function mostCommon(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
}
