// The workbench server: JSON API routes as plugins, the OpenAPI description, security headers and
// the built web UI, over one store. Built by a function so tests can use app.inject(); ./listen.ts
// binds it to a port.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { PACKAGE_ROOT } from '../package-root.js';
import type { Store } from '../store/index.js';
import { clientErrorReply, secureServerFactory, securityHeaders } from './security.js';
import { allowedHostNames, hostCheck, readToken } from './access.js';
import { collectOpenApi } from './openapi.js';
import { searchRoutes } from './routes/search.js';
import { articleRoutes } from './routes/articles.js';
import { entityRoutes } from './routes/entities.js';
import { quoteRoutes } from './routes/quotes.js';
import { eventRoutes } from './routes/events.js';
import { ingestRoutes } from './routes/ingest.js';
import { citationRoutes } from './routes/citations.js';

export interface AppOptions {
  store: Store;
  /** Bearer token for POST /api/ingest; without one, ingest over HTTP is disabled. */
  token?: string;
  /** Host names requests may name in their Host header (default: the loopback names). */
  allowedHosts?: ReadonlySet<string>;
  /** Every API request needs the token, reads included (a server bound beyond loopback). */
  tokenForReads?: boolean;
  /** Folder of the built web UI; defaults to dist/web in the package. */
  webRoot?: string;
  logger?: boolean;
}

/** dist/web in the package, from sources (tsx, tests), the tsc output and the bundled CLI alike. */
export const DEFAULT_WEB_ROOT = join(PACKAGE_ROOT, 'dist', 'web');

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    serverFactory: secureServerFactory,
    clientErrorHandler: clientErrorReply,
    // Unknown query parameters are errors, not silently dropped: a typo should not look like "no filter".
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
  });
  securityHeaders(app);
  hostCheck(app, opts.allowedHosts ?? allowedHostNames('127.0.0.1'));
  if (opts.tokenForReads) {
    if (!opts.token) throw new Error('tokenForReads needs a token');
    readToken(app, opts.token);
  }
  app.setErrorHandler(errorReply);
  collectOpenApi(app, { title: 'dateline workbench API', version: '0.1.0' });

  const { store } = opts;
  await app.register(searchRoutes, { store });
  await app.register(articleRoutes, { store });
  await app.register(entityRoutes, { store });
  await app.register(quoteRoutes, { store });
  await app.register(eventRoutes, { store });
  await app.register(citationRoutes, { store });
  if (opts.token) await app.register(ingestRoutes, { store, token: opts.token });
  else
    app.post('/api/ingest', async (_req, reply) =>
      reply.code(403).send({
        statusCode: 403,
        error: 'Forbidden',
        message: 'ingest over HTTP is disabled: start the server with DATELINE_TOKEN set',
      }),
    );

  const webRoot = opts.webRoot ?? DEFAULT_WEB_ROOT;
  if (existsSync(webRoot)) {
    await app.register(fastifyStatic, { root: webRoot, index: 'index.html' });
  } else {
    app.get('/', async (_req, reply) =>
      reply
        .type('text/plain')
        .send(`The web UI is not built (no ${webRoot}); run \`npm run build\`. The API is at /api/.`),
    );
  }
  app.setNotFoundHandler((req, reply) =>
    reply
      .code(404)
      .send({ statusCode: 404, error: 'Not Found', message: `no route ${req.method} ${req.url.split('?')[0]}` }),
  );
  return app;
}

const ERROR_NAMES: Record<number, string> = { 500: 'Internal Server Error', 503: 'Service Unavailable' };

/** Validation errors become 400s naming the field; other errors keep their status without internals. */
function errorReply(err: FastifyError, _req: unknown, reply: import('fastify').FastifyReply) {
  if (err.validation) {
    return reply.code(400).send({
      statusCode: 400,
      error: 'Bad Request',
      message: `${err.validationContext ?? 'request'}: ${describeValidation(err)}`,
    });
  }
  // 4xx errors and 503 (a search past its time limit) say why; anything else is an internal error.
  const status =
    err.statusCode && ((err.statusCode >= 400 && err.statusCode < 500) || err.statusCode === 503)
      ? err.statusCode
      : 500;
  if (status === 500) reply.log.error(err);
  return reply.code(status).send({
    statusCode: status,
    error: ERROR_NAMES[status] ?? 'Bad Request',
    message: status === 500 ? 'internal error' : err.message,
  });
}

function describeValidation(err: FastifyError): string {
  return (err.validation ?? [])
    .map((v) => {
      const field =
        v.instancePath.replace(/^\//, '').replace(/\//g, '.') ||
        (v.params as { additionalProperty?: string }).additionalProperty ||
        '';
      const allowed = (v.params as { allowedValues?: unknown[] }).allowedValues;
      const extra = (v.params as { additionalProperty?: string }).additionalProperty;
      if (extra) return `unknown parameter "${extra}"`;
      if (allowed) return `${field} must be one of ${allowed.join(', ')}`;
      return `${field} ${v.message ?? 'is invalid'}`.trim();
    })
    .join('; ');
}
