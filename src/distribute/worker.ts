// A queue worker: takes ingest jobs from Redis, fetches (politely, paced with every other worker),
// extracts, analyses and stores. Any number run at once, on any number of machines.
//   - A job is done only after its record is stored and the item marked done, so a worker killed
//     mid-job loses nothing: its lock lapses, BullMQ finds the job stalled and hands it to another
//     worker, which stores the same record again as 'unchanged' (ids are content hashes): nothing doubles.
//   - Fetch failures are retried with backoff (queue.ts); a page that cannot become an article
//     fails at once. A job's last failure is also recorded in the store, as an ingest's are.
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { IngestTarget } from '../store/store.js';
import type { Fetcher } from '../sources/fetch/fetcher.js';
import { processPage } from '../ingest/process.js';
import { processInput } from '../ingest/processor.js';
import { storeRecord } from '../ingest/run.js';
import { itemFromJob, type IngestJob } from './jobs.js';
import { redisConnection } from './redis.js';

export interface WorkerOptions {
  queueUrl: string;
  queueName: string;
  store: IngestTarget;
  fetcher: Fetcher;
  /** Jobs in flight in this process: fetches overlap, processing takes turns on the one thread. */
  concurrency: number;
  /** How long a job stays claimed by a worker that stops answering, in ms. */
  lockMs: number;
  /** One line per finished or failed job. */
  log?: (line: string) => void;
}

/** A job may be found stalled this often (its workers killed) before it counts as failed. */
const MAX_STALLED = 10;

export type JobResult = { status: string; id?: string };

export interface RunningWorker {
  worker: Worker<IngestJob, JobResult>;
  /** Finishes the jobs in hand, then closes the worker and its Redis connection. */
  close(): Promise<void>;
}

export function startWorker(opts: WorkerOptions): RunningWorker {
  const { store, fetcher } = opts;
  const handle = async (job: Job<IngestJob, JobResult>): Promise<JobResult> => {
    const data = job.data;
    if (!data.transient && (await store.ingestState.isDone(data.key, data.version))) return { status: 'done earlier' };
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const item = itemFromJob(data, fetcher);
    let content: Uint8Array;
    try {
      content = await item.read();
    } catch (err) {
      const reason = oneLine(err);
      if (lastAttempt) await store.recordFailure(data.key, reason);
      throw new Error(reason, { cause: err });
    }
    let processed;
    try {
      processed = processPage(processInput(item, content, data.analyze));
    } catch (err) {
      // The same bytes fail the same way: no retry.
      await store.recordFailure(data.key, oneLine(err));
      throw new UnrecoverableError(oneLine(err));
    }
    const { status, id } = await storeRecord(store, processed);
    if (!data.transient) await store.ingestState.markDone(data.key, data.version, id);
    await store.clearFailure(data.key);
    return { status, id };
  };
  const connection = redisConnection(opts.queueUrl);
  const worker = new Worker<IngestJob, JobResult>(opts.queueName, handle, {
    connection,
    concurrency: opts.concurrency,
    lockDuration: opts.lockMs,
    stalledInterval: opts.lockMs,
    maxStalledCount: MAX_STALLED,
  });
  worker.on('completed', (job, result) => opts.log?.(`${result.status}  ${job.data.key}`));
  worker.on('failed', (job, err) =>
    opts.log?.(`failed (attempt ${job?.attemptsMade ?? '?'})  ${job?.data.key ?? ''}: ${err.message}`),
  );
  // Connection trouble is retried by BullMQ; report it without ending the process.
  worker.on('error', (err) => opts.log?.(`worker error: ${err.message}`));
  return {
    worker,
    async close() {
      await worker.close();
      // BullMQ leaves a connection it was given open.
      connection.disconnect();
    },
  };
}

function oneLine(err: unknown): string {
  return ((err as Error).message ?? String(err)).split('\n')[0];
}
