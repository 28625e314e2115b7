// Property-based fuzzing (fast-check), bounded by a number of cases, never by time, with a fixed
// seed so a failure replays: the HTML and text extractors, the feed, sitemap and WARC readers, the
// search query parser against a real FTS5 index, and the API's query schemas against a real
// server. Each target may refuse an input only with its own one-line error; anything else (a
// TypeError, a 500, an out-of-range span) is a crash. A crash found becomes a regression test.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { extract, ExtractError } from '../../src/extract/index.js';
import { parseFeedPage } from '../../src/sources/feeds/parse.js';
import { parseSitemap } from '../../src/sources/sitemaps.js';
import { warcEntries } from '../../src/sources/warc.js';
import { parseQueryText, SearchQueryError } from '../../src/store/query-text.js';
import { snippet } from '../../src/store/snippet.js';
import { openStore, type Store } from '../../src/store/index.js';
import { buildApp } from '../../src/serve/app.js';
import { plainRecord } from '../helpers/plain-record.js';
import { tempDir } from '../helpers/tmp.js';
import { warcBytes } from '../sources/warc-writer.js';

const SEED = 20261202;
/** Cases per target; the whole file runs a few thousand. */
const RUNS = { html: 300, text: 300, feed: 400, sitemap: 400, warc: 150, query: 1_000, api: 400 };
const run = (prop: fc.IRawProperty<unknown, boolean>, numRuns: number) => fc.assert(prop, { seed: SEED, numRuns });

