// Speed work that must not change what extraction reads: each faster function gives what the code
// it replaced gave, on made-up cases and on every element and text node of the sample pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { isTag, type AnyNode, type Document } from 'domhandler';
import { parseHtml } from '../../src/extract/html/parse.js';
import { collapsedLength, collapsedText } from '../../src/extract/html/body/dom.js';
import {
  BlockBuffer,
  collectBlocks,
  collectStrictAndLenientBlocks,
  isUntidy,
  tidy,
} from '../../src/extract/html/body/blocks.js';
import { droppedLevels, isDropped } from '../../src/extract/html/body/prune.js';
import { BYLINE_START_PATTERN, mayOpenByline, scanPage } from '../../src/extract/html/metadata/scan.js';
import { cleanedScript, parseLenient } from '../../src/extract/html/json.js';
import { dateOrder } from '../../src/extract/html/metadata/locale-dates.js';
import { cleanAuthors } from '../../src/extract/authors.js';

const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));
const samplePages = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => readFileSync(join(SAMPLES, f), 'utf8'));

/** Every node of a document in document order. */
function nodes(root: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    out.push(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}

/** The DOM written out node by node: type, name, attributes in order, text. */
function dump(doc: Document): string {
  return nodes(doc)
    .map(
      (n) =>
        `${n.type} ${isTag(n) ? `${n.name} ${JSON.stringify(Object.entries(n.attribs))}` : ''} ${'data' in n ? JSON.stringify(n.data) : ''}`,
    )
    .join('\n');
}

const TRICKY_TEXTS = [
  '',
  ' ',
  '\u00a0',
  'a',
  ' a',
  'a ',
  'a  b',
  'a \u00a0 b',
  '\n\ta\r\n b \u2028c\ufeff',
  '\u3000\u2003Jane\u2009Doe\u205f',
  'one\ttwo',
  'line\nline',
  'tidy text, one space each',
];

describe('parseHtml', () => {
  it('builds the DOM parseDocument builds, on every sample page', () => {
    for (const html of samplePages) expect(dump(parseHtml(html).dom)).toBe(dump(parseDocument(html)));
  });

  it('says whether the page has a <template>', () => {
    expect(parseHtml('<div><template><p>x</p></template></div>').hasTemplate).toBe(true);
    expect(parseHtml('<div><p>x</p></div>').hasTemplate).toBe(false);
  });
});

describe('collapsedLength', () => {
  it('is the length of collapsedText for every node of the sample pages', () => {
    for (const html of samplePages)
      for (const n of nodes(parseDocument(html))) expect(collapsedLength(n)).toBe(collapsedText(n).length);
  });

  it('counts runs of any white space as one and none at the ends, across nodes and <br>', () => {
    for (const t of TRICKY_TEXTS) {
      const doc = parseDocument(`<p>${t}<b>${t}</b><br>${t}x${t}<script>a  b</script></p>`);
      expect(collapsedLength(doc)).toBe(collapsedText(doc).length);
    }
  });
});

describe('isUntidy', () => {
  const UNTIDY = /[\n\t]| {2}|^ | $/;
  it('agrees with the pattern it replaced', () => {
    for (const t of [...TRICKY_TEXTS, '  ', ' x ', 'x\u00a0 ', '\tx', 'x\t']) expect(isUntidy(t)).toBe(UNTIDY.test(t));
  });
});

describe('mayOpenByline', () => {
  it('never refuses a text the byline pattern takes', () => {
    const texts = [
      ...TRICKY_TEXTS,
      'By Jane Doe',
      '  by',
      '\n\t BY:',
      '\u00a0By Jane',
      '\u2003Von Hans',
      'Written by Jane',
      'words by Jane',
      'View all posts by Jane Doe',
      'More articles by X',
      'Author: Jane',
      'Authors',
      'Author(s): A',
      'Contributor Jane',
      'par Jean',
      'Por Juan',
      'di Mario',
      'door Jan',
      'av Per',
      'af Per',
      'Story by Jane',
      'Posted by admin',
      'Article by J',
      'Bylines',
      'Zebra',
      '<by>',
      '1 by 2',
      '(By Jane)',
    ];
    for (const html of samplePages)
      for (const n of nodes(parseDocument(html))) if (n.type === 'text') texts.push(n.data);
    let refused = 0;
    for (const t of texts) {
      if (BYLINE_START_PATTERN.test(t)) expect(mayOpenByline(t), JSON.stringify(t)).toBe(true);
      else if (!mayOpenByline(t)) refused++;
    }
    // It must also do its job: most text nodes of a page are refused without the pattern.
    expect(refused).toBeGreaterThan(texts.length / 2);
  });

  it('refuses white space, digits and punctuation first', () => {
    for (const t of ['', '   ', '\n\t', '2024', '<p>', '(By Jane)', 'Zebra', 'The end'])
      expect(mayOpenByline(t)).toBe(false);
  });
});

/** Pages where the strict and the lenient levels skip different elements, inline and block, nested. */
const PRUNED_PAGES = [
  '<div><p>Before <span class="share-buttons">Share this</span> after the span.</p></div>',
  '<div>Text one <div class="related">Related story</div> text two<br><br>third</div>',
  '<article><div class="comments">A comment <a href="/x">link</a></div><p>Body text.</p></article>',
  '<div class="comments embedded-post">Kept by strict, dropped by lenient</div><p>Para</p>',
  '<div role="navigation"><ul><li>Home</li><li><a href="/">News</a></li></ul></div>' +
    '<blockquote><p>Quoted <span class="sidebar">aside</span> text</p></blockquote>',
  '<table><tr><td>a</td><td class="ad-slot">ad</td><td>b</td></tr></table><pre>  code\n  <span class="widget">x</span></pre>',
  '<div class="sidebar"><p>Short.</p><div class="comments"><p>Nested comment.</p></div></div>tail',
];

describe('collectStrictAndLenientBlocks', () => {
  it('cuts the blocks the strict and the lenient walks cut, on made-up and sample pages', () => {
    for (const html of [...PRUNED_PAGES, ...samplePages]) {
      const root = parseHtml(html).dom;
      const both = collectStrictAndLenientBlocks(root);
      expect(both.strict).toEqual(collectBlocks(root, 'strict'));
      expect(both.lenient).toEqual(collectBlocks(root, 'lenient'));
    }
  });
});

/** The block buffer as it was before it kept its text's end and blankness on the side. */
class OldBlockBuffer {
  private pieces: { text: string; linkChars: number }[] = [];
  private current = { text: '', linkChars: 0 };
  private breaks = 0;
  text(clean: string, inLink: boolean): void {
    if (clean === ' ') {
      if (this.current.text && !this.current.text.endsWith(' ')) this.current.text += ' ';
      return;
    }
    if (this.breaks >= 2) this.cut();
    else if (this.breaks === 1 && this.current.text.trim()) this.current.text = this.current.text.trimEnd() + '\n';
    this.breaks = 0;
    this.current.text += clean;
    if (inLink) this.current.linkChars += clean.trim().length;
  }
  lineBreak(): void {
    this.breaks++;
  }
  cell(): void {
    if (this.current.text && !this.current.text.endsWith('\t')) this.current.text = this.current.text.trimEnd() + '\t';
  }
  private cut(): void {
    if (this.current.text.trim()) {
      this.pieces.push(this.current);
      this.current = { text: '', linkChars: 0 };
    } else {
      this.current.text = '';
      this.current.linkChars = 0;
    }
  }
  take(): { text: string; linkChars: number }[] {
    this.cut();
    this.breaks = 0;
    const out = this.pieces;
    this.pieces = [];
    for (const p of out) p.text = tidy(p.text);
    return out.filter((p) => p.text);
  }
}

describe('BlockBuffer', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives what the buffer it replaced gave, for random runs of text, breaks and cells', () => {
    // What prepareText can hand over: SPACE, words, white space of other kinds, invisible-free
    // text with spaces at either end, and the empty string (a node of nothing but invisible characters).
    const texts = [' ', 'word', ' lead', 'trail ', '\u00a0', '\n', '\t', 'a b', '', ' \u2003 ', '.'];
    let seed = 17;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let run = 0; run < 2000; run++) {
      const now = new BlockBuffer();
      const old = new OldBlockBuffer();
      const taken: { text: string; linkChars: number }[] = [];
      const oldTaken: { text: string; linkChars: number }[] = [];
      for (let step = 0, steps = 1 + random(40); step < steps; step++) {
        const op = random(10);
        if (op < 6) {
          const t = texts[random(texts.length)];
          const inLink = random(3) === 0;
          now.text(t, inLink);
          old.text(t, inLink);
        } else if (op < 8) {
          now.lineBreak();
          old.lineBreak();
        } else if (op < 9) {
          now.cell();
          old.cell();
        } else {
          taken.push(...now.take());
          oldTaken.push(...old.take());
        }
      }
      taken.push(...now.take());
      oldTaken.push(...old.take());
      expect(taken).toEqual(oldTaken);
    }
  });

  it("does not copy a block's growing text to ask how it ends or whether it is blank", () => {
    // V8 copies a string built by appends into one piece when endsWith or trim is asked of it: asked
    // at every piece of a block, that is square in the number of pieces.
    const words = Array.from({ length: 2000 }, (_, i) => `<b>word${i}</b>`).join(' ');
    const root = parseHtml(`<html><body><article><p>${words}</p></article></body></html>`).dom;
    const longAsks = { n: 0 };
    for (const method of ['endsWith', 'trim', 'trimEnd'] as const) {
      const original = String.prototype[method] as (this: string, ...args: unknown[]) => unknown;
      vi.spyOn(String.prototype, method).mockImplementation(function (this: string, ...args: unknown[]) {
        if (this.length > 1000) longAsks.n++;
        return original.apply(this, args);
      } as never);
    }
    const [block] = collectBlocks(root, 'strict');
    vi.restoreAllMocks();
    expect(block.text.startsWith('word0 word1')).toBe(true);
    // Before: some 4000 asks (an endsWith for each space between words, a trim before each cut).
    expect(longAsks.n).toBeLessThan(10);
  });
});

