// Worker thread entry for ./search-pool.ts: a read-only connection of its own, one read at a time
// (a search, or one of the corpus views). better-sqlite3 cannot interrupt a running statement, so
// every candidate row of a search passes through a function that throws once the search's
// deadline has passed, which aborts it; a corpus view that overruns is abandoned by the pool.
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { SearchQueryError, SearchTimeoutError } from '../query-text.js';
import type { Database } from '../sql/schema.js';
import type { SearchBounds } from '../search-bounds.js';
import { runRead, sqliteReads, type ReadKind } from './reads.js';
import { withStatementCache } from './statement-cache.js';
import { warmUpSearches, type WarmUpHints } from '../warm-up.js';
import type { SearchQuery } from '../store.js';

export interface SearchWorkerData {
  path: string;
  searchBounds: SearchBounds;
}

const { path, searchBounds } = workerData as SearchWorkerData;
const sqlite = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });

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
const reads = sqliteReads(db, sql`dateline_in_time() = 1`, searchBounds);

// The pool sends one job at a time and the next only after this one's answer.
parentPort!.on('message', async (next: ReadJob) => {
  job = next;
  let answer: ReadAnswer;
  try {
    answer = { id: next.id, result: await runRead(reads, next.kind, next.query as never) };
  } catch (err) {
    const kind = err instanceof SearchTimeoutError ? 'timeout' : err instanceof SearchQueryError ? 'query' : 'other';
    answer = { id: next.id, error: { kind, message: (err as Error).message } };
  }
  job = undefined;
  parentPort!.postMessage(answer);
});

/**
 * Searches run once, unseen, before the thread takes reads (../warm-up.ts): 100,000 records, first
 * requests one at a time, server CPU p95 90 ms without them, 50 ms after them. Each has a time
 * limit of its own, so a filter that matches little (a walk over every record) cannot hold up the
 * start.
 */
const WARM_UP_LIMIT_MS = 1_000;

/** The newest record's values the warm-up searches are made from (../warm-up.ts WarmUpHints). */
function newestHints(): WarmUpHints | undefined {
  return sqlite
    .prepare<[], WarmUpHints>(
      `SELECT r.title, r.published, coalesce(r.uri, r.path) AS uri,
        (SELECT e.type FROM events e WHERE e.record_seq = r.seq ORDER BY e.rowid LIMIT 1) AS eventType,
        (SELECT e.modality FROM events e WHERE e.record_seq = r.seq ORDER BY e.rowid LIMIT 1) AS modality,
        (SELECT n.key FROM entities n WHERE n.record_seq = r.seq ORDER BY n.rowid LIMIT 1) AS entityKey
      FROM records r ORDER BY r.seq DESC LIMIT 1`,
    )
    .get();
}

function warmUpSearch(query: SearchQuery): Promise<unknown> {
  job = { id: -1, kind: 'search', query, deadline: Date.now() + WARM_UP_LIMIT_MS, limitMs: WARM_UP_LIMIT_MS };
  return reads.search(query).finally(() => (job = undefined));
}

// Should even the warm-up's own reading fail, the thread is as it would have been without it.
await (async () => warmUpSearches(warmUpSearch, newestHints()))().catch(() => undefined);
parentPort!.postMessage('ready');
