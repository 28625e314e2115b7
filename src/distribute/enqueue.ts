// `ingest --queue` and `watch --queue`: the inputs become jobs instead of being processed here.
// Items an earlier run finished (the store's ingest state) or already queued are not added again.
import type { Queue } from 'bullmq';
import type { SourceEntry } from '../sources/item.js';
import type { IngestTarget } from '../store/store.js';
import { jobFromItem, type IngestJob } from './jobs.js';
import { addJob } from './queue.js';

export interface EnqueueSummary {
  /** New jobs, and failed ones sent back to the queue. */
  enqueued: number;
  /** Waiting, running or finished in the queue already. */
  alreadyQueued: number;
  /** Finished by an earlier run, in the store's ingest state. */
  alreadyDone: number;
  skipped: Record<string, number>;
  failed: { input: string; reason: string }[];
}

/** Jobs added at once (each add is a few Redis round trips). */
const BATCH = 64;

export async function enqueue(
  entries: AsyncIterable<SourceEntry>,
  queue: Queue<IngestJob>,
  store: IngestTarget,
  opts: { analyze: boolean; force?: boolean },
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { enqueued: 0, alreadyQueued: 0, alreadyDone: 0, skipped: {}, failed: [] };
  const failedKeys = new Set<string>();
  const checkpoints: { after: readonly string[]; run(): Promise<void> }[] = [];
  let batch: IngestJob[] = [];
  const flush = async () => {
    const outcomes = await Promise.all(batch.map((job) => addJob(queue, job, opts.force)));
    for (const o of outcomes) summary[o === 'queued' ? 'alreadyQueued' : 'enqueued']++;
    batch = [];
  };
  for await (const entry of entries) {
    if ('failure' in entry) {
      failedKeys.add(entry.failure.key);
      summary.failed.push({ input: entry.failure.key, reason: entry.failure.reason });
      await store.recordFailure(entry.failure.key, entry.failure.reason);
    } else if ('skipped' in entry) {
      summary.skipped[entry.skipped.reason] = (summary.skipped[entry.skipped.reason] ?? 0) + 1;
    } else if ('checkpoint' in entry) {
      checkpoints.push(entry.checkpoint);
    } else {
      const { item } = entry;
      if (!opts.force && !item.transient && (await store.ingestState.isDone(item.key, item.version))) {
        summary.alreadyDone++;
        continue;
      }
      try {
        batch.push(await jobFromItem(item, opts.analyze));
      } catch (err) {
        failedKeys.add(item.key);
        summary.failed.push({ input: item.key, reason: (err as Error).message.split('\n')[0] });
      }
      if (batch.length >= BATCH) await flush();
    }
  }
  await flush();
  // A feed's validators are saved once its items are queued: they will be processed by the workers.
  for (const c of checkpoints) if (!c.after.some((k) => failedKeys.has(k))) await c.run();
  return summary;
}

export function formatEnqueueSummary(s: EnqueueSummary, queue: string): string {
  const lines = [
    `${s.enqueued} queued, ${s.alreadyQueued} already queued, ${s.alreadyDone} done earlier, ${s.failed.length} failed → ${queue}`,
  ];
  const skipped = Object.entries(s.skipped);
  if (skipped.length > 0) lines.push(`  skipped: ${skipped.map(([why, n]) => `${n} ${why}`).join(', ')}`);
  for (const f of s.failed.slice(0, 20)) lines.push(`  failed: ${f.input}: ${f.reason}`);
  return lines.join('\n');
}
