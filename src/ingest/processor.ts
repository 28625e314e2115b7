// What page processing takes and gives, and where it runs (this thread or a worker pool). Types
// and one small helper only, so the main thread of a worker-pool ingest never loads the extraction
// and analysis code.
import type { ExtractInput } from '../extract/index.js';
import type { ArticleRecord } from '../record/types.js';
import type { Fingerprint } from '../sources/dedup/minhash.js';
import type { SourceItem } from '../sources/item.js';

export interface ProcessInput extends ExtractInput {
  content: Uint8Array;
  /** False: extraction only, no analyses (faster bulk loads; analyse later). */
  analyze: boolean;
}

/** What to process for a source item whose content has been read. */
export function processInput(item: SourceItem, content: Uint8Array, analyze: boolean): ProcessInput {
  return {
    content,
    analyze,
    path: item.path,
    url: item.url,
    contentType: item.contentType,
    sourceFormat: item.sourceFormat,
    fetchedAt: item.fetchedAt,
    published: item.published,
  };
}

export interface Processed {
  record: ArticleRecord;
  /** MinHash fingerprint of the text, or null when it is too short to group. */
  fingerprint: Fingerprint | null;
}

export interface Processor {
  process(input: ProcessInput): Promise<Processed>;
  close(): Promise<void>;
}
