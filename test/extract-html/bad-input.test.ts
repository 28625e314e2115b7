// Bad input that must give a record with warnings or a clear ExtractError, never a crash or a
// hang: huge pages, absurd nesting, binary files saved as .html, empty input.
import { describe, expect, it } from 'vitest';
import { extract, ExtractError } from '../../src/extract/index.js';
import { MAX_SOURCE_NESTING } from '../../src/extract/html/body/nesting.js';
import { cpuTimed } from '../helpers/cpu.js';

/** Generous CPU-time bound on one page, so a quadratic walk or a hang fails the test (a load-independent measure). */
const PAGE_CPU_BUDGET_MS = 15_000;

describe('bad HTML input', () => {
  it('100,000 nested divs: flattened with a warning, text kept, no stack overflow', () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>The innermost paragraph of a very deep page still carries its sentence to the reader, intact.</p>${'</div>'.repeat(depth)}</body></html>`;
    const { value: article, cpuMs } = cpuTimed(() => extract({ content: html, format: 'html' }));
    expect(cpuMs).toBeLessThan(PAGE_CPU_BUDGET_MS);
    expect(article.warnings.map((w) => w.code)).toContain('deep-nesting');
    expect(article.text).toContain('The innermost paragraph of a very deep page');
    expect(MAX_SOURCE_NESTING).toBeLessThan(depth);
  });

  it('the nesting guard reads tag names in any case, and void or implicitly closed ones do not nest', () => {
    const depth = MAX_SOURCE_NESTING + 100;
    const text = '<p>The paragraph of the page says enough for the extractor to keep it as the article body.</p>';
    const codes = (html: string) => extract({ content: html, format: 'html' }).warnings.map((w) => w.code);
    // Upper-case and long names nest like any other; <LI> and <BR> (any case) never do.
    expect(codes(`<html><body>${'<DIV>'.repeat(depth)}${text}</body></html>`)).toContain('deep-nesting');
    expect(codes(`<html><body>${'<Section>'.repeat(depth)}${text}</body></html>`)).toContain('deep-nesting');
    expect(codes(`<html><body>${'<div2>'.repeat(depth)}${text}</body></html>`)).toContain('deep-nesting');
    expect(codes(`<html><body><ul>${'<LI>item'.repeat(depth)}</ul>${text}</body></html>`)).not.toContain(
      'deep-nesting',
    );
    expect(codes(`<html><body>${'line<Br>'.repeat(depth)}${text}</body></html>`)).not.toContain('deep-nesting');
  });

  it('nesting is read from the elements the parser opens, not from tag-like text in scripts', () => {
    // A script that writes markup holds many "<div>" that open no element: the page is shallow, and
    // its script must not be rewritten.
    const markup = '<div>'.repeat(MAX_SOURCE_NESTING + 100);
    const text = '<p>The paragraph of the page says enough for the extractor to keep it as the article body.</p>';
    const html = `<html><head><script>var shell = "${markup}";</script></head><body>${text}</body></html>`;
    const article = extract({ content: html, format: 'html' });
    expect(article.warnings.map((w) => w.code)).not.toContain('deep-nesting');
    expect(article.text).toContain('The paragraph of the page says enough');
  });

  it('a 20 MB page: extracted within the budget', () => {
    const paragraph =
      '<p>The committee met again on Monday and agreed to share the water of the canal by turns, officials said after the meeting.</p>\n';
    const teaser = '<li><a href="/x">Another story in the list of links</a></li>';
    const chunk = `<div class="story">${paragraph.repeat(20)}</div><ul class="links">${teaser.repeat(20)}</ul>`;
    const html = `<html><body>${chunk.repeat(Math.ceil((20 * 1024 * 1024) / chunk.length))}</body></html>`;
    expect(html.length).toBeGreaterThan(20 * 1024 * 1024);
    const { value: article, cpuMs } = cpuTimed(() => extract({ content: html, format: 'html' }));
    expect(cpuMs).toBeLessThan(PAGE_CPU_BUDGET_MS);
    expect(article.text.length).toBeGreaterThan(1000);
    expect(article.text).not.toContain('Another story in the list of links');
  });

  it('a PDF saved with an .html name: a clear ExtractError', () => {
    const pdf = new TextEncoder().encode(
      '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n',
    );
    expect(() => extract({ content: pdf, format: 'html', path: 'story.html' })).toThrow(ExtractError);
  });

  it('a PNG saved with an .html name: a clear ExtractError', () => {
    const png = new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      13,
      0x49,
      0x48,
      0x44,
      0x52,
      ...new Array(200).fill(0),
    ]);
    expect(() => extract({ content: png, format: 'html' })).toThrow(ExtractError);
  });

  it('an empty page: a clear ExtractError', () => {
    expect(() => extract({ content: '   \n', format: 'html' })).toThrow(ExtractError);
  });

  it('markup with no text at all: an empty record with a warning', () => {
    const article = extract({ content: '<html><body><div><span></span></div></body></html>', format: 'html' });
    expect(article.text).toBe('');
    expect(article.warnings.map((w) => w.code)).toContain('no-body-text');
  });

  it('unclosed tags and stray end tags do not lose the text', () => {
    const html =
      '<body><div><p>First sentence of the story, which opens without closing its paragraph tag at all.<p>Second one</span></i> with stray end tags, still part of the story and kept.</div></div></div>';
    const article = extract({ content: html, format: 'html' });
    expect(article.text).toContain('First sentence of the story');
    expect(article.text).toContain('Second one with stray end tags');
  });
});
