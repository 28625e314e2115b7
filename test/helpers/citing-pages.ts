// A small corpus of HTML pages that link to one another and to outside sites, for the citation
// tests of the stores, the API, the exports and the citation follower. Real extraction (no
// analysis, which links do not need): the records are what `ingest --extract-only` stores.
import { extract } from '../../src/extract/index.js';
import { toRecord } from '../../src/analyze/record.js';
import type { ArticleRecord } from '../../src/record/types.js';

const PROSE =
  'Officials gave no figures for the damage, and the regional government said it would publish a full assessment once the water had receded from the lower districts of the valley.';

/** An article page: a title, paragraphs with the given inline links, and a navigation bar of its own site. */
export function articlePage(
  title: string,
  paragraphs: string[],
  opts: { canonical?: string; published?: string } = {},
) {
  return `<!doctype html><html><head><title>${title}</title>
${opts.canonical ? `<link rel="canonical" href="${opts.canonical}">` : ''}
${opts.published ? `<meta property="article:published_time" content="${opts.published}">` : ''}
</head><body>
<nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/about">About</a></nav>
<article><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p} ${PROSE}</p>`).join('\n')}
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/old/1">An older story about the same valley</a></li><li><a href="/old/2">Another older story about the same valley</a></li></ul></aside>
</body></html>`;
}

export interface CitingCorpus {
  /** Cites the report (with tracking parameters) and the agency, and an outside source twice. */
  digest: ArticleRecord;
  /** Known by its URL; cited by the digest and the blog. */
  report: ArticleRecord;
  /** Known by its canonical URL (stored from a mirror address); cites the report. */
  blog: ArticleRecord;
}

export const CITING_URLS = {
  digest: 'https://digest.example/2022/03/floods-roundup',
  report: 'https://news.example/world/2022/03/02/valley-floods',
  blogMirror: 'https://mirror.example/copy/valley-blog',
  blogCanonical: 'https://valleyblog.example/2022/03/what-the-floods-left',
};

export function citingCorpus(): CitingCorpus {
  const page = (html: string, url: string): ArticleRecord => toRecord(extract({ content: html, url, format: 'html' }));
  const report = page(
    articlePage(
      'Floods cut the valley road',
      [
        'Floods cut the only road into the valley on Tuesday, <a href="https://agency.example/statements/42">the emergency agency said</a>.',
      ],
      { published: '2022-03-02' },
    ),
    CITING_URLS.report,
  );
  const blog = page(
    articlePage(
      'What the floods left behind',
      [`As <a href="${CITING_URLS.report}?utm_source=twitter#top">the news report</a> described, the road is gone.`],
      { canonical: CITING_URLS.blogCanonical, published: '2022-03-04' },
    ),
    CITING_URLS.blogMirror,
  );
  const digest = page(
    articlePage(
      'Floods: a roundup',
      [
        `The road was cut, <a href="https://news.example/world/2022/03/02/valley-floods/?fbclid=IwAR0">reports the News</a>, and a blogger <a href="${CITING_URLS.blogCanonical}">walked the valley</a>.`,
        'The <a href="https://agency.example/statements/42">agency statement</a> and <a href="https://www.agency.example/maps">its map</a> are online, as is <a href="/2022/02/earlier-roundup">our earlier roundup</a>.',
      ],
      { published: '2022-03-05' },
    ),
    CITING_URLS.digest,
  );
  return { digest, report, blog };
}
