// npm run eval:links [-- <set-folder> <pages>]
// Audit of the body links on real pages (the Zyte set by default, its first 50 pages): which links
// of the page lie in the article body, judged against the set's gold body text, and how many of
// them the record keeps; and how many of the record's links come from outside the body.
//
// A link is in the body when the text of the block holding it (its nearest paragraph-level
// element) occurs in the gold body, or when the anchor with CONTEXT_CHARS of the block's text on
// each side does, taken at the anchor's own place in its block (gold bodies cut some paragraphs
// short or join them differently, so a whole block is too strict a test). Texts are compared as
// their letters and digits only, lower-cased: quotes, dashes, spaces and punctuation differ
// between the page and the gold without changing what the text is. A block shorter than
// MIN_CONTEXT_CHARS letters ("Delhi Pollution", a tag or menu item) must be a whole paragraph of
// the gold, however short ("[CNBC]" after a quoted review): as a substring it turns up in
// running text by chance.
// Links that are not http(s), jump within the page (#…) or go to a platform's share endpoint
// (share buttons, "click to tweet") are no citations and are not counted.
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import { extract } from '../src/extract/index.js';
import { decode } from '../src/extract/decode.js';
import { isShareEndpoint, normaliseLinkUrl } from '../src/record/link-url.js';
import { readGold, readPage } from './extract-set.js';

const DEFAULT_SET = fileURLToPath(new URL('../../shared/data/extraction/zyte', import.meta.url));
const DEFAULT_PAGES = 50;
/** Letters and digits of block text taken on each side of the anchor for the context test. */
const CONTEXT_CHARS = 30;
/** A context shorter than this (a short block, a short anchor) is too common to place a link. */
const MIN_CONTEXT_CHARS = 30;
const BLOCKS = new Set([
  'p',
  'li',
  'td',
  'th',
  'dd',
  'dt',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'section',
  'article',
  'figcaption',
  'pre',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template']);

const squash = (s: string) => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
/** A text as its letters and digits, lower-cased (see the header). */
const letters = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** A gold body as its letters (see `letters`), whole and paragraph by paragraph. */
interface GoldText {
  all: string;
  paragraphs: ReadonlySet<string>;
}

function goldText(body: string): GoldText {
  return { all: letters(body), paragraphs: new Set(body.split(/\n+/).map(letters).filter(Boolean)) };
}

/**
 * Whether the anchor, at letter offset `at` of its block and with some of the block's text
 * around it, is in the gold body.
 */
function inGoldBody(gold: GoldText, block: string, anchor: string, at: number): boolean {
  const b = letters(block);
  if (b.length >= MIN_CONTEXT_CHARS ? gold.all.includes(b) : gold.paragraphs.has(b)) return true;
  const a = letters(anchor);
  if (!a || b.slice(at, at + a.length) !== a) return false;
  const context = b.slice(Math.max(0, at - CONTEXT_CHARS), at + a.length + CONTEXT_CHARS);
  return context.length >= MIN_CONTEXT_CHARS && gold.all.includes(context);
}

function textOf(node: AnyNode): string {
  return squash(textParts(node, null).join(' '));
}

/** The text nodes of `node` in order, up to (not into) `stop` when given. */
function textParts(node: AnyNode, stop: AnyNode | null): string[] {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === stop) break;
    if (n.type === 'text') parts.push(n.data);
    else if ('children' in n && !(n.type === 'tag' && SKIP.has((n as Element).name)))
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return parts;
}

function anchors(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'script' || n.type === 'style') continue;
    if (n.type === 'tag' && (n as Element).name === 'a') out.push(n as Element);
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

function blockOf(a: Element): Element | null {
  for (let p = a.parent; p; p = p.parent) if (p.type === 'tag' && BLOCKS.has((p as Element).name)) return p as Element;
  return null;
}

function main(): void {
  const setDir = process.argv[2] ?? DEFAULT_SET;
  const n = Number(process.argv[3] ?? DEFAULT_PAGES);
  const gold = readGold(setDir).slice(0, n);
  let inBody = 0;
  let kept = 0;
  let ours = 0;
  let outside = 0;
  // Body links whose block text the record's text holds too: what the links pass could keep.
  let reachable = 0;
  let keptReachable = 0;
  const misses: string[] = [];
  const strays: string[] = [];
  for (const g of gold) {
    const bytes = readPage(setDir, g);
    const body = goldText(g.body);
    const dom = parseDocument(decode(bytes).text);
    const bodyKeys = new Set<string>();
    const placeOfKey = new Map<string, { block: string; at: number }>();
    const pageKeys = new Set<string>();
    for (const a of anchors(dom)) {
      const href = a.attribs.href;
      if (!href || href.trim().startsWith('#')) continue;
      const url = normaliseLinkUrl(href, g.url);
      const text = textOf(a);
      if (!url || !text || isShareEndpoint(url)) continue;
      const key = `${url} ${text}`;
      pageKeys.add(key);
      const block = blockOf(a);
      const blockText = block ? textOf(block) : '';
      const at = block ? letters(textParts(block, a).join(' ')).length : 0;
      if (inGoldBody(body, blockText, text, at)) {
        bodyKeys.add(key);
        placeOfKey.set(key, { block: blockText, at });
      }
    }
    const record = extract({ content: bytes, url: g.url, format: 'html' });
    const got = new Set((record.links ?? []).map((l) => `${l.url} ${squash(l.text)}`));
    const ourText = goldText(record.text);
    for (const k of bodyKeys) {
      inBody++;
      if (got.has(k)) kept++;
      else misses.push(`${g.url}  ${k}`);
      const place = placeOfKey.get(k)!;
      if (inGoldBody(ourText, place.block, k.slice(k.indexOf(' ') + 1), place.at)) {
        reachable++;
        if (got.has(k)) keptReachable++;
      }
    }
    for (const k of got) {
      ours++;
      if (!bodyKeys.has(k)) {
        outside++;
        strays.push(`${g.url}  ${k}${pageKeys.has(k) ? '' : '  (not matched to a page anchor)'}`);
      }
    }
  }
  console.log(`${setDir}: ${gold.length} pages`);
  console.log(
    `body links (gold): ${inBody}; kept: ${kept} (${((100 * kept) / Math.max(inBody, 1)).toFixed(1)}%, target >= 95%)`,
  );
  console.log(
    `body links whose paragraph the record's text holds: ${reachable}; kept: ${keptReachable} (${((100 * keptReachable) / Math.max(reachable, 1)).toFixed(1)}%: the links pass alone)`,
  );
  console.log(
    `record links: ${ours}; from outside the body: ${outside} (${((100 * outside) / Math.max(ours, 1)).toFixed(1)}%, target <= 5%)`,
  );
  if (process.env.VERBOSE) {
    console.log('\nmissed:\n' + misses.join('\n'));
    console.log('\nfrom outside:\n' + strays.join('\n'));
  }
}

main();
