// The record's shape, written once as TypeBox (i.e. JSON Schema): src/record/types.ts takes its
// TypeScript types from these with Static<>, `npm run schema` writes them out as
// schema/record.schema.json (test/record/schema-file.test.ts fails when that file is stale), and
// the API's /api/articles/:id response in the OpenAPI document is ArticleRecordSchema itself.
//
// All spans are [start, end) JavaScript string indices (UTF-16 code units) into `text`.
import { Type, type TSchema } from 'typebox';
import {
  ENTITY_TYPES,
  MODALITIES,
  PLOVER_TYPES,
  QUOTE_KINDS,
  RECORD_SCHEMA_VERSION,
  SOURCE_FORMATS,
  TENSES,
  TIME_ANCHORS,
  TIME_TYPES,
} from './vocabulary.js';

export const Nullable = <T extends TSchema>(t: T, description?: string) =>
  Type.Union([t, Type.Null()], description ? { description } : {});
const NullableString = (description?: string) => Nullable(Type.String(), description);
const Strings = (description?: string) => Type.Array(Type.String(), description ? { description } : {});

// A plain two-item array rather than Type.Tuple: TypeBox writes tuples in the draft-07 form
// (`items: [...]`), which 2020-12 validators reject, and the span is read-only everywhere.
export const SpanSchema = Type.Unsafe<readonly [number, number]>(
  Type.Array(Type.Integer({ minimum: 0 }), { minItems: 2, maxItems: 2 }),
);
const SpanWith = (description: string) =>
  Type.Unsafe<readonly [number, number]>(
    Type.Array(Type.Integer({ minimum: 0 }), { minItems: 2, maxItems: 2, description }),
  );

export const TextSpanSchema = Type.Object({ text: Type.String(), span: SpanSchema });

export const SourceSchema = Type.Object(
  {
    uri: Type.Optional(Type.String({ description: 'Where the page came from on the web, when known.' })),
    path: Type.Optional(Type.String({ description: 'The local file it was read from, when known.' })),
    format: Type.Enum([...SOURCE_FORMATS]),
    fetchedAt: Type.Optional(
      Type.String({ description: 'When the bytes were fetched or captured (ISO 8601), when known.' }),
    ),
  },
  { additionalProperties: false },
);

export const GeoSchema = Type.Object({
  lat: Type.Number({ minimum: -90, maximum: 90 }),
  lon: Type.Number({ minimum: -180, maximum: 180 }),
  country: Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' }),
  admin1: Type.Optional(Type.String({ description: 'Name of the first-level administrative region.' })),
  geonameId: Type.Optional(Type.Integer()),
});

export const DatelineSchema = Type.Object(
  {
    raw: Type.String({ description: 'The dateline as written, e.g. "Staunton, Dec. 26 –".' }),
    place: NullableString(),
    date: NullableString(
      'The resolved date (ISO 8601 date, resolved against the publication date) or null when the dateline carries none.',
    ),
    geo: Type.Optional(GeoSchema),
  },
  { additionalProperties: false },
);

export const CommentSchema = Type.Object(
  { author: NullableString(), published: NullableString(), text: Type.String() },
  { additionalProperties: false },
);

export const EntitySchema = Type.Object({
  id: Type.String({ description: 'Unique within the record, e.g. "e3".' }),
  type: Type.Enum([...ENTITY_TYPES]),
  name: Type.String({ description: 'The fullest name used in the document.' }),
  aliases: Strings(),
  mentions: Type.Array(SpanSchema),
  title: Type.Optional(Type.String()),
  affiliation: Type.Optional(Type.String({ description: 'Name of the organisation or place the entity belongs to.' })),
  affiliationEntity: Type.Optional(
    Type.String({ description: "Id of the entity named by `affiliation`, when it is one of this record's entities." }),
  ),
  geo: Type.Optional(GeoSchema),
});

export const QuoteContentSchema = Type.Object(
  {
    text: Type.String({
      description: 'The pieces\' texts joined with " … " (the text of the one piece when there is one).',
    }),
    span: SpanWith(
      "From the first piece's start to the last piece's end: the words between pieces are not the speaker's.",
    ),
    spans: Type.Array(TextSpanSchema, {
      minItems: 1,
      description: 'The pieces in text order, never overlapping; at least one.',
    }),
  },
  {
    description:
      'What a quote says: one piece, or several when the speaker\'s words are split by the cue or by the writer ("“We will win,” he said, “and soon.”" is one quote of two pieces).',
  },
);

