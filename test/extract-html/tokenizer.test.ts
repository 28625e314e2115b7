// The skipping tokenizer (src/extract/html/tokenizer.ts) builds the DOM the stock htmlparser2
// tokenizer builds: on small pages made to reach each state it changes, and on the sample pages
// and the Zyte development pages when ../shared is present.
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Parser, Tokenizer } from 'htmlparser2';
import { PageTokenizer } from '../../src/extract/html/tokenizer.js';
import { hasShared, sharedPath } from '../helpers/shared.js';
import { dumpDom } from '../helpers/dom-dump.js';

const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));

/** The DOM of `html` as htmlparser2's Parser builds it with `tokenizer`. */
const dump = (html: string, tokenizer: typeof Tokenizer, chunks = 1): string =>
  dumpDom(html, Parser, tokenizer, chunks);

const CASES: Record<string, string> = {
  'text with entities': '<p>Fish &amp; chips &copy 2024 &#8212; a&b &notanentity; &lt;tag&gt;</p>',
  'text running to the end': '<p>Unclosed paragraph with &amp; an entity and no closing tag',
  'text ending on an ampersand': '<div>AT&',
  'double-quoted values': '<a href="/x?a=1&amp;b=2&c" title="say \'hi\' <b>">x</a>',
  'single-quoted values': "<img alt='a \"quoted\" &amp; word' src='/i.png' data-x='&#39;'>",
  'unquoted and empty values': '<input value=a&amp;b disabled name="" id=\'\'>',
  'unclosed quote': '<div class="never closed>text</div><p>after</p>',
  'script and style': '<script>if (a < b && c) { x = "</scr" + "ipt>"; }</script><style>a>b{}</style><p>t</p>',
  'json-ld': '<script type="application/ld+json">{"headline":"A < B & C","datePublished":"2024-01-02"}</script>',
  'comments and declarations': '<!DOCTYPE html><!-- a < comment & more --><?php echo 1 ?><![CDATA[x]]><p>y</p>',
  'title and textarea': '<title>A &amp; B < C</title><textarea>x &lt; y <b></textarea>',
  'stray less-than': '<p>1 < 2 and 3 <4 and a <b>bold</b> <</p>',
};

describe('skipping tokenizer', () => {
  it('is in use (the htmlparser2 internals it overrides are still there)', () => {
    expect(PageTokenizer).not.toBe(Tokenizer);
  });

  for (const [name, html] of Object.entries(CASES)) {
    it(`builds the stock DOM: ${name}`, () => {
      expect(dump(html, PageTokenizer)).toBe(dump(html, Tokenizer));
      // Written in pieces, so runs cross the end of a buffer.
      expect(dump(html, PageTokenizer, 3)).toBe(dump(html, Tokenizer, 3));
    });
  }

  it('builds the stock DOM of the sample pages', () => {
    for (const file of readdirSync(SAMPLES).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(SAMPLES, file), 'utf8');
      expect(dump(html, PageTokenizer), file).toBe(dump(html, Tokenizer));
    }
  });

  it.runIf(hasShared('data', 'extraction', 'zyte', 'pages'))('builds the stock DOM of the Zyte pages', () => {
    const dir = sharedPath('data', 'extraction', 'zyte', 'pages');
    for (const file of readdirSync(dir)) {
      const html = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      expect(dump(html, PageTokenizer) === dump(html, Tokenizer), file).toBe(true);
    }
  });
});
