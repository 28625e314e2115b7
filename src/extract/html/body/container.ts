// Chooses the elements that hold the article (after Readability.js's _grabArticle):
//   - every block adds its weight (prose for, link lists against) to its own element and a few
//     ancestors, fading with distance, so the winner is the close parent of many paragraphs rather
//     than a page-wide wrapper that also holds teasers;
//   - a semantically marked body container (itemprop=articleBody, "entry-content"...) wins when it
//     holds most of the winner's prose;
//   - siblings of the winner that are themselves mostly prose join it (bodies split by ad slots).
import type { Element, ParentNode } from 'domhandler';
import type { Block } from './blocks.js';
import { BODY_HINT } from './patterns.js';
import { blockWeight, isGoodBlock } from './score.js';

/** Share of a block's weight given to its element and each ancestor level above it. */
export const LEVEL_SHARES: readonly number[] = [1, 1, 0.5, 1 / 3, 1 / 4, 1 / 5];
/** Share of the winner's prose a hinted body container must hold to be preferred. */
export const HINT_MIN_SHARE = 0.7;
/** A sibling joins the winner when its own prose score reaches this share of the winner's. */
export const SIBLING_MIN_SHARE = 0.2;

interface Tally {
  /** Weight summed over all blocks inside, undecayed. */
  total: number;
  /** Weight with the per-level fading. */
  local: number;
  prose: number;
}

function isHinted(el: Element): boolean {
  const a = el.attribs;
  if (a.itemprop === 'articleBody') return true;
  return BODY_HINT.test(`${a.class ?? ''} ${a.id ?? ''}`.toLowerCase());
}

function tally(blocks: readonly Block[]): Map<Element, Tally> {
  const tallies = new Map<Element, Tally>();
  for (const b of blocks) {
    const weight = blockWeight(b);
    const prose = isGoodBlock(b) ? b.text.length - b.linkChars : 0;
    let level = 0;
    for (let n: ParentNode | null = b.el; n && n.type !== 'root'; n = n.parent, level++) {
      const el = n as Element;
      let t = tallies.get(el);
      if (!t) tallies.set(el, (t = { total: 0, local: 0, prose: 0 }));
      t.total += weight;
      t.prose += prose;
      if (level < LEVEL_SHARES.length && weight > 0) t.local += weight * LEVEL_SHARES[level];
      else if (level < LEVEL_SHARES.length) t.local += weight;
    }
  }
  return tallies;
}

/** The elements (one, or siblings in document order) most likely to hold the article body. */
export function chooseContainer(blocks: readonly Block[]): Element[] {
  const tallies = tally(blocks);
  let best: Element | null = null;
  let bestT: Tally | null = null;
  for (const [el, t] of tallies) {
    if (t.prose > 0 && (!bestT || t.local > bestT.local)) {
      best = el;
      bestT = t;
    }
  }
  if (!best || !bestT) return [];
  let hinted: Element | null = null;
  let hintedProse = 0;
  for (const [el, t] of tallies) {
    if (t.prose > hintedProse && isHinted(el)) {
      hinted = el;
      hintedProse = t.prose;
    }
  }
  if (hinted && hintedProse >= HINT_MIN_SHARE * bestT.prose) return hintedGroup(hinted, tallies);
  return withSiblings(best, bestT, tallies);
}

function withSiblings(best: Element, bestT: Tally, tallies: Map<Element, Tally>): Element[] {
  const parent = best.parent;
  if (!parent || parent.type === 'root') return [best];
  const chosen: Element[] = [];
  for (const child of parent.children) {
    if (child === best) chosen.push(best);
    else if (child.type === 'tag') {
      const t = tallies.get(child);
      if (t && t.prose > 0 && t.total >= SIBLING_MIN_SHARE * bestT.total) chosen.push(child);
    }
  }
  return chosen;
}

/**
 * The hinted container with the other elements carrying exactly the same class and id words:
 * bodies split into chunks ("article__body" repeated between ad rails) are one article.
 */
function hintedGroup(hinted: Element, tallies: Map<Element, Tally>): Element[] {
  const key = (el: Element) => `${el.attribs.class ?? ''}|${el.attribs.itemprop ?? ''}`;
  const k = key(hinted);
  const group = [...tallies.keys()].filter((el) => el === hinted || (key(el) === k && !el.attribs.id && (tallies.get(el)?.prose ?? 0) > 0));
  // Keep only the outermost members, in document order (the tally map holds them in block order).
  return group.filter((el) => !group.some((o) => o !== el && isAncestor(o, el)));
}

function isAncestor(a: Element, el: Element): boolean {
  for (let n: ParentNode | null = el.parent; n; n = n.parent) if (n === a) return true;
  return false;
}
