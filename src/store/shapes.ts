// What the store's reads take and return, written once as TypeBox (i.e. JSON Schema):
// src/store/store.ts takes its types from these with Static<>, and the API routes use the same
// objects as their query-string and response schemas, so the OpenAPI document describes exactly
// what the store takes and returns, and the server validates requests by the same limits.
import { Type } from 'typebox';
import { Nullable, SpanSchema } from '../record/schema.js';
import { MODALITIES, PLOVER_TYPES } from '../record/vocabulary.js';
import { SEARCH_BOUNDS } from './search-bounds.js';

const NullableString = Nullable(Type.String());
const NullableNumber = Nullable(Type.Number());

const { totalCap, rankWindow, facetSample } = SEARCH_BOUNDS;

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
  total: Type.Integer({
    description: `matches, counted exactly up to ${totalCap.toLocaleString('en')}; past that, ${totalCap.toLocaleString('en')} with totalRelation "gte"`,
  }),
  totalRelation: Type.Union([Type.Literal('eq'), Type.Literal('gte')], {
    description: `"eq": total is the exact number of matches; "gte": there are at least total (more than ${totalCap.toLocaleString('en')}) and counting stopped there`,
  }),
  hits: Type.Array(SearchHitSchema, {
    description: `a text query ranks its newest ${rankWindow.toLocaleString('en')} matches (in the order stored) by relevance; other searches list matches newest published first`,
  }),
  facets: Type.Record(Type.String(), Type.Array(FacetSchema), {
    description: `counted over the newest ${facetSample.toLocaleString('en')} matches (in the order stored): exact when there are no more`,
  }),
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

/** One report of a clustered event: the record and the event in it. */
export const EventSourceSchema = Type.Object({
  recordId: Type.String(),
  title: NullableString,
  published: NullableString,
  source: Nullable(Type.String(), "URI or path of the record's source"),
  eventId: Type.String({ description: "the event's id in the record" }),
  span: SpanSchema,
  date: NullableString,
});

const NamedRef = Type.Object({ key: Type.String(), name: Type.String() });

/** An event as reported by one or more sources (the same event from several sources is one). */
export const ClusteredEventSchema = Type.Object({
  id: Type.Integer(),
  type: Type.String(),
  modality: Type.String(),
  firstDate: NullableString,
  lastDate: NullableString,
  place: Nullable(
    Type.Object({
      key: Type.String(),
      name: Type.String(),
      lat: NullableNumber,
      lon: NullableNumber,
      country: NullableString,
    }),
  ),
  actors: Type.Array(NamedRef),
  targets: Type.Array(NamedRef),
  mentions: Type.Integer({ description: 'mentions in all records' }),
  sources: Type.Array(EventSourceSchema),
});

// ---- What the reads take (the API's query strings are these, with `text` named `q`: src/serve/schemas.ts) ----

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD), as the date filters take it. */
const IsoDate = Type.String({
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  description: 'ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
});
// Strings to TypeScript (the store takes an event type in any case), one of the list to a request.
const EventTypeName = Type.Unsafe<string>(Type.Enum([...PLOVER_TYPES], { description: 'PLOVER event type' }));
const ModalityName = Type.Unsafe<string>(Type.Enum([...MODALITIES]));
/** Longest free-text query accepted; longer ones are almost certainly not typed by a person. */
const MAX_QUERY_CHARS = 500;
const text = (description?: string) =>
  Type.String({ minLength: 1, maxLength: MAX_QUERY_CHARS, ...(description ? { description } : {}) });
const Key = (description: string) => Type.String({ minLength: 1, maxLength: 300, description });

/** Inclusive ISO dates; what they are compared with is each read's own. */
const DateRange = { since: Type.Optional(IsoDate), until: Type.Optional(IsoDate) };
const Paging = {
  limit: Type.Optional(Type.Integer({ minimum: 0, maximum: 500, default: 20 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
};
const NOT_LISTED = { additionalProperties: false };

/** The search filters (all but the text; dates on the publication date), which the other views over matching records take too. */
const searchFilters = {
  ...DateRange,
  source: Type.Optional(text('part of the source URI or path')),
  author: Type.Optional(text('part of an author name')),
  entity: Type.Optional(Key('corpus entity key or name')),
  place: Type.Optional(Key('corpus entity key or name of a place')),
  eventType: Type.Optional(EventTypeName),
  modality: Type.Optional(ModalityName),
};

export const SearchQuerySchema = Type.Object(
  {
    text: Type.Optional(text('words (all must match), "quoted phrases", prefix*')),
    ...searchFilters,
    ...Paging,
  },
  NOT_LISTED,
);

/** The sites cited by the records matching the search filters. */
export const CitedDomainsQuerySchema = Type.Object(
  {
    text: SearchQuerySchema.properties.text,
    ...searchFilters,
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'sites listed' })),
  },
  NOT_LISTED,
);

export const QuoteQuerySchema = Type.Object(
  {
    speaker: Type.Optional(Key('entity key or part of the speaker name')),
    about: Type.Optional(Key('entity (key or name) mentioned inside the quote')),
    text: Type.Optional(text("part of the quote's content")),
    ...DateRange,
    ...Paging,
  },
  NOT_LISTED,
);

/** The corpus views' dates are on the day a fact is placed (an event's date, else the publication date). */
const eventFilters = { type: Type.Optional(EventTypeName), modality: Type.Optional(ModalityName), ...DateRange };

/** West, south, east, north in degrees (the API takes them as one comma-separated string). */
export const BBoxSchema = Type.Unsafe<readonly [number, number, number, number]>(
  Type.Array(Type.Number(), { minItems: 4, maxItems: 4, description: 'west, south, east, north in degrees' }),
);

export const EventQuerySchema = Type.Object(
  { ...eventFilters, bbox: Type.Optional(BBoxSchema), ...Paging },
  NOT_LISTED,
);

export const TimelineQuerySchema = Type.Object(
  { interval: Type.Enum(['day', 'week'], { default: 'day' }), ...eventFilters },
  NOT_LISTED,
);

export const PlacesQuerySchema = Type.Object(
  { ...DateRange, limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })) },
  NOT_LISTED,
);

/** Filters on clustered events; dates are inclusive ISO dates on the event's days. */
export const EventClusterQuerySchema = Type.Object(
  {
    ...eventFilters,
    place: Type.Optional(Key('corpus entity key or name of the place')),
    country: Type.Optional(Type.String({ description: 'ISO 3166-1 alpha-2 of the place' })),
    actor: Type.Optional(Key('corpus entity key or name of an actor')),
    minSources: Type.Optional(
      Type.Integer({ minimum: 1, description: 'only events reported by at least this many records' }),
    ),
    ...Paging,
  },
  NOT_LISTED,
);
