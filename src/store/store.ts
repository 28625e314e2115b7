// The store interface: everything above the store (CLI, server, exports) talks to this, never to
// SQL. SQLite is the embedded implementation; a PostgreSQL one satisfies the same interface. The
// shapes its reads return are TypeBox schemas in ./shapes.ts (the API's response schemas too).
import type { Static } from 'typebox';
import type { ArticleRecord } from '../record/types.js';
import type {
  BBoxSchema,
  CitationsSchema,
  CitedDomainsQuerySchema,
  ClusteredEventSchema,
  EventClusterQuerySchema,
  EventQuerySchema,
  EventSourceSchema,
  PlacesQuerySchema,
  QuoteQuerySchema,
  SearchQuerySchema,
  TimelineQuerySchema,
  CitedDomainSchema,
  CitedLinkSchema,
  CitingRecordSchema,
  EntityProfileSchema,
  EntityRefSchema,
  EventHitSchema,
  FacetSchema,
  FactSourceSchema,
  PlacePointSchema,
  QuoteHitSchema,
  SearchHitSchema,
  SearchPageSchema,
  TimelineBucketSchema,
} from './shapes.js';

export type PutStatus = 'new' | 'unchanged' | 'updated' | 'duplicate';

export interface PutResult {
  id: string;
  status: PutStatus;
  /** For 'duplicate': the stored record with the same normalised text. */
  duplicateOf?: string;
}

export type SearchQuery = Static<typeof SearchQuerySchema>;

/** Search filters and how many cited sites to list (CitationViews.citedDomains). */
export type CitedDomainsQuery = Static<typeof CitedDomainsQuerySchema>;

export type SearchHit = Static<typeof SearchHitSchema>;

export type Facet = Static<typeof FacetSchema>;

export type SearchPage = Static<typeof SearchPageSchema>;

export interface Failure {
  input: string;
  reason: string;
  at: string;
  attempts: number;
}

// ---- Corpus views (entity pages, quotes, events, timeline, map); see sqlite/corpus.ts ----

export type FactSource = Static<typeof FactSourceSchema>;

export type QuoteHit = Static<typeof QuoteHitSchema>;

/** Inclusive ISO dates: on the publication date in search, on the day a fact is placed (an event's date, else the publication date) in the corpus views. */
export type DateRange = Pick<SearchQuery, 'since' | 'until'>;

export type QuoteQuery = Static<typeof QuoteQuerySchema>;

export type EventHit = Static<typeof EventHitSchema>;

/** West, south, east, north in degrees. */
export type BBox = Static<typeof BBoxSchema>;

export type EventQuery = Static<typeof EventQuerySchema>;

export type TimelineInterval = TimelineQuery['interval'];

export type TimelineQuery = Static<typeof TimelineQuerySchema>;

export type PlacesQuery = Static<typeof PlacesQuerySchema>;

export type TimelineBucket = Static<typeof TimelineBucketSchema>;

export type EntityRef = Static<typeof EntityRefSchema>;

export type EntityProfile = Static<typeof EntityProfileSchema>;

export type PlacePoint = Static<typeof PlacePointSchema>;

export interface CorpusViews {
  entity(key: string): Promise<EntityProfile | null>;
  quotes(query: QuoteQuery): Promise<{ total: number; quotes: QuoteHit[] }>;
  /** Event mentions, one per record and event (not clustered across articles). */
  eventMentions(query: EventQuery): Promise<{ total: number; events: EventHit[] }>;
  timeline(query: TimelineQuery): Promise<TimelineBucket[]>;
  /** Geocoded places mentioned in records published in the range, most mentioned first. */
  places(query: PlacesQuery): Promise<PlacePoint[]>;
  /** Events clustered across records (the same event from several sources is one), newest first. */
  events(query: EventClusterQuery): Promise<{ total: number; events: ClusteredEvent[] }>;
}

// ---- Resumable ingest (see sqlite/ingest-state.ts) ----

