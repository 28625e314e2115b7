// Events across articles: the same event reported by several sources becomes one cluster.
// When a record is stored, each of its events joins the best matching cluster — same type and
// modality, dates within CLUSTER_WINDOW_DAYS, the same place when both name one, and overlapping
// actors when both name some — or starts a new one. Removing a record detaches its events and
// refreshes (or deletes) the clusters they were in. Counts of events are counts of clusters.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { ArticleRecord, Event } from '../../record/types.js';
import { currentKey, entityKey, nameKey } from '../../record/entity-key.js';
import type { ClusteredEvent, EventClusterQuery, EventSource } from '../store.js';
import type { Database } from './schema.js';
import type { SqlDialect } from './dialect.js';

/** Reports of one event rarely differ by more than a few days in the date they give or imply. */
export const CLUSTER_WINDOW_DAYS = 3;
/**
 * The longest a cluster may span. Without it, reports a few days apart chain into one cluster
 * that grows without end (and every insert re-reads all its members).
 */
export const MAX_CLUSTER_SPAN_DAYS = 7;
export const DEFAULT_EVENTS_PAGE = 50;
export const MAX_EVENTS_PAGE = 500;
const DAY_MS = 86_400_000;

interface Participants {
  actors: string[];
  targets: string[];
  placeKey: string | null;
  country: string | null;
  date: string | null;
}

/**
 * The key of a side named by words and no entity ("police"): its folded words, under a prefix no
 * entity key has, so reports naming the same words share it as they share an entity's key.
 */
export const WORDS_KEY_PREFIX = 'words:';
export const wordsKey = (words: string) => `${WORDS_KEY_PREFIX}${nameKey(words)}`;

/** Corpus keys of an event's participants and the day it is placed on. */
function participants(r: ArticleRecord, ev: Event): Participants {
  const byId = new Map(r.entities.map((e) => [e.id, e]));
  const keys = (ids: readonly string[], words: readonly { text: string }[] = []) => [
    ...ids
      .map((id) => byId.get(id))
      .filter((e) => e !== undefined)
      .map((e) => entityKey(e)),
    ...words.map((w) => wordsKey(w.text)),
  ];
  const place = ev.place ? byId.get(ev.place) : undefined;
  return {
    actors: keys(ev.actors, ev.actorWords),
    targets: keys(ev.targets, ev.targetWords),
    placeKey: place ? entityKey(place) : null,
    country: place?.geo?.country ?? null,
    date: eventDay(ev, r.published),
  };
}

/** An event's own full date, else (for news, not background) the publication day. */
function eventDay(ev: Event, published: string | null): string | null {
  if (ev.time && /^\d{4}-\d{2}-\d{2}/.test(ev.time)) return ev.time.slice(0, 10);
  if (ev.background) return null;
  return published?.slice(0, 10) ?? null;
}

const shift = (day: string, days: number) => new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);
const overlap = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length;

interface ClusterRow {
  id: number;
  place_key: string | null;
  country: string | null;
  first_date: string | null;
  last_date: string | null;
  actors: string;
  targets: string;
}

/** Whether a mention can be the same event as a cluster; null if not, else a score (higher is better). */
function fit(c: ClusterRow, p: Participants): number | null {
  if (c.place_key && p.placeKey && c.place_key !== p.placeKey) return null;
  const actors = JSON.parse(c.actors) as string[];
  const shared = overlap(actors, p.actors);
  if (actors.length > 0 && p.actors.length > 0 && shared === 0) return null;
  // With neither a shared place nor shared actors there is nothing to say it is the same event.
  const samePlace = !!c.place_key && c.place_key === p.placeKey;
  if (!samePlace && shared === 0) return null;
  return shared * 2 + (samePlace ? 1 : 0) + overlap(JSON.parse(c.targets) as string[], p.targets);
}

/** Puts each event of a freshly inserted record into a cluster (called inside put's transaction). */
export async function clusterRecordEvents(trx: Transaction<Database>, seq: number, r: ArticleRecord): Promise<void> {
  for (const ev of r.events) {
    const p = participants(r, ev);
    const cluster = (p.date ? await bestCluster(trx, ev, p, p.date) : undefined) ?? (await newCluster(trx, ev, p));
    await sql`UPDATE events SET cluster = ${cluster}, actors = ${JSON.stringify(p.actors)}, targets = ${JSON.stringify(p.targets)}
      WHERE record_seq = ${seq} AND local_id = ${ev.id}`.execute(trx);
    await refreshClusters(trx, [cluster]);
  }
}

