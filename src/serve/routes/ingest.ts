// POST /api/ingest: uploaded pages and URLs (fetched politely by sources/) through extract -> analyze -> store. Needs the
// server's token; the route is not registered at all when the server has none.
import { createHash } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from 'typebox';
import type { IngestTarget } from '../../store/store.js';
import type { SourceEntry, SourceItem } from '../../sources/item.js';
import { ingest } from '../../ingest/run.js';
import { urlItem } from '../../sources/urls.js';
import { Fetcher } from '../../sources/fetch/fetcher.js';
import { bearerToken, refuseWithoutToken, sameToken } from '../access.js';

/** Pages or URLs per request: a request stays short enough to answer before clients time out. */
const MAX_ITEMS = 100;
/** Characters per uploaded page (a very large news page is a few hundred KB of HTML). */
const MAX_PAGE_CHARS = 5_000_000;
/** Request body limit in bytes, above MAX_ITEMS pages of typical size. */
export const INGEST_BODY_LIMIT = 50 * 1024 * 1024;

const CONTENT_TYPES = { html: 'text/html', text: 'text/plain' } as const;
const Body = Type.Object(
  {
    pages: Type.Optional(
      Type.Array(
        Type.Object(
          {
            content: Type.String({ minLength: 1, maxLength: MAX_PAGE_CHARS }),
            url: Type.Optional(Type.String({ pattern: '^https?://', maxLength: 2000 })),
            format: Type.Optional(Type.Enum(['html', 'text'])),
          },
          { additionalProperties: false },
        ),
        { maxItems: MAX_ITEMS },
      ),
    ),
    urls: Type.Optional(Type.Array(Type.String({ pattern: '^https?://', maxLength: 2000 }), { maxItems: MAX_ITEMS })),
  },
  { additionalProperties: false },
);
const Reply = Type.Object({
  new: Type.Integer(),
  unchanged: Type.Integer(),
  updated: Type.Integer(),
  duplicate: Type.Integer(),
  nearDuplicate: Type.Integer(),
  alreadyDone: Type.Integer(),
  skipped: Type.Record(Type.String(), Type.Integer()),
  failed: Type.Array(Type.Object({ input: Type.String(), reason: Type.String() })),
});

function pageItem(page: NonNullable<Static<typeof Body>['pages']>[number]): SourceItem {
  const bytes = new TextEncoder().encode(page.content);
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return {
    key: page.url ?? `upload:${digest}`,
    // The content is uploaded, not fetched: a changed upload under the same URL is ingested again.
    version: digest,
    url: page.url,
    contentType: page.format ? CONTENT_TYPES[page.format] : undefined,
    read: async () => bytes,
  };
}

async function* entries(body: Static<typeof Body>, fetcher: Fetcher): AsyncGenerator<SourceEntry> {
  for (const page of body.pages ?? []) yield { item: pageItem(page) };
  for (const url of body.urls ?? []) yield { item: urlItem(url, fetcher) };
}

export const ingestRoutes: FastifyPluginAsync<{ store: IngestTarget; token: string }> = async (
  app,
  { store, token },
) => {
  // One polite fetcher (robots.txt, per-host pacing, no private addresses) for all URL requests.
  const fetcher = new Fetcher();
  app.post<{ Body: Static<typeof Body> }>(
    '/api/ingest',
    {
      bodyLimit: INGEST_BODY_LIMIT,
      schema: {
        summary: 'Ingest uploaded pages or URLs (needs Authorization: Bearer $DATELINE_TOKEN)',
        body: Body,
        response: { 200: Reply },
        security: [{ bearer: [] }],
      },
      // The token is checked before the body is read: an anonymous 45 MB upload is refused at once
      // instead of being parsed first, and the caller learns nothing about what it would have done.
      onRequest: async (req, reply) => {
        if (!sameToken(bearerToken(req), token)) await refuseWithoutToken(reply);
      },
    },
    async (req, reply) => {
      if (!req.body.pages?.length && !req.body.urls?.length) {
        return reply
          .code(400)
          .send({ statusCode: 400, error: 'Bad Request', message: 'body must carry pages or urls' });
      }
      return ingest(entries(req.body, fetcher), store);
    },
  );
};
