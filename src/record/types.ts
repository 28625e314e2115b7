// The one record type of dateline. Every stage fills part of it; the CLI, the store, the API, the
// UI and the exports all read it. `schema/record.schema.json` is its published JSON Schema and a
// test checks that the two agree on the field names.
//
// All spans are [start, end) JavaScript string indices (UTF-16 code units) into `Record.text`.

export type Span = readonly [number, number];

/**
 * Version of the record's shape, stored in every record. 2: a quote's content is a list of pieces
 * (`content.spans`) with their joined text; records of version 1 (no `schemaVersion`) had one span.
 * 3: a time has its TimeML `type` (DATE, TIME, DURATION, SET), and may have `anchorKind`,
 * `anchorSpan` and `tense`. 4: the links of the article body (`links`); older records get none
 * (their HTML is not stored), so `links` is empty after upgrading. 5: where the metadata came from
 * (`provenance`); older records get an empty object (which source won was not kept).
 */
export const RECORD_SCHEMA_VERSION = 5;

export type SourceFormat = 'html' | 'text' | 'body' | 'feed' | 'warc';

export interface Source {
  /** Where the page came from on the web, when known. */
  uri?: string;
  /** The local file it was read from, when known. */
  path?: string;
  format: SourceFormat;
  /** When the bytes were fetched or captured (ISO 8601), when known. */
  fetchedAt?: string;
}

export interface Geo {
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** Name of the first-level administrative region. */
  admin1?: string;
  geonameId?: number;
}

export interface Dateline {
  /** The dateline as written, e.g. "Staunton, Dec. 26 –". */
  raw: string;
  place: string | null;
  /** The resolved date (ISO 8601 date) or null when the dateline carries none. */
  date: string | null;
  geo?: Geo;
}

