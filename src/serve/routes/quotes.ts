// GET /api/quotes: who said what, by speaker, by an entity mentioned in the quote, or by text.
import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from 'typebox';
import type { CorpusViews } from '../../store/store.js';
import { QuoteHitSchema } from '../../store/shapes.js';
import { DateRange, Paging, Text } from '../schemas.js';

const Query = Type.Object(
  {
    speaker: Type.Optional(
      Type.String({ minLength: 1, maxLength: 300, description: 'entity key or part of the speaker name' }),
    ),
    about: Type.Optional(
      Type.String({ minLength: 1, maxLength: 300, description: 'entity (key or name) mentioned inside the quote' }),
    ),
    q: Type.Optional(Text),
    ...DateRange,
    ...Paging,
  },
  { additionalProperties: false },
);
const Reply = Type.Object({ total: Type.Integer(), quotes: Type.Array(QuoteHitSchema) });

export const quoteRoutes: FastifyPluginAsync<{ store: CorpusViews }> = async (app, { store }) => {
  app.get<{ Querystring: Static<typeof Query> }>(
    '/api/quotes',
    {
      schema: {
        summary: 'Quotes with their speakers, each pointing at its span',
        querystring: Query,
        response: { 200: Reply },
      },
    },
    async (req) => {
      const { q, ...rest } = req.query;
      return store.quotes({ text: q, ...rest });
    },
  );
};