/** Pieces of markup that exercise the extractor's paths: structure, boilerplate, metadata, scripts, broken tags. */
const HTML_PIECES = [
  '<html>',
  '</html>',
  '<head>',
  '</head>',
  '<body>',
  '</body>',
  '<article>',
  '</article>',
  '<div class="content">',
  '</div>',
  '<p>',
  '</p>',
  '<h1>',
  '</h1>',
  '<nav>',
  '</nav>',
  '<footer>',
  '<script>var a = "</p>";</script>',
  '<style>p{}</style>',
  '<meta property="article:published_time" content="2022-02-17T10:00:00Z">',
  '<meta name="author" content="Anna">',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"X","datePublished":"2021"}</script>',
  '<title>',
  '</title>',
  '<br>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '<',
  '>',
  '"',
  "'",
  'Officials in Dushanbe said on Monday that talks would resume. ',
  'By Anna Petrova, ',
  'Feb. 17, 2022 ',
  '\u0000',
  '\uFFFD',
  '😀',
  'é',
];
const htmlish = fc
  .array(fc.oneof(fc.constantFrom(...HTML_PIECES), fc.string({ maxLength: 20 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

const TEXT_LINES = [
  'Title: Talks resume',
  'By Anna Petrova',
  'Posted on February 17, 2022',
  'DUSHANBE, Feb. 17 –',
  '',
  '---',
  'Comments',
  '“We will talk,” the minister said.',
  'Share this:',
  'Tags: news',
  '* * *',
  'Officials met on Monday.',
  '\t',
  '\u2028',
];
const textish = fc
  .array(fc.oneof(fc.constantFrom(...TEXT_LINES), fc.string({ maxLength: 40 })), { maxLength: 40 })
  .map((lines) => lines.join('\n'));

const XML_PIECES = [
  '<?xml version="1.0"?>',
  '<rss version="2.0">',
  '</rss>',
  '<channel>',
  '</channel>',
  '<item>',
  '</item>',
  '<title>',
  '</title>',
  '<link>',
  '</link>',
  'https://news.example/a',
  '/relative',
  'javascript:alert(1)',
  '<pubDate>Sat, 01 Jan 2022 10:00:00 GMT</pubDate>',
  '<feed xmlns="http://www.w3.org/2005/Atom">',
  '</feed>',
  '<entry>',
  '</entry>',
  '<link rel="next" href="?page=2"/>',
  '<content type="html">',
  '</content>',
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
  '</urlset>',
  '<url>',
  '</url>',
  '<loc>',
  '</loc>',
  '<lastmod>2023-04-30</lastmod>',
  '<sitemapindex>',
  '</sitemapindex>',
  '<sitemap>',
  '</sitemap>',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '&a;',
  '<![CDATA[<p>x</p>]]>',
  '{"version":"https://jsonfeed.org/version/1.1","items":[{"url":"x"}]}',
];
const xmlish = fc
  .array(fc.oneof(fc.constantFrom(...XML_PIECES), fc.string({ maxLength: 15 })), { maxLength: 50 })
  .map((parts) => parts.join(''));

/** An Error with a message, as the readers report refusals; anything else is a crash. */
function isOrdinaryError(err: unknown): boolean {
  return err instanceof Error && !(err instanceof TypeError) && !(err instanceof RangeError) && err.message.length > 0;
}

function spansInside(text: string, spans: readonly (readonly [number, number])[]): boolean {
  return spans.every(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= text.length);
}

const counted: Record<string, number> = {};
afterAll(() => {
  const total = Object.values(counted).reduce((a, b) => a + b, 0);
  console.log(
    `fuzz: ${total} cases (${Object.entries(counted)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}), seed ${SEED}`,
  );
});
const count = (target: keyof typeof RUNS) => {
  counted[target] = (counted[target] ?? 0) + 1;
};

describe('fuzzing', () => {
  it(`the HTML extractor returns an article with spans inside its text, or an ExtractError (${RUNS.html} cases)`, () => {
    run(
      fc.property(htmlish, (html) => {
        count('html');
        try {
          const a = extract({ content: Buffer.from(html), format: 'html', url: 'https://news.example/a' });
          return spansInside(a.text, a.paragraphs);
        } catch (err) {
          return err instanceof ExtractError;
        }
      }),
      RUNS.html,
    );
  });

  it(`the text-dump extractor does too (${RUNS.text} cases)`, () => {
    run(
      fc.property(textish, (text) => {
        count('text');
        try {
          const a = extract({ content: text, format: 'text', path: 'dump.txt' });
          return spansInside(a.text, a.paragraphs) && (a.dateline === null || typeof a.dateline.raw === 'string');
        } catch (err) {
          return err instanceof ExtractError;
        }
      }),
      RUNS.text,
    );
  });

  it(`the feed parser returns entries with http(s) or no links, or a one-line error (${RUNS.feed} cases)`, () => {
    run(
      fc.property(xmlish, (xml) => {
        count('feed');
        try {
          const page = parseFeedPage(xml, 'https://news.example/feed');
          return Array.isArray(page.entries);
        } catch (err) {
          return isOrdinaryError(err);
        }
      }),
      RUNS.feed,
    );
  });

  it(`the sitemap parser returns locations or a one-line error (${RUNS.sitemap} cases)`, () => {
    run(
      fc.property(xmlish, (xml) => {
        count('sitemap');
        try {
          const { urls, sitemaps } = parseSitemap(xml, 'https://news.example/sitemap.xml');
          return [...urls, ...sitemaps].every((l) => typeof l.loc === 'string');
        } catch (err) {
          return isOrdinaryError(err);
        }
      }),
      RUNS.sitemap,
    );
  });

  describe('the WARC reader', () => {
    const dir = tempDir();
    let archive: Buffer;
    beforeAll(async () => {
      archive = await warcBytes(
        [
          { type: 'warcinfo', url: '', body: 'software: fuzz' },
          { type: 'response', url: 'https://news.example/a', body: '<html><body><p>One page.</p></body></html>' },
          { type: 'response', url: 'https://news.example/b', contentType: 'text/plain', body: 'Another page.' },
        ],
        false,
      );
    });

    it(`reads any mutation of an archive to the end, yielding entries and never throwing (${RUNS.warc} cases)`, async () => {
      const mutation = fc.array(
        fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }), cut: fc.boolean() }),
        { minLength: 1, maxLength: 6 },
      );
      await fc.assert(
        fc.asyncProperty(mutation, async (edits) => {
          count('warc');
          let bytes = Buffer.from(archive);
          for (const e of edits) {
            if (e.cut) bytes = bytes.subarray(0, e.at % (bytes.length + 1));
            else if (bytes.length > 0) bytes[e.at % bytes.length] = e.byte;
          }
          const path = join(dir, 'fuzz.warc');
          writeFileSync(path, bytes);
          for await (const entry of warcEntries(path)) {
            if ('item' in entry) await entry.item.read();
            if ('failure' in entry && !entry.failure.reason) return false;
          }
          return true;
        }),
        { seed: SEED, numRuns: RUNS.warc },
      );
    });
  });

  describe('the search query parser', () => {
    const dir = tempDir();
    let store: Store;
    beforeAll(async () => {
      store = await openStore(join(dir, 'fuzz.db'));
      await store.put(
        plainRecord('a.txt', 'Officials in Dushanbe said on Monday that the border talks would resume in Zürich.'),
      );
    });
    afterAll(async () => store.close());

    const QUERY_PIECES = [
      '"',
      '*',
      '(',
      ')',
      'AND',
      'OR',
      'NOT',
      'NEAR',
      ':',
      '^',
      '-',
      '+',
      'title:',
      'border',
      'talk*',
      '"border talks"',
      'zür*',
      ' ',
      '\u0000',
      '😀',
    ];
    const queryish = fc
      .array(fc.oneof(fc.constantFrom(...QUERY_PIECES), fc.string({ maxLength: 8 })), { maxLength: 30 })
      .map((p) => p.join(''));

    it(`gives FTS5 a query it always accepts, or refuses with SearchQueryError (${RUNS.query} cases)`, async () => {
      await fc.assert(
        fc.asyncProperty(queryish, async (text) => {
          count('query');
          let terms;
          try {
            terms = parseQueryText(text);
          } catch (err) {
            return err instanceof SearchQueryError;
          }
          snippet('Officials in Dushanbe said on Monday that the border talks would resume.', terms);
          try {
            await store.search({ text });
            return true;
          } catch (err) {
            return err instanceof SearchQueryError;
          }
        }),
        { seed: SEED, numRuns: RUNS.query },
      );
    });
  });

  describe('the API query schemas', () => {
    const dir = tempDir();
    let store: Store;
    let app: FastifyInstance;
    beforeAll(async () => {
      store = await openStore(join(dir, 'api.db'));
      await store.put(plainRecord('a.txt', 'Officials in Dushanbe said on Monday that the border talks would resume.'));
      app = await buildApp({ store, webRoot: join(dir, 'no-web') });
    });
    afterAll(async () => {
      await app.close();
      await store.close();
    });

    const ROUTES = [
      '/api/search',
      '/api/quotes',
      '/api/events',
      '/api/timeline',
      '/api/places',
      '/api/entities/x',
      '/api/articles/abcd',
    ];
    const NAMES = [
      'q',
      'since',
      'until',
      'limit',
      'offset',
      'eventType',
      'modality',
      'speaker',
      'about',
      'text',
      'interval',
      'bbox',
      'type',
      'place',
      'entity',
      'author',
      'source',
      'minSources',
      'country',
      'actor',
    ];
    const VALUES = [
      '',
      '2022',
      '2022-02-17',
      '2022-13-45',
      '-1',
      '0',
      '20',
      '501',
      '1e309',
      'NaN',
      'PROTEST',
      'future',
      'day',
      'week',
      '1,2,3,4',
      '180,90,-180,-90',
      'a*',
      '"',
      '%00',
      '%ZZ',
      '%E2%80%A8',
    ];
    const query = fc.array(
      fc.tuple(
        fc.constantFrom(...NAMES),
        fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 12 }).map(encodeURIComponent)),
      ),
      { maxLength: 5 },
    );

    it(`answers every query string with 2xx, 4xx or 503, never a 500 (${RUNS.api} cases)`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...ROUTES), query, async (route, params) => {
          count('api');
          const url = `${route}?${params.map(([k, v]) => `${k}=${v}`).join('&')}`;
          const res = await app.inject({ method: 'GET', url });
          return res.statusCode < 500 || res.statusCode === 503;
        }),
        { seed: SEED, numRuns: RUNS.api },
      );
    });
  });
});