export const QuoteSchema = Type.Object({
  id: Type.String({ description: 'Unique within the record, e.g. "q2".' }),
  kind: Type.Enum([...QUOTE_KINDS]),
  speaker: Type.Object({
    entity: NullableString(),
    text: Type.String({
      description:
        'The speaker\'s words; empty, with an empty span at the cue, when no one is named: an agentless passive whose subject is part of what is reported ("The budget is expected to pass").',
    }),
    span: SpanSchema,
    authors: Type.Optional(
      Strings(
        'Present when the speaker is the writer\'s own first person ("I think", "we believe"): the article\'s authors (its byline), who are that speaker; empty when the byline names no one.',
      ),
    ),
  }),
  cue: Nullable(TextSpanSchema),
  content: QuoteContentSchema,
});

export const TimeExpressionSchema = Type.Object(
  {
    text: Type.String(),
    span: SpanSchema,
    type: Type.Enum([...TIME_TYPES], { description: 'TimeML TIMEX3 type.' }),
    value: Type.String({
      description:
        'TIMEX3 value: "2021-12-26", "2022", "2022-W06", "2021-Q3", "2022-SU", "199" (the 1990s), "2022-02-18TNI", "2022-02-18T15:00", "P2W", "PT4H", "P1Y" (a SET: every year), "PRESENT_REF".',
    }),
    anchor: Type.Optional(
      Type.String({
        description: 'The value the expression was resolved against (absent for absolute ones such as "May 3, 2021").',
      }),
    ),
    anchorKind: Type.Optional(
      Type.Enum([...TIME_ANCHORS], {
        description:
          "Where the anchor came from: the publication date, the dateline's date, or an earlier time in the story.",
      }),
    ),
    anchorSpan: Type.Optional(SpanWith('With anchorKind "story": the span of the earlier time expression.')),
    tense: Type.Optional(
      Type.Enum([...TENSES], { description: 'Tense of the clause holding the expression, when it has a verb.' }),
    ),
    vague: Type.Optional(
      Type.Boolean({ description: 'True for expressions such as "recently" whose value is only approximate.' }),
    ),
  },
  { additionalProperties: false },
);

export const QuantitySchema = Type.Object({
  text: Type.String(),
  span: SpanSchema,
  value: Type.Number(),
  max: Type.Optional(Type.Number({ description: 'Upper bound, for ranges such as "20 to 30 people".' })),
  noun: Type.String({ description: 'What is counted ("troops") or the unit ("USD", "percent").' }),
  unit: Type.Optional(Type.String()),
  approximate: Type.Optional(Type.Boolean()),
});

export const EventSchema = Type.Object({
  id: Type.String(),
  type: Type.Enum([...PLOVER_TYPES], { description: 'PLOVER event type' }),
  mode: Type.Optional(Type.String()),
  context: Type.Optional(Strings()),
  modality: Type.Enum([...MODALITIES]),
  background: Type.Optional(
    Type.Boolean({
      description: 'Mentioned as context rather than news (e.g. an event months before publication).',
    }),
  ),
  actors: Strings('Entity ids.'),
  targets: Strings('Entity ids.'),
  actorWords: Type.Optional(
    Type.Array(TextSpanSchema, {
      description:
        'Doers named by a common noun phrase that resolves to no entity ("Police", "local residents"), as a quote speaker may be: the words without their determiner. Absent when there are none.',
    }),
  ),
  targetWords: Type.Optional(
    Type.Array(TextSpanSchema, {
      description: 'Targets named by a common noun phrase that resolves to no entity, as `actorWords`.',
    }),
  ),
  place: NullableString('Entity id of the place.'),
  time: NullableString("Normalised time value (see the times' `value`)."),
  quote: Type.Optional(Type.String({ description: 'Id of the quote the event is reported in, if any.' })),
  trigger: TextSpanSchema,
  sentence: TextSpanSchema,
});

export const LinkSchema = Type.Object(
  {
    url: Type.String({
      description:
        'Absolute and normalised (see src/record/link-url.ts): resolved, no tracking parameters, no fragment.',
    }),
    text: Type.String({ description: 'The anchor text, as it is in `text`.' }),
    span: SpanSchema,
    internal: Type.Boolean({
      description: "Whether the link stays on the page's own site (same registrable domain).",
    }),
    sentence: TextSpanSchema,
  },
  {
    additionalProperties: false,
    description: 'A link in the article body: what the article cites or points to, with its place in the text.',
  },
);

export const WarningSchema = Type.Object(
  { code: Type.String(), message: Type.String() },
  { additionalProperties: false },
);

