// The HTTP API over a real SQLite corpus built by ingesting test pages: routes, schema errors,
// the ingest token, security headers and the OpenAPI description.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildApp } from '../../src/serve/app.js';
import {
  ClusteredEventSchema,
  CitedDomainsQuerySchema,
  EntityProfileSchema,
  EventQuerySchema,
  PlacesQuerySchema,
  QuoteQuerySchema,
  SearchPageSchema,
  SearchQuerySchema,
  TimelineQuerySchema,
} from '../../src/store/shapes.js';
import type { Store } from '../../src/store/index.js';
import { buildTestCorpus } from './corpus.js';
import { BASE_PAGES, HOSTILE_PAGE } from './pages.js';

const TOKEN = 'test-token-7c1f';
let dir: string;
let store: Store;
let ids: Record<string, string>;
let app: FastifyInstance;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-serve-'));
  ({ store, ids } = await buildTestCorpus(dir));
  app = await buildApp({ store, token: TOKEN, webRoot: join(dir, 'no-web') });
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  const json = String(res.headers['content-type']).startsWith('application/json');
  return { status: res.statusCode, body: json ? res.json() : res.body, headers: res.headers };
};

describe('search', () => {
  it('finds records by text with snippets, facets and totals', async () => {
    const { status, body } = await get('/api/search?q=Dushanbe');
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(body.hits[0].snippet).toContain('[Dushanbe]');
    expect(body.facets.places.find((f: { value: string }) => f.value === 'Dushanbe').count).toBe(3);
    expect(body.facets.eventTypes.map((f: { value: string }) => f.value)).toContain('PROTEST');
  });

  it('filters by entity, event type, modality and dates, and pages', async () => {
    expect((await get('/api/search?entity=' + encodeURIComponent('PERSON:vladimir putin'))).body.total).toBe(2);
    expect(
      (await get('/api/search?eventType=PROTEST&modality=hypothetical')).body.hits.map((h: { id: string }) => h.id),
    ).toEqual([ids[BASE_PAGES[2].url]]);
    expect((await get('/api/search?since=2022-03-01')).body.total).toBe(2);
    const page = await get('/api/search?limit=1&offset=1');
    expect(page.body.hits).toHaveLength(1);
    expect(page.body.total).toBe(4);
  });

  it('answers a bad query with a 400 that names the problem', async () => {
    const bad = await get('/api/search?modality=maybe');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/modality must be one of asserted, negated/);
    expect((await get('/api/search?since=yesterday')).body.message).toMatch(/since/);
    expect((await get('/api/search?limit=-3')).body.message).toMatch(/limit/);
    const unknown = await get('/api/search?qq=putin');
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toContain('unknown parameter "qq"');
  });
});

describe('articles', () => {
  it('returns the whole record, also by id prefix, and 404 for an unknown id', async () => {
    const id = ids[BASE_PAGES[0].url];
    const { status, body } = await get(`/api/articles/${id}`);
    expect(status).toBe(200);
    expect(body.entities.length).toBeGreaterThan(3);
    const piece = body.quotes[0].content.spans[0];
    expect(body.text.slice(piece.span[0], piece.span[1])).toBe(piece.text);
    expect(body.schemaVersion).toBe(6);
    expect(body.provenance).toMatchObject({ language: expect.any(String) });
    expect((await get(`/api/articles/${id.slice(0, 8)}`)).body.id).toBe(id);
    expect((await get('/api/articles/0000000000000000')).status).toBe(404);
    expect((await get('/api/articles/not-an-id')).status).toBe(400);
  });

  it('keeps hostile text as data', async () => {
    const { body } = await get(`/api/articles/${ids[HOSTILE_PAGE.url]}`);
    expect(body.text).toContain('<script>window.__datelinePwned=2');
  });
});

describe('entities', () => {
  it('profiles an entity across the corpus', async () => {
    const { status, body } = await get('/api/entities/' + encodeURIComponent('PERSON:vladimir putin'));
    expect(status).toBe(200);
    expect(body).toMatchObject({ name: 'Vladimir Putin', type: 'PERSON', title: 'President', records: 2 });
    expect(body.overTime.map((d: { date: string }) => d.date)).toEqual(['2022-02-17', '2022-02-20']);
    expect(body.quotes[0].content).toContain('actively working');
    expect(body.cooccurring.map((c: { name: string }) => c.name)).toContain('Emomali Rakhmon');
    expect((await get('/api/entities/' + encodeURIComponent('geo:1221874'))).body.geo).toMatchObject({ country: 'TJ' });
    expect((await get('/api/entities/' + encodeURIComponent('PERSON:nobody'))).status).toBe(404);
  });
});

