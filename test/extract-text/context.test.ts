// What the caller passes in: the crawl time for relative and year-less dates, a known publication date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTextDump } from '../../src/extract/text/index.js';

const page = (slug: string) => readFileSync(new URL(`../fixtures/dumps/${slug}/page.txt`, import.meta.url), 'utf8');

describe('extractTextDump context', () => {
  it('resolves "Updated 2 hours ago" against the crawl time', () => {
    expect(extractTextDump(page('news-role-line-relative-date'), { now: '2024-05-14T12:00:00Z' }).published).toBe(
      '2024-05-14',
    );
  });
  it('leaves a relative date unresolved without a crawl time', () => {
    expect(extractTextDump(page('news-role-line-relative-date'), {}).published).toBeNull();
  });
  it('rejects a header date after the crawl time', () => {
    expect(extractTextDump(page('ap-all-caps-agency-byline'), { now: '2024-05-14T12:00:00Z' }).published).toBeNull();
  });
  it("prefers the caller's publication date and resolves the dateline against it", () => {
    const r = extractTextDump(page('blogger-blog-header-stripped-link'), { published: '2023-02-20' });
    expect(r.published).toBe('2023-02-20');
    expect(r.dateline?.date).toBe('2023-01-03');
    expect(r.warnings.map((w) => w.message).join(' ')).toContain('dateline is 48 days older than the post');
  });
});
