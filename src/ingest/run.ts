// Ingest: source entries -> (read, extract, analyse) -> store, shared by the CLI and the server.
// Items are read and processed several at a time (fetches to different hosts overlap, workers
// use every core) but written strictly in source order by this one writer, so near-duplicate
// grouping is deterministic and a killed run resumes exactly: an item is marked done only after
// its record is stored, and finished items are not read again. Failures are recorded with their
// reason and retried by the next run.
import type { IngestTarget, PutStatus } from '../store/store.js';
import type { SourceEntry, SourceItem } from '../sources/item.js';
import type { ArticleRecord } from '../record/types.js';
import { processInput, type Processed, type Processor } from './processor.js';
import { findGroup, rememberFingerprint } from './near-duplicates.js';
import { sourceKey as sourceOf } from '../record/id.js';

export interface IngestSummary {
  new: number;
  /** Stored already with the same content (files whose size and mtime are unchanged are not even read). */
  unchanged: number;
  updated: number;
  /** Exact duplicates of a stored record (same normalised text): not stored again. */
  duplicate: number;
  /** Stored records grouped under an earlier near-duplicate. */
  nearDuplicate: number;
  /** Items without a version (URLs, feed items, archive records) finished by an earlier run: not read or fetched again. */
  alreadyDone: number;
  /** Entries deliberately not ingested, counted by reason (WARC request records, old sitemap entries...). */
  skipped: Record<string, number>;
  failed: { input: string; reason: string }[];
}

export interface IngestProgress {
  done: number;
  failed: number;
  current: string;
  /** How far through its inputs the source is (0..1), when it knows. */
  fraction?: number;
}

export interface IngestOptions {
  /** Called after each item. */
  onProgress?: (p: IngestProgress) => void;
  /** Where extraction and analysis run (default: this thread). */
  processor?: Processor;
  /** False: extraction only. */
  analyze?: boolean;
  /** Items read and processed ahead of the writer. */
  window?: number;
  /** Read and process items even when an earlier run finished them. */
  force?: boolean;
  /**
   * A reason not to store a processed item (counted under `skipped`), or null to store it. A
   * skipped item is not marked done: a later run without the filter reads it again.
   */
  skip?: (processed: Processed, key: string) => string | null;
}

/** Default items in flight: enough to overlap fetches to a few hosts and keep workers busy, small enough for flat memory. */
export const DEFAULT_WINDOW = 16;

export function emptySummary(): IngestSummary {
  return { new: 0, unchanged: 0, updated: 0, duplicate: 0, nearDuplicate: 0, alreadyDone: 0, skipped: {}, failed: [] };
}

type Outcome = { processed: Processed; item: SourceItem } | { error: string };
type Step =
  | { kind: 'item'; key: string; item: SourceItem; outcome: Promise<Outcome>; ready: boolean }
  | { kind: 'failure'; key: string; reason: string }
  | { kind: 'other'; entry: SourceEntry };

