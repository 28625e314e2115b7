// Worker thread entry for ./search-pool.ts: a read-only connection of its own, one read at a time
// (a search, or one of the corpus views). better-sqlite3 cannot interrupt a running statement, so
// every candidate row of a search passes through a function that throws once the search's
// deadline has passed, which aborts it; a corpus view that overruns is abandoned by the pool.
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { DateRange, EventClusterQuery, EventQuery, QuoteQuery, SearchQuery, TimelineQuery } from '../store.js';
import { SearchQueryError, SearchTimeoutError } from '../query-text.js';
import type { Database } from '../sql/schema.js';
import { entityProfile, findEventMentions, findQuotes, places, timeline } from '../sql/corpus.js';
import { findEventClusters } from '../sql/events.js';
import { citedDomains, narrows } from '../sql/links.js';
import { sqliteDialect } from './dialect.js';
import { filteredSeqs, searchRecords } from './search.js';

const { path } = workerData as { path: string };
const sqlite = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });

/** What the threads answer: the store's reads that can cost more than an index lookup on a large corpus. */
const READS = {
  search: (q: SearchQuery) => searchRecords(db, q, GUARD),
  entity: (key: string) => entityProfile(db, key),
  quotes: (q: QuoteQuery) => findQuotes(db, q),
  eventMentions: (q: EventQuery) => findEventMentions(db, q),
  timeline: (q: TimelineQuery) => timeline(db, sqliteDialect, q),
  places: (q: DateRange & { limit?: number }) => places(db, q),
  events: (q: EventClusterQuery) => findEventClusters(db, sqliteDialect, q),
  citedDomains: async (q: SearchQuery & { limit?: number }) =>
    citedDomains(db, narrows(q) ? await filteredSeqs(db, q) : null, q.limit),
};
export type ReadKind = keyof typeof READS;
export type ReadQuery<K extends ReadKind> = Parameters<(typeof READS)[K]>[0];
export type ReadResult<K extends ReadKind> = Awaited<ReturnType<(typeof READS)[K]>>;

export interface ReadJob {
  id: number;
  kind: ReadKind;
  query: unknown;
  /** Date.now() after which the read is abandoned. */
  deadline: number;
  limitMs: number;
}

export type ReadAnswer =
  { id: number; result: unknown } | { id: number; error: { kind: 'query' | 'timeout' | 'other'; message: string } };

let job: ReadJob | undefined;

sqlite.function('dateline_in_time', { deterministic: false }, () => {
  if (job && Date.now() > job.deadline)
    throw new SearchTimeoutError(`search took longer than ${job.limitMs} ms: use fewer or more specific words`);
  return 1;
});
const GUARD = sql`dateline_in_time() = 1`;

// The pool sends one job at a time and the next only after this one's answer.
parentPort!.on('message', async (next: ReadJob) => {
  job = next;
  let answer: ReadAnswer;
  try {
    const read = READS[next.kind] as (query: unknown) => Promise<unknown>;
    answer = { id: next.id, result: await read(next.query) };
  } catch (err) {
    const kind = err instanceof SearchTimeoutError ? 'timeout' : err instanceof SearchQueryError ? 'query' : 'other';
    answer = { id: next.id, error: { kind, message: (err as Error).message } };
  }
  job = undefined;
  parentPort!.postMessage(answer);
});

parentPort!.postMessage('ready');