async function bestCluster(
  trx: Transaction<Database>,
  ev: Event,
  p: Participants,
  date: string,
): Promise<number | undefined> {
  const rows = (
    await sql<ClusterRow>`SELECT id, place_key, country, first_date, last_date, actors, targets FROM event_clusters
    WHERE type = ${ev.type} AND modality = ${ev.modality}
      AND last_date >= ${shift(date, -CLUSTER_WINDOW_DAYS)} AND first_date <= ${shift(date, CLUSTER_WINDOW_DAYS)}
      AND first_date >= ${shift(date, -MAX_CLUSTER_SPAN_DAYS)} AND last_date <= ${shift(date, MAX_CLUSTER_SPAN_DAYS)}`.execute(
      trx,
    )
  ).rows;
  let best: { id: number; score: number } | undefined;
  for (const c of rows) {
    const score = fit(c, p);
    if (score !== null && (!best || score > best.score)) best = { id: c.id, score };
  }
  return best?.id;
}

async function newCluster(trx: Transaction<Database>, ev: Event, p: Participants): Promise<number> {
  const row = (
    await sql<{
      id: number;
    }>`INSERT INTO event_clusters (type, modality, place_key, country, first_date, last_date, actors, targets)
    VALUES (${ev.type}, ${ev.modality}, ${p.placeKey}, ${p.country}, ${p.date}, ${p.date}, ${JSON.stringify(p.actors)}, ${JSON.stringify(p.targets)})
    RETURNING id`.execute(trx)
  ).rows[0];
  return row.id;
}

/** Recomputes dates, participants and counts of clusters from their events; deletes empty ones. */
async function refreshClusters(trx: Transaction<Database>, ids: readonly number[]): Promise<void> {
  for (const id of new Set(ids)) {
    type Member = {
      record_seq: number;
      actors: string | null;
      targets: string | null;
      place_key: string | null;
      country: string | null;
      date: string | null;
      time: string | null;
      published: string | null;
    };
    const members = (
      await sql<Member>`SELECT e.record_seq, e.actors, e.targets, e.place_key, e.country, e.date, e.time, r.published
      FROM events e JOIN records r ON r.seq = e.record_seq WHERE e.cluster = ${id}`.execute(trx)
    ).rows;
    if (members.length === 0) {
      await sql`DELETE FROM event_clusters WHERE id = ${id}`.execute(trx);
      continue;
    }
    const dates = members
      .map((m) => m.date)
      .filter((d): d is string => !!d)
      .sort();
    const union = (k: 'actors' | 'targets') => [
      ...new Set(members.flatMap((m) => JSON.parse(m[k] ?? '[]') as string[])),
    ];
    const place = members.find((m) => m.place_key);
    await sql`UPDATE event_clusters SET first_date = ${dates[0] ?? null}, last_date = ${dates.at(-1) ?? null},
      actors = ${JSON.stringify(union('actors'))}, targets = ${JSON.stringify(union('targets'))},
      place_key = ${place?.place_key ?? null}, country = ${place?.country ?? null},
      mentions = ${members.length}, sources = ${new Set(members.map((m) => m.record_seq)).size}
      WHERE id = ${id}`.execute(trx);
  }
}

/** Detaches a record's events from their clusters before the record is removed (inside put's transaction). */
export async function detachRecordEvents(trx: Transaction<Database>, seq: number): Promise<void> {
  const ids = (
    await sql<{ cluster: number | null }>`SELECT DISTINCT cluster FROM events WHERE record_seq = ${seq}`.execute(trx)
  ).rows
    .map((r) => r.cluster)
    .filter((c): c is number => c !== null);
  await sql`UPDATE events SET cluster = NULL WHERE record_seq = ${seq}`.execute(trx);
  await refreshClusters(trx, ids);
}

