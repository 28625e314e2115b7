// The record's fixed vocabularies and version, as plain values: src/record/schema.ts builds the
// TypeBox schemas from them, and the web UI imports them (through types.ts) without pulling
// TypeBox and the schemas into its bundle.

/**
 * Version of the record's shape, stored in every record. 2: a quote's content is a list of pieces
 * (`content.spans`) with their joined text; records of version 1 (no `schemaVersion`) had one span.
 * 3: a time has its TimeML `type` (DATE, TIME, DURATION, SET), and may have `anchorKind`,
 * `anchorSpan` and `tense`. 4: the links of the article body (`links`); older records get none
 * (their HTML is not stored), so `links` is empty after upgrading. 5: where the metadata came from
 * (`provenance`); older records get an empty object (which source won was not kept). 6: an event's
 * sides named by a common noun and no entity (`actorWords`, `targetWords`, optional); older records
 * were read without them and keep none (the step is a no-op: bumped by the lead's decision, so a
 * store can tell records that were looked at for such sides from ones that were not). An optional
 * field that every record of the current version is valid without (a quote speaker's `authors`)
 * does not bump it: there is nothing to migrate.
 */
export const RECORD_SCHEMA_VERSION = 6;

export const SOURCE_FORMATS = ['html', 'text', 'body', 'feed', 'warc'] as const;
export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC'] as const;
export const QUOTE_KINDS = ['direct', 'indirect', 'mixed'] as const;
/** TimeML TIMEX3 types: a calendar date or period, a clock time or part of a day, a length of time, a recurrence. */
export const TIME_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
/** What a relative expression was resolved against. */
export const TIME_ANCHORS = ['published', 'dateline', 'story'] as const;
export const TENSES = ['past', 'present', 'future'] as const;
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
export const MODALITIES = ['asserted', 'negated', 'future', 'possible', 'hypothetical'] as const;
/** The metadata fields whose source the record names in `provenance`. */
export const PROVENANCE_FIELDS = [
  'title',
  'authors',
  'published',
  'modified',
  'language',
  'siteName',
  'canonicalUrl',
  'tags',
  'image',
] as const;
