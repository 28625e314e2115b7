// GET /api/articles/:id: one stored record. Its response schema is the record's own TypeBox schema
// (src/record/schema.ts), so the OpenAPI document describes the record exactly as
// schema/record.schema.json does.
import type { FastifyPluginAsync } from 'fastify';
import type { Static } from 'typebox';
import { ArticleRecordSchema } from '../../record/schema.js';
import type { RecordStore } from '../../store/store.js';
import { RecordIdParams } from '../schemas.js';

export const articleRoutes: FastifyPluginAsync<{ store: RecordStore }> = async (app, { store }) => {
  app.get<{ Params: Static<typeof RecordIdParams> }>(
    '/api/articles/:id',
    {
      schema: { summary: 'One record', params: RecordIdParams, response: { 200: ArticleRecordSchema } },
    },
    async (req, reply) => {
      const json = (await store.recordJson(req.params.id)) ?? (await resolve(store, req.params.id));
      if (!json)
        return reply
          .code(404)
          .send({ statusCode: 404, error: 'Not Found', message: `no record with id ${req.params.id}` });
      // The stored JSON is the record as put() serialised it: sent as is, not parsed and re-serialised.
      return reply
        .type('application/json; charset=utf-8')
        .serializer((s: string) => s)
        .send(json);
    },
  );
};

async function resolve(store: RecordStore, prefix: string) {
  const id = await store.resolveId(prefix);
  return id ? store.recordJson(id) : null;
}
