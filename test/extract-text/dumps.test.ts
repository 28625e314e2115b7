// One folder per text-dump case (test/fixtures/dumps/<slug>/{page.txt, expected.json}), discovered
// automatically; expected.json holds only the fields the case asserts, one test per field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const DIR = fileURLToPath(new URL('../fixtures/dumps', import.meta.url));

interface Expected {
  title?: string | null;
  authors?: string[];
  published?: string | null;
  dateline?: { raw?: string; place?: string; date?: string | null } | null;
  paragraphs?: number;
  textStartsWith?: string;
  textEndsWith?: string;
  textExcludes?: string[];
  comments?: number;
  commentAuthors?: (string | null)[];
  warnings?: string[];
}

const cases = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

it('has at least 15 dump cases', () => {
  expect(cases.length).toBeGreaterThanOrEqual(15);
});

for (const slug of cases) {
  describe(slug, () => {
    const want: Expected = JSON.parse(readFileSync(join(DIR, slug, 'expected.json'), 'utf8'));
    const got = extract({ content: readFileSync(join(DIR, slug, 'page.txt')), path: `${slug}.txt` });

    if ('title' in want) it('title', () => expect(got.title).toBe(want.title));
    if (want.authors) it('authors', () => expect(got.authors).toEqual(want.authors));
    if ('published' in want) it('published', () => expect(got.published).toBe(want.published));
    if (want.dateline === null) it('no dateline', () => expect(got.dateline).toBeNull());
    else if (want.dateline) {
      for (const [k, v] of Object.entries(want.dateline))
        it(`dateline ${k}`, () => expect(got.dateline?.[k as 'raw']).toBe(v));
    }
    if (want.paragraphs !== undefined)
      it('paragraph count', () => expect(got.paragraphs).toHaveLength(want.paragraphs!));
    if (want.textStartsWith) it('text start', () => expect(got.text.startsWith(want.textStartsWith!)).toBe(true));
    if (want.textEndsWith) it('text end', () => expect(got.text.endsWith(want.textEndsWith!)).toBe(true));
    for (const x of want.textExcludes ?? [])
      it(`text excludes ${JSON.stringify(x)}`, () => expect(got.text).not.toContain(x));
    if (want.comments !== undefined) it('comment count', () => expect(got.comments).toHaveLength(want.comments!));
    if (want.commentAuthors)
      it('comment authors', () => expect(got.comments.map((c) => c.author)).toEqual(want.commentAuthors));
    if (want.warnings)
      it('warning codes', () =>
        expect([...new Set(got.warnings.map((w) => w.code))].sort()).toEqual([...want.warnings!].sort()));
    it('paragraph spans cover the text, separated by one blank line', () => {
      const parts = got.paragraphs.map(([s, e]) => got.text.slice(s, e));
      expect(parts.join('\n\n')).toBe(got.text);
      for (const p of parts) expect(p).toBe(p.trim());
    });
  });
}
