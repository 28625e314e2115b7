// Request and response schemas shared by the routes (TypeBox, i.e. JSON Schema); the shapes the
// store takes and returns are in src/store/shapes.ts. Route handlers take their types from these
// with Static<>, so validation and types cannot drift apart.
import { Type, type TObject, type TProperties } from 'typebox';

/** What a search-like read takes as a query string: its shape from src/store/shapes.ts, with the text named `q`, as the API has always named it. */
export function withQ<P extends TProperties & { text: P['text'] }>(shape: TObject<P>) {
  const { text, ...rest } = shape.properties;
  return Type.Object({ q: text, ...rest } as { q: P['text'] } & Omit<P, 'text'>, { additionalProperties: false });
}

/** One stored record, by its id or an unambiguous prefix of it. */
export const RecordIdParams = Type.Object({
  id: Type.String({ pattern: '^[0-9a-fA-F]{4,64}$', description: 'record id or an unambiguous prefix' }),
});

export const ErrorReply = Type.Object({
  statusCode: Type.Integer(),
  error: Type.String(),
  message: Type.String(),
});
