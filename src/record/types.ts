// The one record type of dateline. Every stage fills part of it; the CLI, the store, the API, the
// UI and the exports all read it. The shapes are defined once, as TypeBox schemas in
// src/record/schema.ts; these are their TypeScript types, and `schema/record.schema.json` (the
// published JSON Schema) is generated from the same schemas by `npm run schema`.
//
// All spans are [start, end) JavaScript string indices (UTF-16 code units) into `Record.text`.
import type { Static } from 'typebox';
import type {
  ArticleRecordSchema,
  CommentSchema,
  DatelineSchema,
  EntitySchema,
  EventSchema,
  GeoSchema,
  LinkSchema,
  ProvenanceSchema,
  QuantitySchema,
  QuoteContentSchema,
  QuoteSchema,
  SourceSchema,
  SpanSchema,
  TextSpanSchema,
  TimeExpressionSchema,
  WarningSchema,
} from './schema.js';
import type {
  ENTITY_TYPES,
  MODALITIES,
  PLOVER_TYPES,
  PROVENANCE_FIELDS,
  QUOTE_KINDS,
  SOURCE_FORMATS,
  TENSES,
  TIME_ANCHORS,
  TIME_TYPES,
} from './vocabulary.js';

export { RECORD_SCHEMA_VERSION, TIME_TYPES, TIME_ANCHORS, TENSES, PLOVER_TYPES, MODALITIES } from './vocabulary.js';

export type Span = Static<typeof SpanSchema>;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];
export type Source = Static<typeof SourceSchema>;
export type Geo = Static<typeof GeoSchema>;
export type Dateline = Static<typeof DatelineSchema>;
export type Comment = Static<typeof CommentSchema>;
export type EntityType = (typeof ENTITY_TYPES)[number];
export type Entity = Static<typeof EntitySchema>;
export type TextSpan = Static<typeof TextSpanSchema>;
export type QuoteKind = (typeof QUOTE_KINDS)[number];
export type Quote = Static<typeof QuoteSchema>;
/** What a quote says: one piece, or several when the speaker's words are split by the cue or by the writer. */
export type QuoteContent = Static<typeof QuoteContentSchema>;
export type TimeType = (typeof TIME_TYPES)[number];
export type TimeAnchorKind = (typeof TIME_ANCHORS)[number];
export type Tense = (typeof TENSES)[number];
export type TimeExpression = Static<typeof TimeExpressionSchema>;
export type Quantity = Static<typeof QuantitySchema>;
export type EventType = (typeof PLOVER_TYPES)[number];
export type Modality = (typeof MODALITIES)[number];
export type Event = Static<typeof EventSchema>;
/** A link in the article body: what the article cites or points to, with its place in the text. */
export type Link = Static<typeof LinkSchema>;
export type Warning = Static<typeof WarningSchema>;
/** The metadata fields whose source the record names in `provenance`. */
export type ProvenanceField = (typeof PROVENANCE_FIELDS)[number];
/** Which source gave each metadata field its value (see ProvenanceSchema in src/record/schema.ts). */
export type Provenance = Static<typeof ProvenanceSchema>;
export type ArticleRecord = Static<typeof ArticleRecordSchema>;

/** The article fields that extraction produces, before analysis. */
export type Article = Omit<
  ArticleRecord,
  'schemaVersion' | 'id' | 'entities' | 'quotes' | 'times' | 'quantities' | 'events' | 'analyses'
>;
