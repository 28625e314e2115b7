// The name-reading Parser (src/extract/html/names.ts) builds the DOM the stock htmlparser2 Parser
// builds: on small pages made to reach each path it changes (names in any case, names whose
// lower-casing leaves ASCII, SVG and MathML content, names across written chunks), and on the
// sample pages and the Zyte development pages when ../shared is present.
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Parser } from 'htmlparser2';
import { knownName, NAME_TABLES, PageParser } from '../../src/extract/html/names.js';
import { PageTokenizer } from '../../src/extract/html/tokenizer.js';
import { hasShared, sharedPath } from '../helpers/shared.js';
import { dumpDom } from '../helpers/dom-dump.js';

const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));

/** The DOM of `html` as `parser` builds it with our tokenizer. */
const dump = (html: string, parser: typeof Parser, chunks = 1): string => dumpDom(html, parser, PageTokenizer, chunks);

const CASES: Record<string, string> = {
  'names in any case': '<DIV Class="a" ID=b><P STYLE="x">t</p><A hReF="/x" data-X=1>y</A></DiV>',
  'lower-casing that leaves ASCII': '<lin\u212A rel=x><p \u212Aind=a \u0130d=b>t</p><d\u0130v>u</d\u0130v>',
  'unknown names': '<my-widget some-attr="1" x-y><blink>t</blink></my-widget>',
  'image as img': '<image src="/a.png"><IMAGE SRC="/b.png">',
  'svg content':
    '<svg viewBox="0 0 1 1"><foreignObject><div class=a>t</div></foreignObject><clipPath id=c/><image href=x /><path d="M0"/></svg><image src=y>',
  'mathml content': '<math><mi>x</mi><annotation-xml><svg><desc>d</desc></svg></annotation-xml></math><p>t</p>',
  'duplicate attributes': '<p class="a" CLASS="b" id=x Id=y>t</p>',
  'closing tags': '<div><SPAN>a</Span></DIV><p>b</P>',
};

describe('name-reading parser', () => {
  it('is in use (the htmlparser2 internals it overrides are still there)', () => {
    expect(PageParser).not.toBe(Parser);
  });

  it('gives each table name for the same name in any ASCII case, and nothing for other text', () => {
    for (const table of [NAME_TABLES.tags, NAME_TABLES.attributes])
      for (const bucket of table)
        for (const name of bucket ?? []) {
          const upper = ` ${name.toUpperCase()} `;
          expect(knownName(table, upper, 1, upper.length - 1)).toBe(name);
          expect(knownName(table, `${name}-q9`, 0, name.length + 3)).toBeUndefined();
        }
    expect(knownName(NAME_TABLES.tags, 'lin\u212A', 0, 4)).toBeUndefined();
  });

  for (const [name, html] of Object.entries(CASES)) {
    it(`builds the stock DOM: ${name}`, () => {
      expect(dump(html, PageParser)).toBe(dump(html, Parser));
      // Written in pieces, so names cross the end of a buffer.
      expect(dump(html, PageParser, 3)).toBe(dump(html, Parser, 3));
      expect(dump(html, PageParser, 7)).toBe(dump(html, Parser, 7));
    });
  }

  it('builds the stock DOM of the sample pages', () => {
    for (const file of readdirSync(SAMPLES).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(SAMPLES, file), 'utf8');
      expect(dump(html, PageParser), file).toBe(dump(html, Parser));
    }
  });

  it.runIf(hasShared('data', 'extraction', 'zyte', 'pages'))('builds the stock DOM of the Zyte pages', () => {
    const dir = sharedPath('data', 'extraction', 'zyte', 'pages');
    for (const file of readdirSync(dir)) {
      const html = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      expect(dump(html, PageParser) === dump(html, Parser), file).toBe(true);
    }
  });
});
