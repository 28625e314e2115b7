// GET /api/quotes: who said what, by speaker, by an entity mentioned in the quote, or by text.
import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from 'typebox';
import type { CorpusViews } from '../../store/store.js';
import { QuoteHitSchema, QuoteQuerySchema } from '../../store/shapes.js';
import { withQ } from '../schemas.js';

const Query = withQ(QuoteQuerySchema);
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
