// Feeds: the four formats parsed to entries, full content used when the feed carries it, pages
// fetched otherwise, paging followed (Atom rel="next", Blogger start-index), and conditional polls.
import { describe, expect, it } from 'vitest';
import { parseFeedPage, MIN_FULL_CONTENT_CHARS } from '../../src/sources/feeds/parse.js';
import { feedEntries } from '../../src/sources/feeds/index.js';
import { Fetcher } from '../../src/sources/fetch/fetcher.js';
import { memoryState } from '../../src/sources/state.js';
import type { SourceEntry, SourceItem } from '../../src/sources/item.js';
import { articlePage, send, startServer } from './server.js';

const LONG = '<p>' + 'The council met on Monday to debate the new budget for schools and roads. '.repeat(12) + '</p>';
const fast = { allowPrivate: true, rate: 100 };

async function collect(gen: AsyncIterable<SourceEntry>): Promise<SourceEntry[]> {
  const out: SourceEntry[] = [];
  for await (const e of gen) out.push(e);
  return out;
}
const items = (entries: SourceEntry[]): SourceItem[] => entries.flatMap((e) => ('item' in e ? [e.item] : []));

describe('parseFeedPage', () => {
  it('reads RSS 2.0 with content:encoded, keeping short descriptions as teasers only', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>
      <item><title>Full</title><link>/a</link><pubDate>Sat, 01 Jan 2022 10:00:00 GMT</pubDate><content:encoded><![CDATA[${LONG}]]></content:encoded></item>
      <item><title>Teaser</title><link>https://other.example/b</link><description>Short.</description><content:encoded><![CDATA[<p>Read more…</p>]]></content:encoded></item>
    </channel></rss>`;
    const page = parseFeedPage(rss, 'https://news.example/feed');
    expect(page.entries[0]).toMatchObject({
      link: 'https://news.example/a',
      title: 'Full',
      published: '2022-01-01T10:00:00.000Z',
      content: LONG,
    });
    expect(page.entries[1].content).toBeUndefined();
    expect(page.entries[1].link).toBe('https://other.example/b');
    expect(LONG.length).toBeGreaterThan(MIN_FULL_CONTENT_CHARS);
  });

  it('reads RSS 1.0 / RDF with Dublin Core dates', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://x.example/"><title>t</title><link>https://x.example/</link></channel>
      <item rdf:about="https://x.example/1"><title>One</title><link>https://x.example/1</link><dc:date>2021-12-26T08:00:00Z</dc:date></item></rdf:RDF>`;
    expect(parseFeedPage(rdf, 'https://x.example/rdf').entries).toEqual([
      { link: 'https://x.example/1', id: 'https://x.example/1', title: 'One', published: '2021-12-26T08:00:00.000Z' },
    ]);
  });

  it('reads Atom content and rel="next", and JSON Feed items', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><link rel="next" href="?page=2"/>
      <entry><title>A</title><id>tag:1</id><link rel="alternate" href="https://b.example/a"/><link rel="replies" href="https://b.example/a#c"/><published>2022-02-17T00:00:00Z</published><content type="html">${LONG.replace(/</g, '&lt;')}</content></entry></feed>`;
    const page = parseFeedPage(atom, 'https://b.example/feeds/posts/default');
    expect(page.next).toBe('https://b.example/feeds/posts/default?page=2');
    expect(page.entries[0]).toMatchObject({
      link: 'https://b.example/a',
      content: LONG,
      published: '2022-02-17T00:00:00.000Z',
    });
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 't',
      next_url: 'https://j.example/2.json',
      items: [{ id: '1', url: 'https://j.example/1', content_html: LONG, date_published: '2022-01-01T00:00:00Z' }],
    });
    expect(parseFeedPage(json, 'https://j.example/feed.json')).toMatchObject({
      next: 'https://j.example/2.json',
      entries: [{ link: 'https://j.example/1', content: LONG }],
    });
  });

  it('pages Blogger feeds by start-index when OpenSearch counts say more remain', () => {
    const atom = (
      start: number,
    ) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:openSearch="http://a9.com/-/spec/opensearchrss/1.0/"><title>t</title>
      <openSearch:totalResults>3</openSearch:totalResults><openSearch:startIndex>${start}</openSearch:startIndex><openSearch:itemsPerPage>2</openSearch:itemsPerPage>
      <entry><id>${start}</id><title>x</title><link rel="alternate" href="https://b.example/${start}"/></entry>${start === 1 ? '<entry><id>2</id><title>y</title><link rel="alternate" href="https://b.example/2"/></entry>' : ''}</feed>`;
    expect(parseFeedPage(atom(1), 'https://b.example/feeds/posts/default').next).toBe(
      'https://b.example/feeds/posts/default?start-index=3&max-results=2',
    );
    expect(
      parseFeedPage(atom(3), 'https://b.example/feeds/posts/default?start-index=3&max-results=2').next,
    ).toBeUndefined();
  });

  it('throws on something that is not a feed', () => {
    expect(() => parseFeedPage('<html><body>hi</body></html>', 'https://x.example/')).toThrow();
  });
});

