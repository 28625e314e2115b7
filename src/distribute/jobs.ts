// An ingest job: one source item as data a worker on another machine can act on. Pages behind a
// URL travel as the URL (the worker fetches them, politely); files as their path (workers see the
// same files, e.g. a shared mount); pages whose bytes exist only here (WARC records, standard
// input) travel as their bytes. The job id is derived from the item's identity, so enqueueing
// the same input again adds nothing while its job is kept.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { SourceFormat } from '../record/types.js';
import type { SourceItem } from '../sources/item.js';
import type { Fetcher } from '../sources/fetch/fetcher.js';
import { isUrl, urlItem } from '../sources/urls.js';
import { fileItem } from '../sources/files.js';

export interface IngestJob {
  key: string;
  version?: string;
  transient?: boolean;
  /** Where the bytes are: fetch `url`, read `path`, or decode `bytes` (base64). */
  fetch?: string;
  path?: string;
  bytes?: string;
  url?: string;
  contentType?: string;
  fetchedAt?: string;
  published?: string;
  sourceFormat?: SourceFormat;
  analyze: boolean;
}

/** The BullMQ job id of an item: a hash of its identity (ids may not contain ':'). */
export function jobId(key: string): string {
  return 'k' + createHash('sha256').update(key).digest('hex').slice(0, 40);
}

/** The job for an item. Items read from local bytes that are not a plain file are read here. */
export async function jobFromItem(item: SourceItem, analyze: boolean): Promise<IngestJob> {
  const meta = {
    key: item.key,
    analyze,
    ...(item.version ? { version: item.version } : {}),
    ...(item.transient ? { transient: true } : {}),
    ...(item.contentType ? { contentType: item.contentType } : {}),
    ...(item.fetchedAt ? { fetchedAt: item.fetchedAt } : {}),
    ...(item.published ? { published: item.published } : {}),
    ...(item.sourceFormat ? { sourceFormat: item.sourceFormat } : {}),
  };
  // A page known by its URL alone (a URL argument, a URL list, a feed or sitemap entry).
  if (item.url && !item.path && isUrl(item.key)) return { ...meta, fetch: item.url };
  // A plain file: its key is its absolute path.
  if (item.path && !item.transient && item.key === resolve(item.path)) return { ...meta, path: item.key };
  const bytes = await item.read();
  return {
    ...meta,
    bytes: Buffer.from(bytes).toString('base64'),
    ...(item.url ? { url: item.url } : {}),
    ...(item.path ? { path: item.path } : {}),
  };
}

/** The source item a worker reads for a job. */
export function itemFromJob(job: IngestJob, fetcher: Fetcher): SourceItem {
  const { fetch, bytes, analyze: _, ...rest } = job;
  if (fetch) return urlItem(fetch, fetcher, rest);
  if (bytes !== undefined) return { ...rest, read: async () => new Uint8Array(Buffer.from(bytes, 'base64')) };
  return { ...fileItem(job.path!, job.version), ...rest };
}
