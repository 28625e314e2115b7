// What the store's reads return, written once as TypeBox (i.e. JSON Schema): src/store/store.ts
// takes its types from these with Static<>, and the API routes use the same objects as their
// response schemas, so the OpenAPI document describes exactly what the store returns.
import { Type } from 'typebox';
import { Nullable, SpanSchema } from '../record/schema.js';

const NullableString = Nullable(Type.String());
const NullableNumber = Nullable(Type.Number());

export const SearchHitSchema = Type.Object({
  id: Type.String(),
  title: NullableString,
  published: NullableString,
  authors: Type.Array(Type.String()),
  source: NullableString,
  snippet: Type.String({ description: 'a passage of the text around the match; matched terms wrapped in [ ]' }),
  score: Type.Number(),
});

export const FacetSchema = Type.Object({ value: Type.String(), count: Type.Integer() });

export const SearchPageSchema = Type.Object({
  total: Type.Integer(),
  hits: Type.Array(SearchHitSchema),
  facets: Type.Record(Type.String(), Type.Array(FacetSchema)),
  facetSample: Type.Optional(
    Type.Integer({
      description: 'set when the matches outnumber it: facet counts then come from this many newest matches',
    }),
  ),
});

/** Where a fact sits: the record and the [start, end) span of its sentence or content. */
const FactSource = {
  recordId: Type.String(),
  title: NullableString,
  published: NullableString,
  span: SpanSchema,
};
export const FactSourceSchema = Type.Object(FactSource);

export const QuoteHitSchema = Type.Object({
  ...FactSource,
  quoteId: Type.String(),
  kind: Type.String(),
  speaker: Type.String(),
  speakerKey: Nullable(Type.String(), 'corpus key of the speaker, when the speaker is a recognised entity'),
  content: Type.String({ description: 'the pieces\' texts joined with " … "' }),
  pieces: Type.Array(SpanSchema, {
    description:
      "the content's pieces: one, or several when the cue splits the quotation; `span` runs from the first one's start to the last one's end",
  }),
});

export const EventHitSchema = Type.Object({
  ...FactSource,
  eventId: Type.String(),
  type: Type.String(),
  modality: Type.String(),
  placeKey: NullableString,
  lat: NullableNumber,
  lon: NullableNumber,
  country: NullableString,
  time: NullableString,
  date: NullableString,
});

export const TimelineBucketSchema = Type.Object({
  period: Type.String({ description: 'the day, or the Monday that starts the week (ISO date)' }),
  type: Type.String(),
  modality: Type.String(),
  count: Type.Integer(),
});

const EntityRef = {
  key: Type.String({ description: 'corpus entity key, e.g. "PERSON:vladimir putin" or "geo:1221874"' }),
  type: Type.String(),
  name: Type.String(),
};
export const EntityRefSchema = Type.Object(EntityRef);

export const EntityProfileSchema = Type.Object({
  ...EntityRef,
  aliases: Type.Array(Type.String()),
  title: NullableString,
  affiliation: NullableString,
  geo: Nullable(Type.Object({ lat: Type.Number(), lon: Type.Number(), country: Type.String() })),
  records: Type.Integer({ description: 'records that mention it' }),
  mentions: Type.Integer({ description: 'mentions in all' }),
  overTime: Type.Array(Type.Object({ date: Type.String(), records: Type.Integer(), mentions: Type.Integer() }), {
    description: 'mentions per publication day',
  }),
  appearances: Type.Array(Type.Object({ ...FactSource, local: Type.String() }), {
    description: 'where it is mentioned first in each of its most recent records',
  }),
  quotes: Type.Array(QuoteHitSchema, { description: 'what it said' }),
  cooccurring: Type.Array(Type.Object({ ...EntityRef, records: Type.Integer() }), {
    description: 'entities that appear in the same records, most shared records first',
  }),
});

export const PlacePointSchema = Type.Object({
  ...EntityRef,
  lat: Type.Number(),
  lon: Type.Number(),
  country: NullableString,
  records: Type.Integer(),
});

export const CitedLinkSchema = Type.Object({
  url: Type.String({ description: 'absolute, normalised' }),
  text: Type.String({ description: 'anchor text' }),
  span: SpanSchema,
  domain: Type.String({ description: 'the cited site (registrable domain)' }),
  internal: Type.Boolean(),
  recordId: Nullable(Type.String(), 'the stored record whose source or canonical URL the link points to, when stored'),
  recordTitle: NullableString,
});

/** A record that links to another one: its first such link. */
export const CitingRecordSchema = Type.Object({
  recordId: Type.String(),
  title: NullableString,
  published: NullableString,
  source: NullableString,
  url: Type.String({ description: 'the citing link, pointing at this article' }),
  text: Type.String({ description: 'its anchor text' }),
  span: SpanSchema,
});

export const CitationsSchema = Type.Object({
  cites: Type.Array(CitedLinkSchema),
  citedBy: Type.Array(CitingRecordSchema),
});

/** A site cited by external links of stored records. */
export const CitedDomainSchema = Type.Object({
  domain: Type.String(),
  links: Type.Integer({ description: 'external links to the site' }),
  records: Type.Integer({ description: 'articles with at least one such link' }),
  articles: Type.Array(
    Type.Object({ recordId: Type.String(), title: NullableString, published: NullableString, source: NullableString }),
    { description: 'the newest citing articles (a few)' },
  ),
});