describe('feedEntries over HTTP', async () => {
  const srv = await startServer();
  const atomPage = (
    n: number,
    next?: string,
  ) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>${next ? `<link rel="next" href="${next}"/>` : ''}
    <entry><id>full-${n}</id><title>Full ${n}</title><link rel="alternate" href="${srv.url}/post/full-${n}"/><published>2022-0${n}-01T00:00:00Z</published><content type="html">${LONG.replace(/</g, '&lt;')}</content></entry>
    <entry><id>link-${n}</id><title>Linked ${n}</title><link rel="alternate" href="${srv.url}/post/link-${n}"/><summary>Short summary.</summary></entry></feed>`;
  srv.route('/feed', (req, res) => {
    if (req.headers['if-none-match'] === '"p1"') return send('', {}, 304)(req, res);
    send(atomPage(1, '/feed?page=2'), { 'content-type': 'application/atom+xml', etag: '"p1"' })(req, res);
  });
  srv.route('/feed?page=2', send(atomPage(2), { 'content-type': 'application/atom+xml' }));
  srv.route('/post/link-1', send(articlePage('Linked 1', ['Body one.'])));
  srv.route('/post/link-2', send(articlePage('Linked 2', ['Body two.'])));

  it('yields feed content as items, links as fetched pages, across pages, then a checkpoint', async () => {
    const state = memoryState();
    const entries = await collect(feedEntries(`${srv.url}/feed`, new Fetcher(fast), state));
    const got = items(entries);
    expect(got.map((i) => i.key)).toEqual([
      `${srv.url}/post/full-1`,
      `${srv.url}/post/link-1`,
      `${srv.url}/post/full-2`,
      `${srv.url}/post/link-2`,
    ]);
    expect(got[0]).toMatchObject({
      sourceFormat: 'feed',
      published: '2022-01-01T00:00:00.000Z',
      url: `${srv.url}/post/full-1`,
    });
    expect(Buffer.from(await got[0].read()).toString()).toContain('<title>Full 1</title>');
    expect(srv.hits('/post/full-1')).toBe(0);
    expect(Buffer.from(await got[1].read()).toString()).toContain('Body one.');
    const checkpoint = entries.find((e) => 'checkpoint' in e);
    expect(checkpoint && 'checkpoint' in checkpoint && checkpoint.checkpoint.after).toEqual([
      `${srv.url}/post/full-1`,
      `${srv.url}/post/link-1`,
    ]);
    // Validators are saved only when the checkpoint runs (after the items are stored).
    expect(await state.validators(`${srv.url}/feed`)).toBeUndefined();
    if (checkpoint && 'checkpoint' in checkpoint) await checkpoint.checkpoint.run();
    expect(await collect(feedEntries(`${srv.url}/feed`, new Fetcher(fast), state))).toEqual([]);
  });

  it('reports a feed that cannot be fetched or parsed as a failure', async () => {
    srv.route('/not-a-feed', send('<html><body>nope</body></html>'));
    const [missing] = await collect(feedEntries(`${srv.url}/nope`, new Fetcher(fast), memoryState()));
    expect(missing).toEqual({ failure: { key: `${srv.url}/nope`, reason: 'feed: HTTP 404' } });
    const [bad] = await collect(feedEntries(`${srv.url}/not-a-feed`, new Fetcher(fast), memoryState()));
    expect('failure' in bad && bad.failure.reason).toMatch(/^not a feed/);
  });
});
