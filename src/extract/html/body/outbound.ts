// Link-dense blocks inside the article that are the article's own pointers elsewhere, not page
// furniture: a deals post's "Get it on Amazon for $39.99" under each item, "CLICK FOR FULL
// RESULTS" after a results story, an interview's "Account: @handle" line, a sentence whose
// every phrase cites another outlet. Related-story boxes, tag lists and menus link within the
// site and come in runs; these link off the site and stand alone (or in pairs: "Get it on
// Amazon" / "Also at Walmart") between the article's paragraphs. A block of only "@handle" is
// the byline's social account, not the article's.
import type { Element } from 'domhandler';
import { isSameSite, normaliseLinkUrl } from '../../../record/link-url.js';
import type { Block } from './blocks.js';
import { collapsedText, isElement } from './dom.js';
import { BLOCK_TAGS, SENTENCE_END } from './patterns.js';
import { linkDensity, LINK_LIST_DENSITY } from './score.js';

/** Longest run of consecutive link-dense blocks whose off-site members stay (a buy link and its "also at"). */
export const MAX_OUTBOUND_RUN = 2;

/**
 * Words outside links from which a link-dense block ending as a sentence is prose citing its
 * sources ("The gray haze led to <a>canceled flights</a>, <a>closed schools</a>…"); a "Follow us
 * on <a>Facebook</a>, <a>Twitter</a> and <a>Instagram</a>." line has four.
 */
export const MIN_CITING_WORDS = 8;

/** A social-media handle standing alone. */
export const HANDLE_ONLY = /^@[\p{L}\p{N}_.]+$/u;

interface BlockAnchor {
  href: string;
  text: string;
}

/** The anchors directly in the block's element (not in nested blocks) whose text is in the block. */
function anchorsOf(b: Block): BlockAnchor[] {
  const out: BlockAnchor[] = [];
  const stack: Element[] = [];
  const push = (el: Element) => {
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (isElement(c) && !BLOCK_TAGS.has(c.name)) stack.push(c);
    }
  };
  push(b.el);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.name !== 'a') {
      push(node);
      continue;
    }
    const href = node.attribs.href?.trim();
    if (!href || href.startsWith('#')) continue;
    const text = collapsedText(node);
    if (text && b.text.includes(text)) out.push({ href, text });
  }
  return out;
}

/** Words (runs holding a letter or digit) of `text` outside the anchors' texts. */
function wordsOutside(text: string, anchors: readonly BlockAnchor[]): number {
  let rest = text;
  for (const a of anchors) rest = rest.replace(a.text, ' ');
  return rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Whether the block's links all lead off the page's site and it is one link (not a lone handle)
 * or a sentence of MIN_CITING_WORDS words around its links.
 */
function isOffsiteCitation(b: Block, pageUrl: string): boolean {
  if (!linksLeaveSite(b, pageUrl)) return false;
  const anchors = anchorsOf(b);
  if (anchors.length === 1) return !HANDLE_ONLY.test(b.text);
  return SENTENCE_END.test(b.text) && wordsOutside(b.text, anchors) >= MIN_CITING_WORDS;
}

/** Whether the block has links and every one of them leaves the page's site. */
export function linksLeaveSite(b: Block, pageUrl: string): boolean {
  const anchors = anchorsOf(b);
  if (anchors.length === 0) return false;
  for (const a of anchors) {
    const url = normaliseLinkUrl(a.href, pageUrl);
    if (url === null || isSameSite(url, pageUrl)) return false;
  }
  return true;
}

/** Whether the block has links (not in-page anchors) and every one of them stays on the page's site. */
export function linksStayOnSite(b: Block, pageUrl: string): boolean {
  const anchors = anchorsOf(b);
  if (anchors.length === 0) return false;
  for (const a of anchors) {
    const url = normaliseLinkUrl(a.href, pageUrl);
    if (url === null || !isSameSite(url, pageUrl)) return false;
  }
  return true;
}

const isLinkDense = (b: Block | undefined) => b !== undefined && linkDensity(b) > LINK_LIST_DENSITY;

/**
 * Whether block `i` of `inside` (the container's blocks in order), a link-dense one, is an
 * off-site link of the article: its links leave the site (known only with the page's URL), it is
 * one link or a citing sentence, and it is not part of a run of more than MAX_OUTBOUND_RUN
 * link-dense blocks.
 */
export function isOutboundLink(inside: readonly Block[], i: number, pageUrl: string | null | undefined): boolean {
  if (!pageUrl) return false;
  let run = 1;
  for (let k = i - 1; k >= 0 && isLinkDense(inside[k]) && run <= MAX_OUTBOUND_RUN; k--) run++;
  for (let k = i + 1; k < inside.length && isLinkDense(inside[k]) && run <= MAX_OUTBOUND_RUN; k++) run++;
  return run <= MAX_OUTBOUND_RUN && isOffsiteCitation(inside[i], pageUrl);
}
