// Chooses the element that holds the article: the one whose blocks add up to the highest score
// (prose in, link lists and furniture out), preferring a semantically marked body container
// (itemprop=articleBody, "entry-content", "article-body"...) when it holds most of that prose.
import type { Element, ParentNode } from 'domhandler';
import type { Block } from './blocks.js';
import { BODY_HINT } from './patterns.js';
import { blockWeight, isGoodBlock } from './score.js';

/** Share of the best candidate's prose a hinted body container must hold to be preferred. */
export const HINT_MIN_SHARE = 0.7;

interface Tally {
  score: number;
  prose: number;
  depth: number;
}

function depthOf(el: Element): number {
  let d = 0;
  for (let n: ParentNode | null = el.parent; n; n = n.parent) d++;
  return d;
}

function isHinted(el: Element): boolean {
  const a = el.attribs;
  if (a.itemprop === 'articleBody') return true;
  return BODY_HINT.test(`${a.class ?? ''} ${a.id ?? ''}`.toLowerCase());
}

/** Score and prose of every element that contains a block, summed over its blocks. */
function tally(blocks: readonly Block[]): Map<Element, Tally> {
  const tallies = new Map<Element, Tally>();
  for (const b of blocks) {
    const weight = blockWeight(b);
    const prose = isGoodBlock(b) ? b.text.length - b.linkChars : 0;
    for (let n: ParentNode | null = b.el; n && n.type !== 'root'; n = n.parent) {
      const el = n as Element;
      let t = tallies.get(el);
      if (!t) tallies.set(el, (t = { score: 0, prose: 0, depth: -1 }));
      t.score += weight;
      t.prose += prose;
    }
  }
  return tallies;
}

/** The element most likely to be the article body, or null when no block is prose. */
export function chooseContainer(blocks: readonly Block[]): Element | null {
  const tallies = tally(blocks);
  let best: Element | null = null;
  let bestT: Tally | null = null;
  for (const [el, t] of tallies) {
    if (t.prose === 0) continue;
    // Ties go to the deeper element: same prose, less furniture around it.
    if (!bestT || t.score > bestT.score || (t.score === bestT.score && depth(el, t) > depth(best!, bestT))) {
      best = el;
      bestT = t;
    }
  }
  if (!best || !bestT) return null;
  let hinted: Element | null = null;
  let hintedProse = 0;
  for (const [el, t] of tallies) {
    if (t.prose > hintedProse && isHinted(el)) {
      hinted = el;
      hintedProse = t.prose;
    }
  }
  return hinted && hintedProse >= HINT_MIN_SHARE * bestT.prose ? hinted : best;
}

function depth(el: Element, t: Tally): number {
  if (t.depth < 0) t.depth = depthOf(el);
  return t.depth;
}
