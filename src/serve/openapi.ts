// The OpenAPI 3.1 description at /api/openapi.json, built from the routes' own schemas as they
// register (so it cannot drift from what the server validates).
import type { FastifyInstance, RouteOptions } from 'fastify';

type Schema = {
  properties?: Record<string, Schema & { description?: string }>;
  required?: string[];
  description?: string;
};
type RouteSchema = {
  summary?: string;
  querystring?: Schema;
  params?: Schema;
  body?: Schema;
  response?: Record<string, Schema>;
  security?: unknown;
};

declare module 'fastify' {
  interface FastifySchema {
    /** One line for the OpenAPI operation. */
    summary?: string;
    security?: Record<string, string[]>[];
  }
}

const OPENAPI_PATH = '/api/openapi.json';

/** Call before the routes register: collects every /api route with a schema. */
export function collectOpenApi(app: FastifyInstance, info: { title: string; version: string }): void {
  const paths: Record<string, Record<string, unknown>> = {};
  app.addHook('onRoute', (route: RouteOptions) => {
    const schema = route.schema as RouteSchema | undefined;
    if (!schema || !route.url.startsWith('/api/')) return;
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      (paths[path] ??= {})[method.toLowerCase()] = operation(schema);
    }
  });
  app.get(OPENAPI_PATH, async () => ({
    openapi: '3.1.0',
    info,
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: "the server's DATELINE_TOKEN" } },
    },
  }));
}

function operation(schema: RouteSchema) {
  const parameters = [...parametersOf(schema.params, 'path'), ...parametersOf(schema.querystring, 'query')];
  const responses: Record<string, unknown> = {
    400: { description: 'the request does not match the schema; the message says what is wrong' },
  };
  for (const [code, body] of Object.entries(schema.response ?? {})) {
    responses[code] = { description: body.description ?? 'OK', content: { 'application/json': { schema: body } } };
  }
  return {
    summary: schema.summary,
    parameters,
    ...(schema.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: schema.body } } } }
      : {}),
    ...(schema.security ? { security: schema.security } : {}),
    responses,
  };
}

function parametersOf(schema: Schema | undefined, where: 'path' | 'query') {
  return Object.entries(schema?.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (schema?.required ?? []).includes(name),
    description: s.description,
    schema: s,
  }));
}
