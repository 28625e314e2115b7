// The citation routes over a real SQLite store of pages that cite one another, declared in OpenAPI.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/serve/app.js';
import { openStore, type Store } from '../../src/store/index.js';
import { citingCorpus } from '../helpers/citing-pages.js';
import { tempDir } from '../helpers/tmp.js';

const corpus = citingCorpus();
let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  const dir = tempDir('dateline-citations-api-');
  store = await openStore(join(dir, 'c.db'));
  for (const r of [corpus.report, corpus.blog, corpus.digest]) await store.put(r);
  app = await buildApp({ store, webRoot: join(dir, 'no-web') });
});

afterAll(async () => {
  await app?.close();
  await store?.close();
});

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() };
};

describe('citation API', () => {
  it('lists what an article cites, with the stored article each link opens, and who cites it', async () => {
    const { digest, report, blog } = corpus;
    const d = await get(`/api/articles/${digest.id}/citations`);
    expect(d.status).toBe(200);
    expect(d.body.cites[0]).toEqual({
      url: 'https://news.example/world/2022/03/02/valley-floods',
      text: 'reports the News',
      span: digest.links![0].span,
      domain: 'news.example',
      internal: false,
      recordId: report.id,
      recordTitle: 'Floods cut the valley road',
    });
    const r = await get(`/api/articles/${report.id.slice(0, 8)}/citations`);
    expect(r.body.citedBy.map((c: { recordId: string }) => c.recordId)).toEqual([digest.id, blog.id]);
    expect((await get('/api/articles/00000000/citations')).status).toBe(404);
  });

  it('lists the most-cited sites, filtered like search', async () => {
    const all = await get('/api/sources');
    expect(all.status).toBe(200);
    expect(all.body.domains.map((d: { domain: string; records: number }) => [d.domain, d.records])).toEqual([
      ['agency.example', 2],
      ['news.example', 2],
      ['valleyblog.example', 1],
    ]);
    const later = await get('/api/sources?since=2022-03-05&limit=1');
    expect(later.body.domains).toEqual([
      {
        domain: 'agency.example',
        links: 2,
        records: 1,
        articles: [
          {
            recordId: corpus.digest.id,
            title: 'Floods: a roundup',
            published: '2022-03-05',
            source: 'https://digest.example/2022/03/floods-roundup',
          },
        ],
      },
    ]);
    expect((await get('/api/sources?limit=0')).status).toBe(400);
  });

  it('declares both routes in OpenAPI', async () => {
    const { body } = await get('/api/openapi.json');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/articles/{id}/citations', '/api/sources']));
    expect(body.paths['/api/sources'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['q', 'since', 'until', 'entity', 'limit']),
    );
  });
});
