// Which source gave each metadata field is kept in the record (`provenance`) and shown by the CLI's
// human output: a page whose fields come from different layers of the cascade names each layer.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { toRecord } from '../../src/analyze/record.js';
import { formatRecord } from '../../src/cli/format.js';

const BODY = [
  '<p>The regional council voted on Tuesday to close the old bridge over the river for repairs that are expected to take most of the summer.</p>',
  '<p>Engineers told the council that the supports had worn faster than anyone had expected, and that traffic would move to the northern crossing.</p>',
  '<p>Shop owners near the bridge said they worried about losing customers during the busiest months of the year.</p>',
].join('\n');

function page(head: string, article: string): string {
  return `<!doctype html><html lang="en-GB"><head>${head}</head><body><article>${article}${BODY}</article></body></html>`;
}

describe('metadata provenance', () => {
  it('names JSON-LD, OpenGraph and the html lang attribute where each one won', () => {
    const html = page(
      `<title>Council closes old bridge | The Valley Courier</title>
       <meta property="og:title" content="Council closes old bridge">
       <meta property="og:site_name" content="The Valley Courier">
       <meta property="article:modified_time" content="2024-05-09T10:00:00Z">
       <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
         "headline":"Council closes old bridge","author":{"@type":"Person","name":"Maria Lindqvist"},
         "datePublished":"2024-05-07T08:30:00Z"}</script>`,
      '',
    );
    const article = extract({ content: html, format: 'html' });
    expect(article.title).toBe('Council closes old bridge');
    expect(article.authors).toEqual(['Maria Lindqvist']);
    expect(article.published?.slice(0, 10)).toBe('2024-05-07');
    expect(article.provenance).toEqual({
      title: 'json-ld',
      authors: 'json-ld',
      published: 'json-ld',
      modified: 'opengraph',
      siteName: 'opengraph',
      language: 'html-lang',
    });
  });

  it('names the visible byline, the <time> element and the visible h1 when the page has no metadata', () => {
    const html = page(
      '<title>Bridge story - Courier</title>',
      `<h1>Council closes old bridge</h1>
       <div>By Maria Lindqvist</div>
       <time datetime="2024-05-07">7 May 2024</time>`,
    );
    const article = extract({ content: html, format: 'html' });
    expect(article.authors).toEqual(['Maria Lindqvist']);
    expect(article.provenance?.authors).toBe('byline');
    expect(article.provenance?.published).toBe('time-element');
    expect(article.provenance?.title).toBe('title-element');
  });

  it('names the URL when only the permalink carries the date, and the text when the language is detected', () => {
    const html = `<html><body><article>${BODY}</article></body></html>`;
    const article = extract({ content: html, format: 'html', url: 'https://courier.example/2024/05/07/bridge' });
    expect(article.published).toBe('2024-05-07');
    expect(article.provenance).toEqual({ published: 'url', language: 'detected' });
  });

  it('names the caller for a date given with the input, and the header of a text dump', () => {
    const text = 'Council closes old bridge\n\nBy Maria Lindqvist\n\nMay 7, 2024\n\n' + BODY.replace(/<\/?p>/g, '');
    const dump = extract({ content: text, format: 'text' });
    expect(dump.provenance).toMatchObject({ title: 'text-header', authors: 'text-header', published: 'text-header' });
    const given = extract({ content: text, format: 'text', published: '2024-05-08' });
    expect(given.provenance?.published).toBe('caller');
    const body = extract({ content: 'Some clean text of an article.', format: 'body' });
    expect(body.provenance).toEqual({ language: 'detected' });
  });

  it('shows each source in the human output', () => {
    const html = page(
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council closes old bridge",
        "author":{"@type":"Person","name":"Maria Lindqvist"},"datePublished":"2024-05-07"}</script>`,
      '',
    );
    const shown = formatRecord(toRecord(extract({ content: html, format: 'html' })));
    expect(shown).toMatch(/^title {6}Council closes old bridge {2}\(from json-ld\)$/m);
    expect(shown).toMatch(/^authors {4}Maria Lindqvist {2}\(from json-ld\)$/m);
    expect(shown).toMatch(/^published {2}2024-05-07 {2}\(from json-ld\)$/m);
    expect(shown).toMatch(/^language {3}en {2}\(from html-lang\)$/m);
  });
});