/** Clustered events matching a query, most recent first, each with the sources that report it. */
export async function findEventClusters(
  db: Kysely<Database>,
  dialect: SqlDialect,
  q: EventClusterQuery,
): Promise<{ total: number; events: ClusteredEvent[] }> {
  const limit = Math.min(Math.max(q.limit ?? DEFAULT_EVENTS_PAGE, 0), MAX_EVENTS_PAGE);
  const offset = Math.max(q.offset ?? 0, 0);
  const where = [sql`TRUE`];
  if (q.type) where.push(sql`c.type = ${q.type.toUpperCase()}`);
  if (q.modality) where.push(sql`c.modality = ${q.modality}`);
  if (q.since) where.push(sql`c.last_date >= ${q.since}`);
  if (q.until) where.push(sql`substr(c.first_date, 1, ${q.until.length}) <= ${q.until}`);
  if (q.country) where.push(sql`c.country = ${q.country.toUpperCase()}`);
  if (q.place)
    where.push(
      sql`(c.place_key IN (${q.place}, ${currentKey(q.place)}) OR c.place_key IN (SELECT key FROM entities WHERE name_fold = ${nameKey(q.place)}))`,
    );
  if (q.actor) {
    const actor = q.actor;
    where.push(
      dialect.jsonArrayHas(
        sql`c.actors`,
        (a) =>
          sql`(${a} IN (${actor}, ${currentKey(actor)}, ${wordsKey(actor)}) OR ${a} IN (SELECT key FROM entities WHERE name_fold = ${nameKey(actor)}))`,
      ),
    );
  }
  if (q.minSources) where.push(sql`c.sources >= ${q.minSources}`);
  const cond = sql.join(where, sql` AND `);
  type Row = {
    id: number;
    type: string;
    modality: string;
    place_key: string | null;
    country: string | null;
    first_date: string | null;
    last_date: string | null;
    actors: string;
    targets: string;
    mentions: number;
    sources: number;
  };
  const rows = (
    await sql<Row>`SELECT c.* FROM event_clusters c WHERE ${cond}
    ORDER BY c.last_date DESC NULLS LAST, c.id DESC LIMIT ${limit} OFFSET ${offset}`.execute(db)
  ).rows;
  const total = Number(
    (await sql<{ n: number }>`SELECT count(*) AS n FROM event_clusters c WHERE ${cond}`.execute(db)).rows[0].n,
  );
  const events: ClusteredEvent[] = [];
  for (const r of rows) {
    const actors = JSON.parse(r.actors) as string[];
    const targets = JSON.parse(r.targets) as string[];
    events.push({
      id: r.id,
      type: r.type,
      modality: r.modality,
      firstDate: r.first_date,
      lastDate: r.last_date,
      place: r.place_key ? await placeOf(db, r.place_key) : null,
      actors: await namesOf(db, actors),
      targets: await namesOf(db, targets),
      mentions: r.mentions,
      sources: await sourcesOf(db, r.id),
    });
  }
  return { total, events };
}

async function namesOf(db: Kysely<Database>, keys: readonly string[]): Promise<{ key: string; name: string }[]> {
  const out: { key: string; name: string }[] = [];
  for (const key of keys) {
    if (key.startsWith(WORDS_KEY_PREFIX)) {
      out.push({ key, name: key.slice(WORDS_KEY_PREFIX.length) });
      continue;
    }
    const row = await db.selectFrom('entities').select('name').where('key', '=', key).limit(1).executeTakeFirst();
    out.push({ key, name: row?.name ?? key });
  }
  return out;
}

async function placeOf(db: Kysely<Database>, key: string): Promise<ClusteredEvent['place']> {
  const row = await db
    .selectFrom('entities')
    .select(['name', 'lat', 'lon', 'country'])
    .where('key', '=', key)
    .limit(1)
    .executeTakeFirst();
  return { key, name: row?.name ?? key, lat: row?.lat ?? null, lon: row?.lon ?? null, country: row?.country ?? null };
}

async function sourcesOf(db: Kysely<Database>, cluster: number): Promise<EventSource[]> {
  type Row = {
    id: string;
    title: string | null;
    published: string | null;
    uri: string | null;
    path: string | null;
    local_id: string;
    start: number;
    end: number;
    date: string | null;
  };
  const rows = (
    await sql<Row>`SELECT r.id, r.title, r.published, r.uri, r.path, e.local_id, e.start, e."end", e.date
    FROM events e JOIN records r ON r.seq = e.record_seq WHERE e.cluster = ${cluster} ORDER BY r.published NULLS FIRST, r.seq`.execute(
      db,
    )
  ).rows;
  return rows.map((r) => ({
    recordId: r.id,
    title: r.title,
    published: r.published,
    source: r.uri ?? r.path,
    eventId: r.local_id,
    span: [r.start, r.end],
    date: r.date,
  }));
}
