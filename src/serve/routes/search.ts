// GET /api/search: full text with filters, facets with counts, pages.
import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from 'typebox';
import type { SearchIndex } from '../../store/store.js';
import { NullableString, Paging, SearchFilters } from '../schemas.js';

const Query = Type.Object(
  {
    ...SearchFilters,
    ...Paging,
  },
  { additionalProperties: false },
);

const Facet = Type.Object({ value: Type.String(), count: Type.Integer() });
const Reply = Type.Object({
  total: Type.Integer(),
  hits: Type.Array(
    Type.Object({
      id: Type.String(),
      title: NullableString,
      published: NullableString,
      authors: Type.Array(Type.String()),
      source: NullableString,
      snippet: Type.String({ description: 'text around the match; matched terms wrapped in [ ]' }),
      score: Type.Number(),
    }),
  ),
  facets: Type.Record(Type.String(), Type.Array(Facet)),
  facetSample: Type.Optional(
    Type.Integer({ description: 'set when facet counts come from this many newest matches only' }),
  ),
});

export const searchRoutes: FastifyPluginAsync<{ store: SearchIndex }> = async (app, { store }) => {
  app.get<{ Querystring: Static<typeof Query> }>(
    '/api/search',
    {
      schema: { summary: 'Full-text search with filters and facets', querystring: Query, response: { 200: Reply } },
    },
    async (req) => {
      const { q, ...filters } = req.query;
      return store.search({ text: q, ...filters });
    },
  );
};
