// GET /api/search: full text with filters, facets with counts, pages.
import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from 'typebox';
import type { SearchIndex } from '../../store/store.js';
import { SearchPageSchema } from '../../store/shapes.js';
import { Paging, SearchFilters } from '../schemas.js';

const Query = Type.Object(
  {
    ...SearchFilters,
    ...Paging,
  },
  { additionalProperties: false },
);

export const searchRoutes: FastifyPluginAsync<{ store: SearchIndex }> = async (app, { store }) => {
  app.get<{ Querystring: Static<typeof Query> }>(
    '/api/search',
    {
      schema: {
        summary: 'Full-text search with filters and facets',
        querystring: Query,
        response: { 200: SearchPageSchema },
      },
    },
    async (req) => {
      const { q, ...filters } = req.query;
      return store.search({ text: q, ...filters });
    },
  );
};
