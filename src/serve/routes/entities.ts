// GET /api/entities/:key: one entity across the corpus.
import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from 'typebox';
import type { CorpusViews } from '../../store/store.js';
import { EntityRef, FactSource, NullableString, QuoteHit } from '../schemas.js';

const Params = Type.Object({
  key: Type.String({ minLength: 1, maxLength: 300, description: 'corpus entity key, URL-encoded' }),
});
const Reply = Type.Object({
  ...EntityRef,
  aliases: Type.Array(Type.String()),
  title: NullableString,
  affiliation: NullableString,
  geo: Type.Union([Type.Object({ lat: Type.Number(), lon: Type.Number(), country: Type.String() }), Type.Null()]),
  records: Type.Integer(),
  mentions: Type.Integer(),
  overTime: Type.Array(Type.Object({ date: Type.String(), records: Type.Integer(), mentions: Type.Integer() })),
  appearances: Type.Array(Type.Object({ ...FactSource, local: Type.String() })),
  quotes: Type.Array(QuoteHit),
  cooccurring: Type.Array(Type.Object({ ...EntityRef, records: Type.Integer() })),
});

export const entityRoutes: FastifyPluginAsync<{ store: CorpusViews }> = async (app, { store }) => {
  app.get<{ Params: Static<typeof Params> }>(
    '/api/entities/:key',
    {
      schema: {
        summary: 'An entity across the corpus: mentions over time, quotes, co-occurring entities',
        params: Params,
        response: { 200: Reply },
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
