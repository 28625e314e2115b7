// What a source yields: one page to extract, with where it came from. Bytes are read lazily so a
// large folder or archive streams through in constant memory.
import type { SourceFormat } from '../record/types.js';

export interface SourceItem {
  /** Stable identity of the item, for resumability and error reports (a path or a URL). */
  key: string;
  /**
   * A cheap fingerprint of the item's current content known before reading it (a file's size and
   * modification time). A finished item with the same version is not read again; items without
   * one (URLs, feed items, archive records) are not read again once finished.
   */
  version?: string;
  /** Not tracked for resuming: standard input carries a different page each time under one name. */
  transient?: boolean;
  path?: string;
  /** For fetched items, read() sets url to the address after redirects. */
  url?: string;
  /** For fetched items, read() sets the content type the server declared. */
  contentType?: string;
  /** When the bytes were fetched or captured; read() sets it for fetched items. */
  fetchedAt?: string;
  /** Publication date known from the source (a feed item, a sitemap entry). */
  published?: string;
  sourceFormat?: SourceFormat;
  /** How far through its inputs the source is at this item (0..1), when it knows; drives the ETA. */
  position?: number;
  read(): Promise<Uint8Array>;
}

/** A source input that could not be read; reported with its name and the reason, others go on. */
export interface SourceFailure {
  key: string;
  reason: string;
}

/** Something a source saw and deliberately did not ingest (a WARC request record, say). */
export interface SourceSkip {
  key: string;
  /** Short category for the summary ("warc request", "warc image/png"). */
  reason: string;
}

/**
 * Work a source wants done once the items before it are stored (saving a feed's validators, so
 * a crash before then fetches the feed again). Not run when any of the `after` keys failed.
 */
export interface SourceCheckpoint {
  after: readonly string[];
  run(): Promise<void>;
}

export type SourceEntry =
  { item: SourceItem } | { failure: SourceFailure } | { skipped: SourceSkip } | { checkpoint: SourceCheckpoint };
