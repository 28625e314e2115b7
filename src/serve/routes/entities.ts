// GET /api/entities/:key: one entity across the corpus.
import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from 'typebox';
import type { CorpusViews } from '../../store/store.js';
import { EntityProfileSchema } from '../../store/shapes.js';

const Params = Type.Object({
  key: Type.String({ minLength: 1, maxLength: 300, description: 'corpus entity key, URL-encoded' }),
});
export const entityRoutes: FastifyPluginAsync<{ store: CorpusViews }> = async (app, { store }) => {
  app.get<{ Params: Static<typeof Params> }>(
    '/api/entities/:key',
    {
      schema: {
        summary: 'An entity across the corpus: mentions over time, quotes, co-occurring entities',
        params: Params,
        response: { 200: EntityProfileSchema },
      },
    },
    async (req, reply) => {
      const profile = await store.entity(req.params.key);
      if (!profile)
        return reply
          .code(404)
          .send({ statusCode: 404, error: 'Not Found', message: `no entity with key ${req.params.key}` });
      return profile;
    },
  );
};
