// Sitemaps: urlsets, indexes, news sitemaps, gzipped files, robots.txt Sitemap lines, --since.
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { sitemapEntries } from '../../src/sources/sitemaps.js';
import { Fetcher } from '../../src/sources/fetch/fetcher.js';
import type { SourceEntry } from '../../src/sources/item.js';
import { send, startServer } from './server.js';

const XML = { 'content-type': 'application/xml' };
const fast = { allowPrivate: true, rate: 100 };

async function collect(gen: AsyncIterable<SourceEntry>): Promise<SourceEntry[]> {
  const out: SourceEntry[] = [];
  for await (const e of gen) out.push(e);
  return out;
}

describe('sitemapEntries', async () => {
  const srv = await startServer();
  srv.route(
    '/robots.txt',
    send(`User-agent: *\nAllow: /\nSitemap: ${srv.url}/sitemap-index.xml\n`, { 'content-type': 'text/plain' }),
  );
  srv.route(
    '/sitemap-index.xml',
    send(
      `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>${srv.url}/pages.xml</loc><lastmod>2023-05-01</lastmod></sitemap>
    <sitemap><loc>${srv.url}/news.xml.gz</loc></sitemap>
    <sitemap><loc>${srv.url}/old.xml</loc><lastmod>2019-01-01</lastmod></sitemap></sitemapindex>`,
      XML,
    ),
  );
  srv.route(
    '/pages.xml',
    send(
      `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <url><loc>${srv.url}/p/new</loc><lastmod>2023-04-30T12:00:00+00:00</lastmod></url>
    <url><loc>/p/relative</loc></url>
    <url><loc>${srv.url}/p/old</loc><lastmod>2020-01-01</lastmod></url></urlset>`,
      XML,
    ),
  );
  srv.route(
    '/news.xml.gz',
    send(
      gzipSync(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
    <url><loc>${srv.url}/n/1</loc><news:news><news:publication><news:name>X</news:name><news:language>en</news:language></news:publication><news:publication_date>2023-06-01T08:00:00Z</news:publication_date><news:title>One</news:title></news:news></url></urlset>`),
      { 'content-type': 'application/x-gzip' },
    ),
  );
  srv.route(
    '/old.xml',
    send(
      `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${srv.url}/p/ancient</loc></url></urlset>`,
      XML,
    ),
  );

  it('follows robots.txt to an index, its sitemaps (gzipped and news ones too), and filters by --since', async () => {
    const entries = await collect(sitemapEntries(`${srv.url}/robots.txt`, new Fetcher(fast), { since: '2022-01-01' }));
    const items = entries.flatMap((e) => ('item' in e ? [e.item] : []));
    expect(items.map((i) => i.key)).toEqual([`${srv.url}/p/new`, `${srv.url}/p/relative`, `${srv.url}/n/1`]);
    expect(items[2].published).toBe('2023-06-01T08:00:00Z');
    const skipped = entries.flatMap((e) => ('skipped' in e ? [e.skipped] : []));
    expect(skipped).toEqual([
      { key: `${srv.url}/old.xml`, reason: 'sitemap older than --since' },
      { key: `${srv.url}/p/old`, reason: 'page older than --since' },
    ]);
    expect(srv.hits('/old.xml')).toBe(0);
  });

  it('without --since takes every entry', async () => {
    const entries = await collect(sitemapEntries(`${srv.url}/sitemap-index.xml`, new Fetcher(fast)));
    expect(entries.filter((e) => 'item' in e)).toHaveLength(5);
  });

  it('reports unreadable sitemaps and goes on', async () => {
    srv.route(
      '/broken-index.xml',
      send(
        `<sitemapindex><sitemap><loc>${srv.url}/missing.xml</loc></sitemap><sitemap><loc>${srv.url}/pages.xml</loc></sitemap></sitemapindex>`,
        XML,
      ),
    );
    const entries = await collect(sitemapEntries(`${srv.url}/broken-index.xml`, new Fetcher(fast)));
    expect(entries[0]).toEqual({ failure: { key: `${srv.url}/missing.xml`, reason: 'sitemap: HTTP 404' } });
    expect(entries.filter((e) => 'item' in e)).toHaveLength(3);
  });
});