export interface Comment {
  author: string | null;
  published: string | null;
  text: string;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC';

export interface Entity {
  /** Unique within the record, e.g. "e3". */
  id: string;
  type: EntityType;
  /** The fullest name used in the document. */
  name: string;
  aliases: string[];
  mentions: Span[];
  title?: string;
  /** Name of the organisation or place the entity belongs to. */
  affiliation?: string;
  /** Id of the entity named by `affiliation`, when it is one of this record's entities. */
  affiliationEntity?: string;
  geo?: Geo;
}

export interface TextSpan {
  text: string;
  span: Span;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Quote {
  /** Unique within the record, e.g. "q2". */
  id: string;
  kind: QuoteKind;
  speaker: { entity: string | null; text: string; span: Span };
  cue: TextSpan | null;
  content: QuoteContent;
}

/**
 * What a quote says: one piece, or several when the speaker's words are split by the cue or by
 * the writer ("“We will win,” he said, “and soon.”" is one quote of two pieces).
 */
export interface QuoteContent {
  /** The pieces' texts joined with " … " (the text of the one piece when there is one). */
  text: string;
  /** From the first piece's start to the last piece's end: the words between pieces are not the speaker's. */
  span: Span;
  /** The pieces in text order, never overlapping; at least one. */
  spans: TextSpan[];
}

/** TimeML TIMEX3 types: a calendar date or period, a clock time or part of a day, a length of time, a recurrence. */
export const TIME_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export type TimeType = (typeof TIME_TYPES)[number];

/** What a relative expression was resolved against. */
export const TIME_ANCHORS = ['published', 'dateline', 'story'] as const;
export type TimeAnchorKind = (typeof TIME_ANCHORS)[number];

export const TENSES = ['past', 'present', 'future'] as const;
export type Tense = (typeof TENSES)[number];

export interface TimeExpression {
  text: string;
  span: Span;
  type: TimeType;
  /**
   * TIMEX3 value: "2021-12-26", "2022", "2022-W06", "2021-Q3", "2022-SU", "199" (the 1990s),
   * "2022-02-18TNI", "2022-02-18T15:00", "P2W", "PT4H", "P1Y" (a SET: every year), "PRESENT_REF".
   */
  value: string;
  /** The value the expression was resolved against (absent for absolute ones such as "May 3, 2021"). */
  anchor?: string;
  /** Where the anchor came from: the publication date, the dateline's date, or an earlier time in the story. */
  anchorKind?: TimeAnchorKind;
  /** With `anchorKind: "story"`: the span of the earlier time expression. */
  anchorSpan?: Span;
  /** Tense of the clause holding the expression, when it has a verb. */
  tense?: Tense;
  /** True for expressions such as "recently" whose value is only approximate. */
  vague?: boolean;
}

export interface Quantity {
  text: string;
  span: Span;
  value: number;
  /** Upper bound, for ranges such as "20 to 30 people". */
  max?: number;
  /** What is counted ("troops") or the unit ("USD", "percent"). */
  noun: string;
  unit?: string;
  approximate?: boolean;
}

export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type EventType = (typeof PLOVER_TYPES)[number];

export const MODALITIES = ['asserted', 'negated', 'future', 'possible', 'hypothetical'] as const;
export type Modality = (typeof MODALITIES)[number];

export interface Event {
  id: string;
  type: EventType;
  mode?: string;
  context?: string[];
  modality: Modality;
  /** Mentioned as context rather than news (e.g. an event months before publication). */
  background?: boolean;
  /** Entity ids. */
  actors: string[];
  targets: string[];
  /** Entity id of the place. */
  place: string | null;
  /** Normalised time value (see TimeExpression.value). */
  time: string | null;
  /** Id of the quote the event is reported in, if any. */
  quote?: string;
  trigger: TextSpan;
  sentence: TextSpan;
}

/** A link in the article body: what the article cites or points to, with its place in the text. */
export interface Link {
  /** Absolute and normalised (see src/record/link-url.ts): resolved, no tracking parameters, no fragment. */
  url: string;
  /** The anchor text, as it is in `Record.text`. */
  text: string;
  span: Span;
  /** Whether the link stays on the page's own site (same registrable domain). */
  internal: boolean;
  /** The sentence holding the link. */
  sentence: TextSpan;
}

export interface Warning {
  code: string;
  message: string;
}

/** The metadata fields whose source the record names in `provenance`. */
export type ProvenanceField =
  'title' | 'authors' | 'published' | 'modified' | 'language' | 'siteName' | 'canonicalUrl' | 'tags' | 'image';

/**
 * Which source gave each metadata field its value, for the fields that have one. HTML pages name
 * the layer of the metadata cascade (src/extract/html/metadata): `json-ld`, `microdata`,
 * `opengraph`, `twitter`, `dublin-core`, `cms-meta`, `meta-date-key`, `time-element`,
 * `platform-markup`, `byline`, `headline-byline`, `url`, `visible-date`, or what was read after it:
 * `h1`, `title-element`, `link-canonical`, `html-lang`. A suffix says the cascade corrected the
 * first value: `<layer>-earlier` (an earlier publication date replaced one equal to the
 * modification date), `<layer>-modified` (the modification date stands in for a missing
 * publication date), `<layer>-fallback` (no person was named; the layer's organisation or user
 * name is kept). Text dumps name `text-header` or `text-footer`; any input `caller` (the date a feed
 * or `--published` gave) and `detected` (the language, told from the text).
 */
export type Provenance = Partial<Record<ProvenanceField, string>>;

export interface ArticleRecord {
  /** RECORD_SCHEMA_VERSION when the record was made. */
  schemaVersion: number;
  id: string;
  source: Source;
  title: string | null;
  authors: string[];
  published: string | null;
  modified?: string | null;
  dateline: Dateline | null;
  language: string;
  siteName?: string | null;
  canonicalUrl?: string | null;
  tags?: string[];
  image?: string | null;
  /** Where title, authors, dates, language and the other metadata came from (schema 5; see Provenance). */
  provenance?: Provenance;
  text: string;
  paragraphs: Span[];
  comments: Comment[];
  /**
   * Links of the body, in text order (navigation, share bars and related-story boxes are not the
   * body). Absent where nothing could carry them (a record made from clean body text); a reader
   * takes absent as none.
   */
  links?: Link[];
  entities: Entity[];
  quotes: Quote[];
  times: TimeExpression[];
  quantities: Quantity[];
  events: Event[];
  warnings: Warning[];
  /** Id of the record this one nearly duplicates (syndicated copies, reposts). */
  duplicateOf?: string | null;
  /** Which analyses ran on this record. */
  analyses?: string[];
}

/** The article fields that extraction produces, before analysis. */
export type Article = Omit<
  ArticleRecord,
  'schemaVersion' | 'id' | 'entities' | 'quotes' | 'times' | 'quantities' | 'events' | 'analyses'
>;