/** HTTP validators of a fetched URL, for conditional requests when it is polled again. */
export interface UrlValidators {
  etag?: string;
  lastModified?: string;
}

/** A stored MinHash signature sharing a band with the one looked up. */
export interface FingerprintCandidate {
  signature: string;
  /** Id of the first record of its near-duplicate group. */
  groupId: string;
}

export interface IngestState {
  /** Whether an item finished in an earlier run (at this version, when one is given). */
  isDone(key: string, version?: string): Promise<boolean>;
  markDone(key: string, version: string | undefined, recordId: string | undefined): Promise<void>;
  validators(url: string): Promise<UrlValidators | undefined>;
  saveValidators(url: string, v: UrlValidators): Promise<void>;
  /** Signatures of the first records of near-duplicate groups, from other sources, sharing a band; oldest first. */
  fingerprintCandidates(bands: readonly string[], sourceKey: string): Promise<FingerprintCandidate[]>;
  saveFingerprint(
    recordId: string,
    sourceKey: string,
    signature: string,
    bands: readonly string[],
    groupId: string,
  ): Promise<void>;
}

// ---- Events across articles (clusters of reports of one event); see sqlite/events.ts ----

export type EventClusterQuery = Static<typeof EventClusterQuerySchema>;

export type EventSource = Static<typeof EventSourceSchema>;

export type ClusteredEvent = Static<typeof ClusteredEventSchema>;

// ---- Citations between records (see sql/links.ts) ----

export type CitedLink = Static<typeof CitedLinkSchema>;

export type CitingRecord = Static<typeof CitingRecordSchema>;

export type Citations = Static<typeof CitationsSchema>;

export type CitedDomain = Static<typeof CitedDomainSchema>;

/** An external link's URL, and whether a stored record is known by it. */
export interface ExternalLink {
  url: string;
  stored: boolean;
}

export interface CitationViews {
  /** What a record cites and which stored records cite it; null for an unknown id. */
  citations(id: string): Promise<Citations | null>;
  /** The most-cited sites by the records matching the search filters, most citing records first. */
  citedDomains(query: CitedDomainsQuery): Promise<CitedDomain[]>;
  /**
   * The distinct URLs of external links, in the order first cited, each with whether a record is
   * stored under it: links of the records known by the addresses in `from` (all records when
   * absent), to the sites in `domains` (any when absent).
   */
  externalLinks(opts?: { from?: readonly string[]; domains?: readonly string[] }): Promise<ExternalLink[]>;
}

// ---- The parts of a store, each used by the callers that need it ----

/** Records themselves: written whole, read by id, listed for exports. */
export interface RecordStore {
  /** Stores a record in one transaction; a crash never leaves half of it. */
  put(record: ArticleRecord): Promise<PutResult>;
  get(id: string): Promise<ArticleRecord | null>;
  /** A record as its stored JSON text (what get() parses), for sending without re-serialising. */
  recordJson(id: string): Promise<string | null>;
  /** Finds a record by id prefix (as `show` accepts short ids). */
  resolveId(prefix: string): Promise<string | null>;
  count(): Promise<number>;
  /** Records in publication order, for exports; the same filters as search. */
  records(query?: SearchQuery): AsyncIterable<ArticleRecord>;
}

/** Full-text search with filters and facets. */
export interface SearchIndex {
  search(query: SearchQuery): Promise<SearchPage>;
}

/** Inputs that failed to ingest, with their reasons (`dateline errors`); the next ingest retries them. */
export interface FailureLog {
  recordFailure(input: string, reason: string): Promise<void>;
  clearFailure(input: string): Promise<void>;
  failures(): Promise<Failure[]>;
}

/** What an ingest writes to: records, failures and the bookkeeping that makes it resumable. */
export interface IngestTarget extends RecordStore, FailureLog {
  readonly ingestState: IngestState;
}

/** A whole store (SQLite file or PostgreSQL database): every part, and closing it. */
export interface Store extends RecordStore, SearchIndex, CorpusViews, CitationViews, FailureLog, IngestTarget {
  close(): Promise<void>;
}
