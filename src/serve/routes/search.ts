// GET /api/search: full text with filters, facets with counts, pages.
import type { FastifyPluginAsync } from 'fastify';
import type { Static } from 'typebox';
import type { SearchIndex } from '../../store/store.js';
import { SearchPageSchema, SearchQuerySchema } from '../../store/shapes.js';
import { withQ } from '../schemas.js';

const Query = withQ(SearchQuerySchema);

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
