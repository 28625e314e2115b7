// Bad input never crashes the metadata pass or takes unbounded time.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { extractMetadata } from '../../src/extract/html/metadata/index.js';
import { cpuTimed } from '../helpers/cpu.js';

/** A generous ceiling in CPU time for one huge page (about 1 s here); the pass is linear, a quadratic one would take minutes. */
const HUGE_PAGE_CPU_BUDGET_MS = 10_000;

describe('html metadata on bad input', () => {
  it('walks 100,000 nested divs without overflowing the stack', () => {
    const depth = 100_000;
    const html = `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(depth)}<p class="byline">By Jane Doe</p>${'</div>'.repeat(depth)}</body></html>`;
    const m = extractMetadata(parseDocument(html), {});
    expect(m.title).toBe('Deep page');
    expect(m.authors).toEqual(['Jane Doe']);
  });

  it('ignores malformed JSON-LD and falls back to meta tags', () => {
    const html = `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken</script>
      <meta property="og:title" content="From OpenGraph"><meta property="article:published_time" content="2021-05-04T10:00:00Z"></head><body></body></html>`;
    const m = extractMetadata(parseDocument(html), {});
    expect(m.title).toBe('From OpenGraph');
    expect(m.published).toBe('2021-05-04');
    expect(m.sources.title).toBe('opengraph');
  });

  it('reads JSON-LD wrapped in CDATA with a trailing semicolon', () => {
    const html = `<html><head><script type="application/ld+json">//<![CDATA[
      {"@type":"BlogPosting","headline":"Wrapped","datePublished":"2020-01-02","author":"Ann Lee"};
    //]]></script></head><body></body></html>`;
    const m = extractMetadata(parseDocument(html), {});
    expect(m).toMatchObject({ title: 'Wrapped', published: '2020-01-02', authors: ['Ann Lee'] });
  });

  it('returns empty fields for an empty document and for a frameset', () => {
    for (const html of ['', '<frameset><frame src="a.html"></frameset>']) {
      const m = extractMetadata(parseDocument(html), { url: 'not a url' });
      expect(m).toMatchObject({ title: null, authors: [], published: null, canonicalUrl: null, tags: [] });
    }
  });

  it('handles a 10 MB page within the CPU-time budget', () => {
    const para = '<p>Lorem ipsum dolor sit amet, by the river on 3 March 2021, consectetur adipiscing elit.</p>';
    const html = `<html><head><title>Big page</title></head><body><h1>Big page</h1>${para.repeat(Math.ceil(10_000_000 / para.length))}</body></html>`;
    const dom = parseDocument(html);
    const { value: m, cpuMs } = cpuTimed(() => extractMetadata(dom, {}));
    expect(cpuMs).toBeLessThan(HUGE_PAGE_CPU_BUDGET_MS);
    expect(m.title).toBe('Big page');
  });
});
