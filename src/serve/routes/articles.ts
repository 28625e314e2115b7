// GET /api/articles/:id: one stored record (the full record type, see schema/record.schema.json).
import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from 'typebox';
import type { Store } from '../../store/index.js';

const Params = Type.Object({ id: Type.String({ pattern: '^[0-9a-fA-F]{4,64}$', description: 'record id or an unambiguous prefix' }) });
const Reply = Type.Object({ id: Type.String(), text: Type.String() }, {
  additionalProperties: true,
  description: 'an ArticleRecord (schema/record.schema.json)',
});

export const articleRoutes: FastifyPluginAsync<{ store: Store }> = async (app, { store }) => {
  app.get<{ Params: Static<typeof Params> }>('/api/articles/:id', {
    schema: { summary: 'One record', params: Params, response: { 200: Reply } },
  }, async (req, reply) => {
    const record = (await store.get(req.params.id)) ?? (await resolve(store, req.params.id));
    if (!record) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no record with id ${req.params.id}` });
    return record;
  });
};

async function resolve(store: Store, prefix: string) {
  const id = await store.resolveId(prefix);
  return id ? store.get(id) : null;
}
