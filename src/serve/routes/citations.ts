// GET /api/articles/:id/citations: what a stored article cites (each body link, with the stored
// article it points to) and which stored articles cite it. GET /api/sources: the most-cited sites,
// with the stored articles citing them, over the records matching the search filters.
import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from 'typebox';
import type { CitationViews, RecordStore } from '../../store/store.js';
import { CitationsSchema, CitedDomainSchema, CitedDomainsQuerySchema } from '../../store/shapes.js';
import { RecordIdParams, withQ } from '../schemas.js';

const SourcesQuery = withQ(CitedDomainsQuerySchema);
const SourcesReply = Type.Object({ domains: Type.Array(CitedDomainSchema) });

export const citationRoutes: FastifyPluginAsync<{ store: RecordStore & CitationViews }> = async (app, { store }) => {
  app.get<{ Params: Static<typeof RecordIdParams> }>(
    '/api/articles/:id/citations',
    {
      schema: {
        summary: 'What an article cites and which stored articles cite it',
        params: RecordIdParams,
        response: { 200: CitationsSchema },
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
