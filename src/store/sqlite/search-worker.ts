// Worker thread entry for ./search-pool.ts: a read-only connection of its own, one search at a
// time. better-sqlite3 cannot interrupt a running statement, so every candidate row passes
// through a function that throws once the search's deadline has passed, which aborts it.
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { SearchQuery } from '../store.js';
import { SearchQueryError, SearchTimeoutError } from '../query-text.js';
import type { Database } from '../sql/schema.js';
import { searchRecords } from './search.js';

export interface SearchJob {
  id: number;
  query: SearchQuery;
  /** Date.now() after which the search is abandoned. */
  deadline: number;
  limitMs: number;
}

export type SearchAnswer =
  | { id: number; page: import('../store.js').SearchPage }
  | { id: number; error: { kind: 'query' | 'timeout' | 'other'; message: string } };

const { path } = workerData as { path: string };
const sqlite = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
let job: SearchJob | undefined;

sqlite.function('dateline_in_time', { deterministic: false }, () => {
  if (job && Date.now() > job.deadline)
    throw new SearchTimeoutError(`search took longer than ${job.limitMs} ms: use fewer or more specific words`);
  return 1;
});
const GUARD = sql`dateline_in_time() = 1`;

// The pool sends one job at a time and the next only after this one's answer.
parentPort!.on('message', async (next: SearchJob) => {
  job = next;
  let answer: SearchAnswer;
  try {
    answer = { id: next.id, page: await searchRecords(db, next.query, GUARD) };
  } catch (err) {
    const kind = err instanceof SearchTimeoutError ? 'timeout' : err instanceof SearchQueryError ? 'query' : 'other';
    answer = { id: next.id, error: { kind, message: (err as Error).message } };
  }
  job = undefined;
  parentPort!.postMessage(answer);
});

parentPort!.postMessage('ready');
