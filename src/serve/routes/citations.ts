// GET /api/articles/:id/citations: what a stored article cites (each body link, with the stored
// article it points to) and which stored articles cite it. GET /api/sources: the most-cited sites,
// with the stored articles citing them, over the records matching the search filters.
import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from 'typebox';
import type { CitationViews, RecordStore } from '../../store/store.js';
import { Nullable, NullableString, RecordIdParams, SearchFilters, Span } from '../schemas.js';

const CitedLink = Type.Object({
  url: Type.String({ description: 'absolute, normalised' }),
  text: Type.String({ description: 'anchor text' }),
  span: Span,
  domain: Type.String({ description: 'the cited site (registrable domain)' }),
  internal: Type.Boolean(),
  recordId: Nullable(Type.String(), 'the stored article the link points to, when stored'),
  recordTitle: NullableString,
});
const CitingRecord = Type.Object({
  recordId: Type.String(),
  title: NullableString,
  published: NullableString,
  source: NullableString,
  url: Type.String({ description: 'the citing link, pointing at this article' }),
  text: Type.String({ description: 'its anchor text' }),
  span: Span,
});
const CitationsReply = Type.Object({ cites: Type.Array(CitedLink), citedBy: Type.Array(CitingRecord) });

const SourcesQuery = Type.Object(
  {
    ...SearchFilters,
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'sites listed' })),
  },
  { additionalProperties: false },
);
const SourcesReply = Type.Object({
  domains: Type.Array(
    Type.Object({
      domain: Type.String(),
      links: Type.Integer({ description: 'external links to the site' }),
      records: Type.Integer({ description: 'articles with at least one such link' }),
      articles: Type.Array(
        Type.Object({
          recordId: Type.String(),
          title: NullableString,
          published: NullableString,
          source: NullableString,
        }),
        { description: 'the newest citing articles' },
      ),
    }),
  ),
});

export const citationRoutes: FastifyPluginAsync<{ store: RecordStore & CitationViews }> = async (app, { store }) => {
  app.get<{ Params: Static<typeof RecordIdParams> }>(
    '/api/articles/:id/citations',
    {
      schema: {
        summary: 'What an article cites and which stored articles cite it',
        params: RecordIdParams,
        response: { 200: CitationsReply },
      },
    },
    async (req, reply) => {
      // A whole id is its own unambiguous prefix.
      const id = await store.resolveId(req.params.id);
      const found = id ? await store.citations(id) : null;
      if (!found)
        return reply
          .code(404)
          .send({ statusCode: 404, error: 'Not Found', message: `no record with id ${req.params.id}` });
      return found;
    },
  );
  app.get<{ Querystring: Static<typeof SourcesQuery> }>(
    '/api/sources',
    {
      schema: {
        summary: 'The most-cited sites and the stored articles citing them, filtered like search',
        querystring: SourcesQuery,
        response: { 200: SourcesReply },
      },
    },
    async (req) => {
      const { q, ...filters } = req.query;
      return { domains: await store.citedDomains({ text: q, ...filters }) };
    },
  );
};
