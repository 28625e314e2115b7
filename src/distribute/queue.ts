// The BullMQ queue of ingest jobs: how jobs are added (idempotently, with retries and backoff),
// counted and listed when they failed for good.
import { Queue, type JobsOptions } from 'bullmq';
import { redisConnection } from './redis.js';
import { jobId, type IngestJob } from './jobs.js';

/** Attempts of one job: network errors and overloaded hosts are often brief. */
export const JOB_ATTEMPTS = 4;
/** First retry delay, doubled on each retry (BullMQ adds no jitter; the per-host pacing spreads them). */
export const RETRY_DELAY_MS = 2_000;
/** Finished jobs are kept this long, so enqueueing the same input again is recognised in Redis alone. */
const KEEP_DONE_S = 7 * 86_400;

export const JOB_OPTIONS: JobsOptions = {
  attempts: JOB_ATTEMPTS,
  backoff: { type: 'exponential', delay: RETRY_DELAY_MS },
  removeOnComplete: { age: KEEP_DONE_S },
  // Failed jobs stay until dealt with: `dateline errors --queue` lists them, enqueueing retries them.
  removeOnFail: false,
};

export function openQueue(url: string, name: string): Queue<IngestJob> {
  return new Queue<IngestJob>(name, { connection: redisConnection(url), defaultJobOptions: JOB_OPTIONS });
}

export type AddOutcome = 'added' | 'queued' | 'retried';

/**
 * Adds a job unless one for the same input is waiting, running or done ('queued'); a job that
 * failed for good is retried; with `force`, a finished one is replaced.
 */
export async function addJob(queue: Queue<IngestJob>, data: IngestJob, force = false): Promise<AddOutcome> {
  // Standard input has one name for different pages: never deduplicated.
  const id = data.transient ? undefined : jobId(data.key);
  if (id) {
    const existing = await queue.getJob(id);
    if (existing) {
      const state = await existing.getState();
      if (state === 'failed') {
        await existing.retry('failed');
        return 'retried';
      }
      if (!(force && state === 'completed')) return 'queued';
      await existing.remove();
    }
  }
  await queue.add('ingest', data, id ? { jobId: id } : {});
  return 'added';
}

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  done: number;
  failed: number;
  /** Jobs finished in the last minute (at most RATE_SAMPLE are looked at). */
  perMinute: number;
}

/** Most recently finished jobs looked at for the rate. */
const RATE_SAMPLE = 1_000;

export async function queueCounts(queue: Queue): Promise<QueueCounts> {
  const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
  const since = Date.now() - 60_000;
  const recent = await queue.getJobs(['completed'], 0, RATE_SAMPLE - 1, false);
  const perMinute = recent.filter((j) => (j.finishedOn ?? 0) >= since).length;
  return {
    waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
    active: c.active ?? 0,
    delayed: c.delayed ?? 0,
    done: c.completed ?? 0,
    failed: c.failed ?? 0,
    perMinute,
  };
}

export interface QueueFailure {
  input: string;
  reason: string;
  at: string;
  attempts: number;
}

/** Jobs that failed for good, oldest first. */
export async function queueFailures(queue: Queue<IngestJob>): Promise<QueueFailure[]> {
  const jobs = await queue.getFailed(0, -1);
  return jobs
    .map((j) => ({
      input: j.data.key,
      reason: j.failedReason ?? 'failed',
      at: new Date(j.finishedOn ?? j.timestamp).toISOString(),
      attempts: j.attemptsMade,
    }))
    .sort((a, b) => a.at.localeCompare(b.at));
}
