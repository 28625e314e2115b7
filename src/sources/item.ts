// What a source yields: one page to extract, with where it came from. Bytes are read lazily so a
// large folder or archive streams through in constant memory.
import type { SourceFormat } from '../record/types.js';

export interface SourceItem {
  /** Stable identity of the item, for resumability and error reports (a path or a URL). */
  key: string;
  path?: string;
  url?: string;
  contentType?: string;
  fetchedAt?: string;
  /** Publication date known from the source (a feed item, a sitemap entry). */
  published?: string;
  sourceFormat?: SourceFormat;
  read(): Promise<Uint8Array>;
}

/** A source input that could not be read; reported with its name and the reason, others go on. */
export interface SourceFailure {
  key: string;
  reason: string;
}

export type SourceEntry = { item: SourceItem } | { failure: SourceFailure };