export async function ingest(
  entries: AsyncIterable<SourceEntry>,
  store: IngestTarget,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const summary = emptySummary();
  // Extraction and analysis load only when this thread processes pages itself.
  const processor = opts.processor ?? (await import('./process.js')).inlineProcessor;
  const window = opts.window ?? DEFAULT_WINDOW;
  const failedKeys = new Set<string>();
  // Inputs that failed in earlier runs: their failure is cleared when they succeed now.
  const failedBefore = new Set((await store.failures()).map((f) => f.input));
  const queue: Step[] = [];
  let done = 0;

  const fail = async (key: string, reason: string) => {
    failedKeys.add(key);
    summary.failed.push({ input: key, reason });
    await store.recordFailure(key, reason).catch(() => undefined);
  };

  const write = async (step: Step) => {
    if (step.kind === 'other') return void (await settleOther(step.entry, summary, failedKeys));
    const key = step.key;
    const outcome = step.kind === 'item' ? await step.outcome : { error: step.reason };
    const skipped = 'error' in outcome ? null : (opts.skip?.(outcome.processed, key) ?? null);
    if ('error' in outcome) {
      await fail(key, outcome.error);
    } else if (skipped) {
      summary.skipped[skipped] = (summary.skipped[skipped] ?? 0) + 1;
    } else {
      try {
        const { status, id, grouped } = await storeRecord(store, outcome.processed);
        summary[status]++;
        if (grouped) summary.nearDuplicate++;
        if (!outcome.item.transient) await store.ingestState.markDone(key, outcome.item.version, id);
        if (failedBefore.has(key)) await store.clearFailure(key);
      } catch (err) {
        // The store refused this record (its transaction rolled back); the others go on.
        await fail(key, (err as Error).message.split('\n')[0]);
      }
    }
    done++;
    opts.onProgress?.({
      done,
      failed: summary.failed.length,
      current: key,
      ...(step.kind === 'item' && step.item.position !== undefined ? { fraction: step.item.position } : {}),
    });
  };

  try {
    for await (const entry of entries) {
      const step = await plan(entry, store, opts, processor);
      if (step === 'unchanged' || step === 'done') {
        summary[step === 'unchanged' ? 'unchanged' : 'alreadyDone']++;
        continue;
      }
      queue.push(step);
      // Write what is ready at the head now (progress is saved as soon as possible); wait for the head only when the window is full.
      while (queue.length >= window || (queue.length > 0 && isReady(queue[0]))) await write(queue.shift()!);
    }
    while (queue.length > 0) await write(queue.shift()!);
  } finally {
    // Settle what is still in flight (after an error) so no promise rejects unobserved.
    await Promise.allSettled(queue.map((s) => (s.kind === 'item' ? s.outcome : undefined)));
  }
  return summary;
}

/**
 * What to do with an entry. An item an earlier run finished is not read again: 'unchanged' when
 * its version (a file's size and mtime) shows it is the same, 'done' when it has no version.
 */
async function plan(
  entry: SourceEntry,
  store: IngestTarget,
  opts: IngestOptions,
  processor: Processor,
): Promise<Step | 'unchanged' | 'done'> {
  if ('failure' in entry) return { kind: 'failure', key: entry.failure.key, reason: entry.failure.reason };
  if (!('item' in entry)) return { kind: 'other', entry };
  const { item } = entry;
  if (!opts.force && !item.transient && (await store.ingestState.isDone(item.key, item.version)))
    return item.version ? 'unchanged' : 'done';
  const step: Step = {
    kind: 'item',
    key: item.key,
    item,
    outcome: readAndProcess(item, processor, opts.analyze ?? true),
    ready: false,
  };
  void step.outcome.then(() => (step.ready = true));
  return step;
}

function isReady(step: Step): boolean {
  return step.kind !== 'item' || step.ready;
}

async function readAndProcess(item: SourceItem, processor: Processor, analyze: boolean): Promise<Outcome> {
  try {
    const content = await item.read();
    const processed = await processor.process(processInput(item, content, analyze));
    return { processed, item };
  } catch (err) {
    return { error: (err as Error).message.split('\n')[0] };
  }
}

async function settleOther(entry: SourceEntry, summary: IngestSummary, failedKeys: Set<string>): Promise<void> {
  if ('skipped' in entry) {
    summary.skipped[entry.skipped.reason] = (summary.skipped[entry.skipped.reason] ?? 0) + 1;
  } else if ('checkpoint' in entry && !entry.checkpoint.after.some((k) => failedKeys.has(k))) {
    await entry.checkpoint.run();
  }
}

/** Stores a processed page, first joining it to a near-duplicate group when one matches (also used by queue workers). */
export async function storeRecord(
  store: IngestTarget,
  { record, fingerprint }: Processed,
): Promise<{ status: PutStatus; id: string; grouped: boolean }> {
  const sourceKey = sourceOf(record.source) ?? record.id;
  const group = fingerprint ? await findGroup(store.ingestState, fingerprint, sourceKey) : null;
  const toStore: ArticleRecord = group ? { ...record, duplicateOf: group } : record;
  const result = await store.put(toStore);
  if (fingerprint && result.status !== 'duplicate')
    await rememberFingerprint(store.ingestState, result.id, sourceKey, fingerprint, group);
  return { status: result.status, id: result.id, grouped: !!group && result.status !== 'duplicate' };
}