describe('quotes, events, timeline, places', () => {
  it('lists quotes by speaker, by entity in the content and by text', async () => {
    expect((await get('/api/quotes')).body.total).toBe(2);
    const rakhmon = (await get('/api/quotes?speaker=rakhmon')).body.quotes[0];
    expect(rakhmon.content).toContain('cooperation');
    expect(rakhmon.pieces).toEqual([rakhmon.span]);
    expect(
      (await get('/api/quotes?about=' + encodeURIComponent('geo:1220409'))).body.quotes.map(
        (q: { speaker: string }) => q.speaker,
      ),
    ).toEqual(['Vladimir Putin']);
    expect((await get('/api/quotes?about=tajikistan')).body.total).toBe(1);
    expect((await get('/api/quotes?about=nowhere')).body.total).toBe(0);
    expect((await get('/api/quotes?q=stronger')).body.total).toBe(1);
  });

  it('filters events by type, modality, bounding box and time', async () => {
    expect((await get('/api/events?type=PROTEST')).body.total).toBe(3);
    expect((await get('/api/events?modality=negated')).body.total).toBe(2);
    const central = await get('/api/events?bbox=60,30,75,40');
    expect(central.body.events.every((e: { country: string }) => e.country !== 'RU')).toBe(true);
    expect(central.body.total).toBe(8);
    expect((await get('/api/events?since=2022-03-01&until=2022-03-31')).body.total).toBe(4);
    expect((await get('/api/events?bbox=1,2,3')).status).toBe(400);
    expect((await get('/api/events?bbox=0,50,10,40')).body.message).toMatch(/south <= north/);
  });

  it('counts events per day and per week by type and modality', async () => {
    const weeks = (await get('/api/timeline?interval=week')).body as {
      period: string;
      type: string;
      modality: string;
      count: number;
    }[];
    expect(new Set(weeks.map((w) => w.period))).toEqual(new Set(['2022-02-14', '2022-02-28']));
    // Two reports of one protest (same place, three days apart) count as one event.
    expect(
      weeks.find((w) => w.period === '2022-02-28' && w.type === 'PROTEST' && w.modality === 'asserted')?.count,
    ).toBe(1);
    const days = (await get('/api/timeline?type=CONSULT')).body as { period: string }[];
    expect(days.map((d) => d.period)).toEqual(['2022-02-17', '2022-02-20']);
    expect((await get('/api/timeline?interval=month')).status).toBe(400);
  });

  it('lists geocoded places for the map', async () => {
    const { body } = await get('/api/places');
    expect(body[0]).toMatchObject({ name: 'Dushanbe', records: 3 });
  });
});

describe('ingest', () => {
  const page = {
    content:
      '<html><body><article><p>Officials in Khujand said on Monday that the new bridge opened to traffic after two years of work.</p></article></body></html>',
    url: 'https://gazette.test/bridge',
    format: 'html',
  };

  it('refuses without the token, and with a wrong one', async () => {
    const none = await app.inject({ method: 'POST', url: '/api/ingest', payload: { pages: [page] } });
    expect(none.statusCode).toBe(401);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: { pages: [page] },
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('ingests uploaded pages with the token', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const bad = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: { pages: [{ url: 'ftp://x' }] },
      headers: auth,
    });
    expect(bad.statusCode).toBe(400);
    expect((await get('/api/search?q=Khujand')).body.total).toBe(0);
    const ok = await app.inject({ method: 'POST', url: '/api/ingest', payload: { pages: [page] }, headers: auth });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ new: 1, failed: [] });
    expect((await get('/api/search?q=Khujand')).body.total).toBe(1);
  });

  it('fetches URLs through the polite fetcher, which refuses private addresses', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: { urls: ['http://127.0.0.1:9/page'] },
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().failed[0]).toMatchObject({ input: 'http://127.0.0.1:9/page' });
  });

  it('is disabled when the server has no token', async () => {
    const open = await buildApp({ store, webRoot: join(dir, 'no-web') });
    const res = await open.inject({ method: 'POST', url: '/api/ingest', payload: { pages: [page] } });
    expect(res.statusCode).toBe(403);
    await open.close();
  });
});