/**
 * Which source gave each metadata field its value, for the fields that have one. HTML pages name
 * the layer of the metadata cascade (src/extract/html/metadata): `json-ld`, `microdata`,
 * `opengraph`, `twitter`, `dublin-core`, `cms-meta`, `meta-date-key`, `time-element`,
 * `platform-markup`, `byline`, `headline-byline`, `author-links`, `url`, `visible-date`, or what was read after it:
 * `h1`, `title-element`, `link-canonical`, `html-lang`. A suffix says the cascade corrected the
 * first value: `<layer>-earlier` (an earlier publication date replaced one equal to the
 * modification date or to the update date the page shows beside it), `<layer>-modified` (the modification date stands in for a missing
 * publication date), `<layer>-fallback` (no person was named; the layer's organisation or user
 * name is kept). Text dumps name `text-header` or `text-footer`; any input `caller` (the date a feed
 * or `--published` gave) and `detected` (the language, told from the text).
 */
export const ProvenanceSchema = Type.Object(
  {
    title: Type.Optional(Type.String()),
    authors: Type.Optional(Type.String()),
    published: Type.Optional(Type.String()),
    modified: Type.Optional(Type.String()),
    language: Type.Optional(Type.String()),
    siteName: Type.Optional(Type.String()),
    canonicalUrl: Type.Optional(Type.String()),
    tags: Type.Optional(Type.String()),
    image: Type.Optional(Type.String()),
  },
  {
    additionalProperties: false,
    description:
      "Which source gave each metadata field its value, for the fields that have one: a layer of the HTML metadata cascade (json-ld, microdata, opengraph, twitter, dublin-core, cms-meta, meta-date-key, time-element, platform-markup, byline, headline-byline, author-links, url, visible-date), site-owner (a site named after a person, when nothing else names an author), dateline (the first paragraph's dateline, when it writes its year and nothing else gives a date), or h1, title-element, link-canonical, html-lang, text-header, text-footer, caller (a feed's or --published date), detected (language told from the text); -earlier, -modified and -fallback say the cascade corrected the first value. Empty in records upgraded from before schema 5.",
  },
);

export const ArticleRecordSchema = Type.Object(
  {
    schemaVersion: Type.Number({
      description:
        "Version of the record's shape (RECORD_SCHEMA_VERSION in src/record/schema.ts when the record was made); 2: quote contents are lists of pieces; 3: times have their TimeML type, anchor kind and tense; 4: the body's links; 5: the metadata's provenance; 6: events may name sides by words (`actorWords`, `targetWords`).",
    }),
    id: Type.String({ description: 'Stable id: hash of the source and the normalised text.' }),
    source: SourceSchema,
    title: NullableString(),
    authors: Strings('Names only.'),
    published: NullableString('ISO 8601 date or date-time.'),
    modified: Type.Optional(NullableString()),
    dateline: Nullable(DatelineSchema),
    language: Type.String({ description: 'BCP 47 code; und when unknown.' }),
    siteName: Type.Optional(NullableString()),
    canonicalUrl: Type.Optional(NullableString()),
    tags: Type.Optional(Strings()),
    image: Type.Optional(NullableString()),
    provenance: Type.Optional(ProvenanceSchema),
    text: Type.String({ description: 'The clean body; paragraphs separated by one blank line.' }),
    paragraphs: Type.Array(SpanSchema),
    comments: Type.Array(CommentSchema),
    links: Type.Optional(
      Type.Array(LinkSchema, {
        description:
          'Links of the body, in text order (navigation, share bars and related-story boxes are not the body). Absent where nothing could carry them (a record made from clean body text); a reader takes absent as none.',
      }),
    ),
    entities: Type.Array(EntitySchema),
    quotes: Type.Array(QuoteSchema),
    times: Type.Array(TimeExpressionSchema),
    quantities: Type.Array(QuantitySchema),
    events: Type.Array(EventSchema),
    warnings: Type.Array(WarningSchema),
    duplicateOf: Type.Optional(
      NullableString('Id of the record this one nearly duplicates (syndicated copies, reposts).'),
    ),
    analyses: Type.Optional(Strings('Which analyses ran on this record.')),
  },
  {
    additionalProperties: false,
    description:
      'One article and everything dateline found in it. Spans are [start, end) JavaScript string indices (UTF-16 code units) into `text`.',
  },
);

/** The text of the published JSON Schema document, schema/record.schema.json (`npm run schema` writes it). */
export function recordSchemaText(): string {
  const doc = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://dateline.dev/schema/record.schema.json',
    title: 'dateline record',
    ...ArticleRecordSchema,
    properties: {
      ...ArticleRecordSchema.properties,
      // The document pins the version this build writes; the type keeps `number` so older
      // records read before upgrading still type-check.
      schemaVersion: { ...ArticleRecordSchema.properties.schemaVersion, const: RECORD_SCHEMA_VERSION },
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
