// Ingest: source entries -> extract -> analyze -> store, one item at a time. Shared by the CLI and
// the server. A failing item is recorded with its reason and the others go on.
import { extract } from '../extract/index.js';
import { analyze } from '../analyze/pipeline.js';
import type { Store, PutStatus } from '../store/index.js';
import type { SourceEntry, SourceItem } from '../sources/item.js';

export interface IngestSummary {
  new: number;
  unchanged: number;
  updated: number;
  duplicate: number;
  failed: { input: string; reason: string }[];
}

export interface IngestProgress {
  done: number;
  failed: number;
  current: string;
}

export interface IngestOptions {
  /** Called after each item. */
  onProgress?: (p: IngestProgress) => void;
}

export function emptySummary(): IngestSummary {
  return { new: 0, unchanged: 0, updated: 0, duplicate: 0, failed: [] };
}

export async function ingest(entries: AsyncIterable<SourceEntry>, store: Store, opts: IngestOptions = {}): Promise<IngestSummary> {
  const summary = emptySummary();
  let done = 0;
  for await (const entry of entries) {
    const key = 'failure' in entry ? entry.failure.key : entry.item.key;
    try {
      if ('failure' in entry) throw new Error(entry.failure.reason);
      const status = await ingestItem(entry.item, store);
      summary[status]++;
      await store.clearFailure(key);
    } catch (err) {
      const reason = (err as Error).message.split('\n')[0];
      summary.failed.push({ input: key, reason });
      await store.recordFailure(key, reason).catch(() => undefined);
    }
    done++;
    opts.onProgress?.({ done, failed: summary.failed.length, current: key });
  }
  return summary;
}

export async function ingestItem(item: SourceItem, store: Store): Promise<PutStatus> {
  const article = extract({
    content: await item.read(),
    path: item.path,
    url: item.url,
    contentType: item.contentType,
    sourceFormat: item.sourceFormat,
    fetchedAt: item.fetchedAt,
    published: item.published,
  });
  const result = await store.put(analyze(article));
  return result.status;
}
