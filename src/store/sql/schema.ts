// Table types for Kysely. The JSON of the full record lives in record_json; the other tables
// are indexes over it for search, filters and corpus views, rewritten with the record.
import type { Generated } from 'kysely';

export interface RecordsTable {
  seq: Generated<number>;
  id: string;
  text_hash: string;
  source_key: string;
  uri: string | null;
  path: string | null;
  format: string;
  title: string | null;
  authors: string;
  published: string | null;
  language: string;
  duplicate_of: string | null;
  stored_at: string;
}

export interface RecordJsonTable {
  seq: number;
  json: string;
}

export interface EntitiesTable {
  record_seq: number;
  local_id: string;
  key: string;
  type: string;
  name: string;
  /** The name folded for lookups (nameKey); null only in rows from before migration 0009 (SQLite) / 0005 (PostgreSQL) ran. */
  name_fold: string | null;
  mentions: number;
  lat: number | null;
  lon: number | null;
  country: string | null;
}

export interface QuotesTable {
  record_seq: number;
  local_id: string;
  kind: string;
  speaker_key: string | null;
  speaker: string;
  content: string;
  start: number;
  end: number;
  /** The content's pieces as JSON [[start, end], ...] (migration 0004). */
  pieces: string | null;
}

export interface EventsTable {
  record_seq: number;
  local_id: string;
  type: string;
  modality: string;
  place_key: string | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
  time: string | null;
  date: string | null;
  start: number;
  end: number;
}

/** One body link of a record (migrations sqlite 0008, pg 0004; ./links.ts). */
export interface LinksTable {
  record_seq: number;
  /** The link's index in the record's `links`. */
  pos: number;
  url: string;
  /** The cited site (registrable domain), '' when it has none. */
  domain: string;
  /** 1 when the link stays on the record's own site. */
  internal: number;
  text: string;
  start: number;
  end: number;
}

/** An address a record is known by (source URL, canonical URL), normalised like link URLs. */
export interface RecordUrlsTable {
  record_seq: number;
  url: string;
}

export interface FailuresTable {
  input: string;
  reason: string;
  at: string;
  attempts: number;
}

export interface Database {
  records: RecordsTable;
  record_json: RecordJsonTable;
  entities: EntitiesTable;
  quotes: QuotesTable;
  events: EventsTable;
  failures: FailuresTable;
  links: LinksTable;
  record_urls: RecordUrlsTable;
}