describe('droppedLevels', () => {
  it("gives isDropped's answers at both levels for every element of the sample pages", () => {
    for (const html of [...PRUNED_PAGES, ...samplePages])
      for (const node of nodes(parseHtml(html).dom)) {
        if (!isTag(node)) continue;
        const expected = (isDropped(node, 'strict') ? 1 : 0) | (isDropped(node, 'lenient') ? 2 : 0);
        expect(droppedLevels(node)).toBe(expected);
      }
  });
});

describe('scanPage class tokens', () => {
  it('works out a class value once across pages', () => {
    const cls = 'Entry-Title  headline-of-the-story-here';
    const first = scanPage(parseHtml(`<h1 class="${cls}">One</h1>`).dom).h1s[0].tokens;
    const second = scanPage(parseHtml(`<p>Other page</p><h1 class="${cls}">Two</h1>`).dom).h1s[0].tokens;
    expect(first).toEqual(['entry-title', 'headline-of-the-story-here']);
    // The same remembered tokens, not a second split of the second page's value.
    expect(second).toBe(first);
  });
});

describe('cleanedScript', () => {
  // The clean-up it replaced: one regex with a closing alternative anchored at the end, tried at
  // every position of the script.
  const JSON_WRAPPERS = /^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)|(-->|\/\/\s*\]\]>|\]\]>)\s*$/g;
  const reference = (text: string) => text.replace(JSON_WRAPPERS, '').trim().replace(/;\s*$/, '');
  const cores = ['', '{"a": 1}', '{"a": 1};', '{"a": 1} ;', '{"a": "-->"}', '{"a": "]]>"} //', ';;', '// x'];
  const openings = ['', ' ', '\n\t', '<!--', ' <!--', '//<![CDATA[', '// \n<![CDATA[', '<![CDATA[', '\u00a0<!--'];
  const closings = ['', ' ', '\n', '-->', '--> \n', ']]>', '//]]>', '// \n ]]>\n', '; -->', ']]>\ufeff', '//'];

  it('gives what the regex clean-up gave, for every wrapper at either end', () => {
    for (const o of openings)
      for (const core of cores)
        for (const c of closings)
          expect(cleanedScript(o + core + c), JSON.stringify(o + core + c)).toBe(reference(o + core + c));
  });

  it('gives what the regex clean-up gave for scripts of nothing but wrappers', () => {
    for (const text of [
      '<!-->',
      '<!---->',
      '<![CDATA[//]]>',
      '<![CDATA[]]>',
      '//<![CDATA[]]>',
      '-->',
      ']]>',
      '<!--  -->',
    ])
      expect(cleanedScript(text), JSON.stringify(text)).toBe(reference(text));
  });

  it("parses a text read again (a page's JSON-LD, by the metadata and then the body) once", () => {
    const text = '<!-- {"@type": "NewsArticle", "headline": "One parse"}; -->';
    const first = parseLenient(text);
    expect(first).toEqual({ '@type': 'NewsArticle', headline: 'One parse' });
    expect(parseLenient(`${text} `.slice(0, -1))).toBe(first);
    expect(parseLenient('not json')).toBeNull();
  });
});

describe('remembered per page', () => {
  it('works out the date order of a scanned page once', () => {
    const scan = scanPage(parseHtml('<html lang="en-GB"><body><p>12/03/2026</p></body></html>').dom);
    const order = dateOrder(scan);
    expect(order).toEqual({ dayFirst: true, monthFirst: false });
    expect(dateOrder(scan)).toBe(order);
  });

  it('cleans a byline read again to the same names', () => {
    const byline = 'By JANE DOE and John Roe | March 3, 2022';
    const first = cleanAuthors(byline);
    expect(first).toEqual(['Jane Doe', 'John Roe']);
    expect(cleanAuthors([`${byline} `.trimEnd(), 'Reuters'])).toEqual(first);
    // The names are the caller's own array each time.
    expect(cleanAuthors(byline)).not.toBe(first);
  });
});
