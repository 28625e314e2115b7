// Searches and corpus views off the main thread: a few worker threads, each with its own read-only
// connection (./search-worker.ts), take them in arrival order. A costly read then delays only the
// reads queued behind it, never the server's other requests (an article, a page of the UI), and
// each has a time limit counted from its arrival: the worker aborts a search at the limit, and a
// worker that still has not answered a moment later (a corpus view, or a statement that does not
// reach the per-row check) is replaced.
import { Worker } from 'node:worker_threads';
import { SEARCH_TIME_LIMIT_MS, SearchQueryError, SearchTimeoutError } from '../query-text.js';
import type { ReadAnswer, ReadJob, SearchWorkerData } from './search-worker.js';
import { SEARCH_BOUNDS, type SearchBounds } from '../search-bounds.js';
import type { ReadKind, ReadQuery, ReadResult } from './reads.js';

export { SEARCH_TIME_LIMIT_MS };
/** How long after the limit a worker that has not answered is given up and replaced, in ms. */
export const SEARCH_GRACE_MS = 500;

/**
 * Time a corpus view may take, in ms. Longer than a search's: the entity page of a place named in
 * a quarter of 100,000 records, or the map of all of them, takes 1–5 s on this 2-core machine, and
 * an answer late is better than none. It no longer holds up other requests, and a repeat of the
 * same view while it runs waits for that answer (../read-cache.ts) instead of starting again.
 */
export const VIEW_TIME_LIMIT_MS = 10_000;

export interface SearchPoolOptions {
  threads: number;
  /** Time limit of a search, in ms. */
  limitMs?: number;
  /** Time limit of a corpus view, in ms. */
  viewLimitMs?: number;
  graceMs?: number;
  /** What a search counts, ranks and samples (../search-bounds.ts). */
  searchBounds?: SearchBounds;
}

interface Pending {
  job: ReadJob;
  resolve(result: unknown): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
  slot?: Slot;
}

interface Slot {
  worker: Worker;
  /** Settles when the worker has opened its connection and takes searches. */
  started: Promise<void>;
  ready: boolean;
  pending?: Pending;
}

const FROM_SOURCES = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`./search-worker${FROM_SOURCES ? '.ts' : '.js'}`, import.meta.url);

/** As in ingest/pool.ts: Node 20 does not pass --import loaders to workers, so from sources the worker registers tsx itself. */
export function startSearchWorker(path: string, searchBounds: SearchBounds = SEARCH_BOUNDS): Worker {
  const workerData: SearchWorkerData = { path, searchBounds };
  if (!FROM_SOURCES) return new Worker(WORKER_URL, { workerData });
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

export class SearchPool {
  private readonly slots: Slot[];
  private readonly queue: Pending[] = [];
  private readonly limitMs: number;
  private readonly viewLimitMs: number;
  private readonly graceMs: number;
  private readonly searchBounds: SearchBounds;
  private nextId = 0;
  private closed = false;
  /** Settles when every first worker has opened its connection (a slow start is not counted against searches). */
  readonly ready: Promise<void>;

  constructor(
    private readonly path: string,
    opts: SearchPoolOptions,
  ) {
    this.limitMs = opts.limitMs ?? SEARCH_TIME_LIMIT_MS;
    this.viewLimitMs = opts.viewLimitMs ?? VIEW_TIME_LIMIT_MS;
    this.graceMs = opts.graceMs ?? SEARCH_GRACE_MS;
    this.searchBounds = opts.searchBounds ?? SEARCH_BOUNDS;
    this.slots = Array.from({ length: Math.max(1, opts.threads) }, () => this.startSlot());
    this.ready = Promise.all(this.slots.map((s) => s.started)).then(() => undefined);
  }

  /** A search or corpus view (./search-worker.ts READS), answered by a thread within the time limit. */
  read<K extends ReadKind>(kind: K, query: ReadQuery<K>): Promise<ReadResult<K>> {
    if (this.closed) return Promise.reject(new Error('the search pool is closed'));
    const limitMs = kind === 'search' ? this.limitMs : this.viewLimitMs;
    return new Promise((resolve, reject) => {
      const job: ReadJob = { id: this.nextId++, kind, query, deadline: Date.now() + limitMs, limitMs };
      const pending: Pending = {
        job,
        resolve: resolve as (result: unknown) => void,
        reject,
        timer: setTimeout(() => this.expire(pending), limitMs + this.graceMs),
      };
      this.queue.push(pending);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) this.settle(p, new Error('the search pool is closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private startSlot(): Slot {
    const worker = startSearchWorker(this.path, this.searchBounds);
    let started!: () => void;
    let failed!: (err: Error) => void;
    const slot: Slot = {
      worker,
      ready: false,
      started: new Promise((resolve, reject) => {
        started = resolve;
        failed = reject;
      }),
    };
    worker.on('message', (answer: ReadAnswer | 'ready') => {
      if (answer === 'ready') {
        slot.ready = true;
        started();
        this.dispatch();
        return;
      }
      const p = slot.pending;
      if (!p || p.job.id !== answer.id) return;
      slot.pending = undefined;
      if ('result' in answer) this.settle(p, null, answer.result);
      else this.settle(p, answerError(answer.error));
      this.dispatch();
    });
    worker.on('error', (err) => {
      failed(new Error(`search worker failed to start: ${err.message}`));
      if (slot.pending) this.settle(slot.pending, new Error(`search worker failed: ${err.message}`));
      this.replace(slot);
    });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.ready && !slot.pending) {
        const next = this.queue.shift();
        if (!next) return;
        if (Date.now() >= next.job.deadline) {
          this.settle(
            next,
            new SearchTimeoutError(
              `${what(next.job.kind)} waited ${next.job.limitMs} ms behind other reads: try again`,
            ),
          );
          continue;
        }
        next.slot = slot;
        slot.pending = next;
        slot.worker.postMessage(next.job);
      }
    }
  }

  /** The backstop: a read not answered by its limit plus the grace fails, and its worker is replaced. */
  private expire(p: Pending): void {
    const queued = this.queue.indexOf(p);
    if (queued >= 0) this.queue.splice(queued, 1);
    const advice = p.job.kind === 'search' ? 'use fewer or more specific words' : 'narrow it with dates or filters';
    this.settle(p, new SearchTimeoutError(`${what(p.job.kind)} took longer than ${p.job.limitMs} ms: ${advice}`));
    if (p.slot && p.slot.pending === p) this.replace(p.slot);
  }

  /** Swaps a stuck or crashed worker for a fresh one; the old thread ends when its statement returns. */
  private replace(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.closed) return;
    slot.pending = undefined;
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined);
    slot.worker.terminate().catch(() => undefined);
    this.slots[index] = this.startSlot();
    this.dispatch();
  }

  private settle(p: Pending, err: Error | null, result?: unknown): void {
    clearTimeout(p.timer);
    if (err) p.reject(err);
    else p.resolve(result);
  }
}

/** A read's name in messages. */
function what(kind: ReadKind): string {
  return kind === 'search' ? 'search' : `the ${kind} view`;
}

function answerError(e: { kind: string; message: string }): Error {
  if (e.kind === 'timeout') return new SearchTimeoutError(e.message);
  if (e.kind === 'query') return new SearchQueryError(e.message);
  return new Error(e.message);
}
