// The links of the article body, placed in the record's text. Runs after the body pass on the
// blocks it kept, so a link counts as the body's exactly when its text is: navigation, share bars
// and related-story boxes are pruned or filtered there and never reach this pass.
//
// Share buttons (a "click to tweet" quote, a share bar left inside the text) link to a platform's
// share endpoint with the page itself as a parameter: they cite nothing and are not kept.
//
// Each kept block's element is walked again (iteratively), skipping what the body walk skipped at
// the same pruning level and the nested block elements that own blocks of their own. An anchor's
// text is cleaned as the body walk cleans text and searched for in its element's blocks from the
// end of the previous link, so repeated anchor texts ("here", "here") land on their own places.
import type { Element } from 'domhandler';
import type { Link, Span, TextSpan, Warning } from '../../record/types.js';
import { isSameSite, isShareEndpoint, normaliseLinkUrl } from '../../record/link-url.js';
import type { Block } from './body/blocks.js';
import { isElement } from './body/dom.js';
import { BLOCK_TAGS } from './body/patterns.js';
import { isDropped, type PruneLevel } from './body/prune.js';

export interface LinkContext {
  /** Kept body blocks in order: block i is paragraph i of `paragraphs`. */
  blocks: readonly Block[];
  level: PruneLevel;
  text: string;
  paragraphs: readonly Span[];
  /** The page's URL, against which relative links are resolved and which defines "internal". */
  pageUrl?: string | null;
}

const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;
const SPACE_RUN = /[ \t\r\n\f\u00a0]+/g;

/** One sentence splitter for all pages (building one costs more than using it), made on first use:
 * building it loads ICU's sentence rules, about 6 ms of a one-page process's start-up. */
let sentences: Intl.Segmenter | undefined;

interface Anchor {
  href: string;
  text: string;
}

export function collectLinks(ctx: LinkContext): { links: Link[]; warnings: Warning[] } {
  const links: Link[] = [];
  // Where each block's text starts in `text`: paragraphs are the blocks' texts trimmed, the blank ones skipped.
  const starts: number[] = [];
  const paragraphOf: number[] = [];
  let next = 0;
  for (const b of ctx.blocks) {
    const lead = b.text.length - b.text.trimStart().length;
    const blank = lead === b.text.length;
    paragraphOf.push(blank ? -1 : next);
    starts.push(blank || next >= ctx.paragraphs.length ? -1 : ctx.paragraphs[next][0] - lead);
    if (!blank) next++;
  }
  const byElement = new Map<Element, number[]>();
  ctx.blocks.forEach((b, i) => {
    const list = byElement.get(b.el);
    if (list) list.push(i);
    else byElement.set(b.el, [i]);
  });
  let unplaced = 0;
  let unresolved = 0;
  for (const [el, indices] of byElement) {
    const anchors = anchorsOf(el, ctx.level);
    if (anchors.length === 0) continue;
    let at = 0;
    let offset = 0;
    for (const anchor of anchors) {
      const found = findFrom(ctx.blocks, indices, at, offset, anchor.text);
      if (!found) {
        unplaced++;
        continue;
      }
      at = found.at;
      offset = found.end;
      const url = normaliseLinkUrl(anchor.href, ctx.pageUrl);
      if (!url) {
        if (!/^(?:mailto|tel|javascript|sms|data):/i.test(anchor.href.trim())) unresolved++;
        continue;
      }
      if (isShareEndpoint(url)) continue;
      const block = indices[found.at];
      const paragraph = paragraphOf[block];
      if (paragraph < 0) continue;
      const span: Span = [starts[block] + found.start, starts[block] + found.end];
      links.push({
        url,
        text: ctx.text.slice(span[0], span[1]),
        span,
        internal: isSameSite(url, ctx.pageUrl),
        sentence: sentenceAt(ctx.text, ctx.paragraphs[paragraph], span[0]),
      });
    }
  }
  links.sort((a, b) => a.span[0] - b.span[0]);
  const warnings: Warning[] = [];
  if (unplaced)
    warnings.push({
      code: 'links-unplaced',
      message: `${unplaced} link(s) of the body could not be placed in the text and were left out`,
    });
  if (unresolved)
    warnings.push({
      code: 'links-unresolved',
      message: `${unresolved} link(s) of the body have no absolute http(s) address (relative links on a page of unknown URL) and were left out`,
    });
  return { links, warnings };
}

/**
 * The anchors with an address and visible text directly in `el` (not in a nested block element,
 * not in what the body walk drops at `level`), in document order. In-page jumps ("#note-1") are
 * footnote and table-of-contents links, not citations.
 */
