// One folder per case under test/fixtures/html/<slug>/ with page.html and expected.json,
// discovered automatically; each field present in expected.json is one assertion. A case whose
// page is one of the sample corpus names it with `"sample"` instead of keeping a copy.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/html', import.meta.url));
const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));

interface ExpectedComment {
  author?: string | null;
  /** Prefix of the ISO date or date-time. */
  published?: string;
  text?: string;
  textIncludes?: string;
}

interface Expected {
  url?: string;
  title?: string;
  authors?: string[];
  published?: string;
  textStartsWith?: string;
  textEndsWith?: string;
  paragraphs?: number;
  textIncludes?: string[];
  textExcludes?: string[];
  dateline?: { place?: string; date?: string } | null;
  comments?: ExpectedComment[];
  warnings?: string[];
  /** The body's links, exactly and in order (sentences as their text). */
  links?: { url: string; text: string; span: [number, number]; internal: boolean; sentence: string }[];
  /** File name of the page in samples/, when the case has no page.html of its own. */
  sample?: string;
}

for (const slug of readdirSync(FIXTURES)) {
  const dir = join(FIXTURES, slug);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  describe(`html fixture ${slug}`, () => {
    const page = expected.sample ? join(SAMPLES, expected.sample) : join(dir, 'page.html');
    const article = extract({ content: readFileSync(page), url: expected.url, format: 'html' });
    if (expected.title !== undefined) it('title', () => expect(article.title).toBe(expected.title));
    if (expected.authors) it('authors', () => expect(article.authors).toEqual(expected.authors));
    if (expected.published)
      it('published', () => expect(article.published?.slice(0, expected.published!.length)).toBe(expected.published));
    if (expected.textStartsWith)
      it('text start', () => expect(article.text.startsWith(expected.textStartsWith!)).toBe(true));
    if (expected.textEndsWith) it('text end', () => expect(article.text.endsWith(expected.textEndsWith!)).toBe(true));
    if (expected.paragraphs !== undefined)
      it('paragraph count', () => expect(article.paragraphs.length).toBe(expected.paragraphs));
    it('paragraph spans cover the text between blank lines', () => {
      const rebuilt = article.paragraphs.map(([s, e]) => article.text.slice(s, e)).join('\n\n');
      expect(rebuilt).toBe(article.text);
    });
    for (const s of expected.textIncludes ?? [])
      it(`text includes ${JSON.stringify(s.slice(0, 40))}`, () => expect(article.text).toContain(s));
    for (const s of expected.textExcludes ?? [])
      it(`text excludes ${JSON.stringify(s.slice(0, 40))}`, () => expect(article.text).not.toContain(s));
    if (expected.dateline !== undefined) {
      it('dateline', () => {
        if (expected.dateline === null) expect(article.dateline).toBeNull();
        else expect(article.dateline).toMatchObject(expected.dateline!);
      });
    }
    if (expected.comments) {
      it('comment count', () => expect(article.comments.length).toBe(expected.comments!.length));
      expected.comments.forEach((c, i) => {
        it(`comment ${i + 1}`, () => {
          const got = article.comments[i];
          expect(got).toBeDefined();
          if (c.author !== undefined) expect(got.author).toBe(c.author);
          if (c.published) expect(got.published?.slice(0, c.published.length)).toBe(c.published);
          if (c.text) expect(got.text).toBe(c.text);
          if (c.textIncludes) expect(got.text).toContain(c.textIncludes);
        });
      });
      it('comment text stays out of the body', () => {
        for (const c of article.comments) expect(article.text).not.toContain(c.text.split('\n')[0]);
      });
    }
    if (expected.links) {
      it('links: exact addresses, anchors, spans and sentences; none from navigation or related boxes', () => {
        const got = (article.links ?? []).map((l) => ({ ...l, sentence: l.sentence.text }));
        expect(got).toEqual(expected.links);
        for (const l of article.links ?? []) {
          expect(article.text.slice(l.span[0], l.span[1])).toBe(l.text);
          expect(article.text.slice(l.sentence.span[0], l.sentence.span[1])).toBe(l.sentence.text);
          expect(l.sentence.span[0] <= l.span[0] && l.span[1] <= l.sentence.span[1]).toBe(true);
        }
      });
    }
    if (expected.warnings) {
      it('warnings', () =>
        expect(article.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(expected.warnings!)));
    }
  });
}