describe('headers and description', () => {
  it('sends a strict Content-Security-Policy and nosniff on every response', async () => {
    for (const url of ['/api/search', '/api/nothing-here', '/']) {
      const { headers } = await get(url);
      const csp = String(headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('serves an OpenAPI description of every route', async () => {
    const { body } = await get('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    for (const path of [
      '/api/search',
      '/api/articles/{id}',
      '/api/entities/{key}',
      '/api/quotes',
      '/api/events',
      '/api/timeline',
      '/api/ingest',
    ]) {
      expect(Object.keys(body.paths)).toContain(path);
    }
    expect(body.paths['/api/search'].get.parameters.map((p: { name: string }) => p.name)).toContain('eventType');
  });

  it('describes what the store returns exactly: the same TypeBox shapes, every field named', async () => {
    const openapi = (await get('/api/openapi.json')).body;
    const reply = (path: string) => openapi.paths[path].get.responses[200].content['application/json'].schema;
    // Strict copies: a field the store returns that the shape does not name fails here (the
    // server's serializer would drop it silently).
    const strict = (schema: unknown): unknown =>
      Array.isArray(schema)
        ? schema.map(strict)
        : schema && typeof schema === 'object'
          ? Object.fromEntries(
              Object.entries({
                ...schema,
                ...('properties' in schema ? { additionalProperties: false } : {}),
              }).map(([k, v]) => [k, k === 'additionalProperties' ? v : strict(v)]),
            )
          : schema;
    const check = (schema: unknown, value: unknown) => {
      const validate = new Ajv2020({ strict: false }).compile(strict(schema) as object);
      expect(validate(value), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
    };
    expect(reply('/api/search')).toEqual(JSON.parse(JSON.stringify(SearchPageSchema)));
    expect(reply('/api/entities/{key}')).toEqual(JSON.parse(JSON.stringify(EntityProfileSchema)));
    check(reply('/api/search'), await store.search({ text: 'Dushanbe' }));
    check(reply('/api/quotes'), await store.quotes({}));
    check(reply('/api/events'), await store.eventMentions({}));
    check(reply('/api/timeline'), await store.timeline({ interval: 'day' }));
    check(reply('/api/places'), await store.places({}));
    check(reply('/api/entities/{key}'), await store.entity('PERSON:vladimir putin'));
    check(reply('/api/sources'), { domains: await store.citedDomains({}) });
    for (const id of Object.values(ids)) check(reply('/api/articles/{id}/citations'), await store.citations(id));
    // Clustered events (no route yet; exports carry them): the shape names every field the store returns.
    const { events } = await store.events({});
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) check(ClusteredEventSchema, event);
  });

  it("takes the store's query shapes as query strings, the text named q as always", async () => {
    const openapi = (await get('/api/openapi.json')).body;
    const parameters = (path: string) =>
      Object.fromEntries(
        openapi.paths[path].get.parameters.map((p: { name: string; schema: unknown }) => [p.name, p.schema]),
      );
    const asQuery = (shape: { properties: Record<string, unknown> }, rename = true) =>
      JSON.parse(
        JSON.stringify(
          Object.fromEntries(Object.entries(shape.properties).map(([k, v]) => [rename && k === 'text' ? 'q' : k, v])),
        ),
      );
    expect(parameters('/api/search')).toEqual(asQuery(SearchQuerySchema));
    expect(parameters('/api/sources')).toEqual(asQuery(CitedDomainsQuerySchema));
    expect(parameters('/api/quotes')).toEqual(asQuery(QuoteQuerySchema));
    expect(parameters('/api/places')).toEqual(asQuery(PlacesQuerySchema));
    // In a URL the box is one string and the interval may be left out; every other field is the store's.
    const { bbox, ...events } = parameters('/api/events');
    expect(bbox.type).toBe('string');
    expect({ ...events, bbox: 'box' }).toEqual({ ...asQuery(EventQuerySchema), bbox: 'box' });
    expect(parameters('/api/timeline')).toEqual(asQuery(TimelineQuerySchema));
    expect(
      openapi.paths['/api/timeline'].get.parameters.find((p: { name: string }) => p.name === 'interval').required,
    ).toBe(false);
    // The store's own name for the text is not a query parameter.
    expect((await get('/api/search?text=Dushanbe')).status).toBe(400);
    expect((await get('/api/quotes?text=talks')).status).toBe(400);
    expect((await get('/api/search?q=Dushanbe')).body.total).toBe(3);
  });

  it("describes an article's response as the published record schema, which the served record satisfies", async () => {
    const { body } = await get('/api/openapi.json');
    const schema = body.paths['/api/articles/{id}'].get.responses[200].content['application/json'].schema;
    const published = JSON.parse(readFileSync(new URL('../../schema/record.schema.json', import.meta.url), 'utf8'));
    expect(schema.properties).toEqual({ ...published.properties, schemaVersion: expect.anything() });
    expect(schema.required).toEqual(published.required);
    const validate = new Ajv2020({ strict: false }).compile(schema);
    for (const id of Object.values(ids)) {
      const record = (await get(`/api/articles/${id}`)).body;
      expect(validate(record), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
    }
  });
});
