// Request and response schemas shared by the routes (TypeBox, i.e. JSON Schema); the shapes the
// store returns are in src/store/shapes.ts. Route handlers
// take their types from these with Static<>, so validation and types cannot drift apart.
import { Type } from 'typebox';
import { MODALITIES, PLOVER_TYPES } from '../record/types.js';

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD), as the store's date filters take it. */
export const IsoDate = Type.String({
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  description: 'ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
});
export const EventTypeName = Type.Enum([...PLOVER_TYPES], { description: 'PLOVER event type' });
export const ModalityName = Type.Enum([...MODALITIES]);
/** Longest free-text query accepted; longer ones are almost certainly not typed by a person. */
const MAX_QUERY_CHARS = 500;
export const Text = Type.String({ minLength: 1, maxLength: MAX_QUERY_CHARS });

export const DateRange = {
  since: Type.Optional(IsoDate),
  until: Type.Optional(IsoDate),
};
/** The filters search takes, which the other views over matching records take too. */
export const SearchFilters = {
  q: Type.Optional(Text),
  ...DateRange,
  source: Type.Optional(Text),
  author: Type.Optional(Text),
  entity: Type.Optional(Type.String({ minLength: 1, maxLength: 300, description: 'corpus entity key or name' })),
  place: Type.Optional(
    Type.String({ minLength: 1, maxLength: 300, description: 'corpus entity key or name of a place' }),
  ),
  eventType: Type.Optional(EventTypeName),
  modality: Type.Optional(ModalityName),
};
export const Paging = {
  limit: Type.Optional(Type.Integer({ minimum: 0, maximum: 500, default: 20 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
};

/** One stored record, by its id or an unambiguous prefix of it. */
export const RecordIdParams = Type.Object({
  id: Type.String({ pattern: '^[0-9a-fA-F]{4,64}$', description: 'record id or an unambiguous prefix' }),
});

export const ErrorReply = Type.Object({
  statusCode: Type.Integer(),
  error: Type.String(),
  message: Type.String(),
});
