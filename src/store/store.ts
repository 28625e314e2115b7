// The store interface: everything above the store (CLI, server, exports) talks to this, never to
// SQL. SQLite is the embedded implementation; a PostgreSQL one satisfies the same interface.
import type { ArticleRecord } from '../record/types.js';

export type PutStatus = 'new' | 'unchanged' | 'updated' | 'duplicate';

export interface PutResult {
  id: string;
  status: PutStatus;
  /** For 'duplicate': the stored record with the same normalised text. */
  duplicateOf?: string;
}

export interface SearchQuery {
  /** Full-text query: words (all must match) and "quoted phrases". */
  text?: string;
  /** ISO dates, inclusive, on the publication date. */
  since?: string;
  until?: string;
  author?: string;
  /** Substring of the source URI or path. */
  source?: string;
  /** Corpus entity key (see entityKey) or a name. */
  entity?: string;
  place?: string;
  eventType?: string;
  modality?: string;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  id: string;
  title: string | null;
  published: string | null;
  authors: string[];
  source: string | null;
  /** A passage of the text around the match, matched terms wrapped in [ ]. */
  snippet: string;
  score: number;
}

export interface Facet {
  value: string;
  count: number;
}

export interface SearchPage {
  total: number;
  hits: SearchHit[];
  facets: Record<string, Facet[]>;
}

export interface Failure {
  input: string;
  reason: string;
  at: string;
  attempts: number;
}

export interface Store {
  /** Stores a record in one transaction; a crash never leaves half of it. */
  put(record: ArticleRecord): Promise<PutResult>;
  get(id: string): Promise<ArticleRecord | null>;
  /** Finds a record by id prefix (as `show` accepts short ids). */
  resolveId(prefix: string): Promise<string | null>;
  search(query: SearchQuery): Promise<SearchPage>;
  count(): Promise<number>;
  /** Records in publication order, for exports; the same filters as search. */
  records(query?: SearchQuery): AsyncIterable<ArticleRecord>;
  recordFailure(input: string, reason: string): Promise<void>;
  clearFailure(input: string): Promise<void>;
  failures(): Promise<Failure[]>;
  close(): Promise<void>;
}