function anchorsOf(el: Element, level: PruneLevel): Anchor[] {
  const out: Anchor[] = [];
  const stack: Element[] = [];
  for (let i = el.children.length - 1; i >= 0; i--) {
    const c = el.children[i];
    if (isElement(c)) stack.push(c);
  }
  while (stack.length) {
    const node = stack.pop()!;
    if (BLOCK_TAGS.has(node.name) || isDropped(node, level)) continue;
    if (node.name === 'a') {
      const href = node.attribs.href;
      if (href && !href.trim().startsWith('#')) {
        const text = cleanText(node, level);
        if (text) out.push({ href, text });
      }
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      const c = node.children[i];
      if (isElement(c)) stack.push(c);
    }
  }
  return out;
}

/** An anchor's text as the body walk writes it: whitespace runs as one space, invisible characters gone. */
function cleanText(a: Element, level: PruneLevel): string {
  const parts: string[] = [];
  const stack: Element['children'][number][] = [a];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') parts.push(node.data);
    else if (isElement(node)) {
      if (node !== a && isDropped(node, level)) continue;
      if (node.name === 'br') parts.push(' ');
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return parts.join('').replace(SPACE_RUN, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
}

/**
 * Where `needle` occurs in the element's blocks at or after block `at`, offset `offset`; the body
 * walk may have turned a space into a line break or tab, so whitespace matches whitespace.
 */
function findFrom(
  blocks: readonly Block[],
  indices: readonly number[],
  at: number,
  offset: number,
  needle: string,
): { at: number; start: number; end: number } | null {
  // The needle's words, when it holds no whitespace other than single spaces between them (as
  // cleanText writes it): then looseFind matches it without a regex; otherwise the regex does.
  let words: string[] | null | undefined;
  let loose: RegExp | null = null;
  for (let k = at; k < indices.length; k++) {
    const hay = blocks[indices[k]].text;
    const from = k === at ? offset : 0;
    const i = hay.indexOf(needle, from);
    if (i >= 0) return { at: k, start: i, end: i + needle.length };
    if (words === undefined) words = PLAIN_WORDS.test(needle) ? needle.split(' ') : null;
    if (words) {
      const found = looseFind(hay, words, from);
      if (found) return { at: k, start: found[0], end: found[1] };
      continue;
    }
    loose ??= new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'), 'g');
    loose.lastIndex = from;
    const m = loose.exec(hay);
    if (m) return { at: k, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** Words joined by single spaces, with no other whitespace (\s as regexes define it). */
const PLAIN_WORDS = /^[^\s]+(?: [^\s]+)*$/;
const WHITESPACE = /\s/;

/**
 * The first place at or after `from` where `words` occur separated by runs of whitespace: what the
 * regex of the words joined by `\s+` finds. Each word holds no whitespace, so a run is always
 * taken whole and no other split of it can match.
 */
function looseFind(hay: string, words: readonly string[], from: number): [number, number] | null {
  for (let start = hay.indexOf(words[0], from); start >= 0; start = hay.indexOf(words[0], start + 1)) {
    let j = start + words[0].length;
    let k = 1;
    for (; k < words.length; k++) {
      const run = j;
      while (j < hay.length && WHITESPACE.test(hay[j])) j++;
      if (j === run || !hay.startsWith(words[k], j)) break;
      j += words[k].length;
    }
    if (k === words.length) return [start, j];
  }
  return null;
}

/** The paragraph last segmented and its segments: a paragraph often holds several links. */
let lastParagraph: string | undefined;
let lastSegments: Intl.Segments | undefined;

/**
 * The sentence of paragraph `p` holding position `pos`, trimmed. Only the paragraph is segmented,
 * not the page's whole text: in Node 20 (V8 11.3) each `containing()` call allocates about two bytes
 * per character of the whole segmented string, so one page text for all links cost every link a copy
 * of the page (17 MB a pass over the Zyte pages' 1,009 links, 1 MB by paragraph; quadratic on a long
 * page full of links). The sentences are the same either way: a line feed ends a sentence whatever
 * follows it (Unicode sentence-break rule SB4) and paragraphs are joined by two, so no sentence runs
 * across a paragraph's ends, and no rule looks past the line feed that ends one.
 */
function sentenceAt(text: string, p: Span, pos: number): TextSpan {
  // A position past the paragraph's end is in none of its sentences.
  if (pos >= p[1]) return { text: text.slice(p[0], p[1]), span: [p[0], p[1]] };
  const paragraph = text.slice(p[0], p[1]);
  if (paragraph !== lastParagraph) {
    lastParagraph = paragraph;
    lastSegments = (sentences ??= new Intl.Segmenter('en', { granularity: 'sentence' })).segment(paragraph);
  }
  const seg = lastSegments!.containing(Math.max(0, pos - p[0]));
  if (!seg) return { text: paragraph, span: [p[0], p[1]] };
  const body = seg.segment.trimEnd();
  const start = p[0] + seg.index;
  return { text: body, span: [start, start + body.length] };
}
