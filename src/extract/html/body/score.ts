// How much a block looks like article text, from its length and link density alone.
import type { Block } from './blocks.js';
import { DISCLAIMER_PHRASE, MIN_DISCLAIMER_PHRASES } from './patterns.js';

/** Characters of non-link text from which a block counts as a real paragraph. */
export const GOOD_BLOCK_CHARS = 40;
/** Share of a block's characters inside links above which it is navigation, not text. */
export const MAX_GOOD_LINK_DENSITY = 0.33;
/** Link density from which a block is treated as a link list (menus, related headlines). */
export const LINK_LIST_DENSITY = 0.5;
/** Cost of a short non-link block (labels, datelines of teasers, buttons), in characters. */
export const SHORT_BLOCK_COST = 10;

export function linkDensity(b: Block): number {
  return b.text.length === 0 ? 0 : b.linkChars / b.text.length;
}

/** Whether a block reads like a paragraph of prose (the site's legal fine print does not count). */
export function isGoodBlock(b: Block): boolean {
  return b.text.length - b.linkChars >= GOOD_BLOCK_CHARS && linkDensity(b) <= MAX_GOOD_LINK_DENSITY && !isDisclaimer(b);
}

/**
 * Answers of isDisclaimer by block: the container tally, the filter and every comparison of the
 * stages' prose ask about the same block several times, and the phrase scan reads its whole text.
 */
const disclaimers = new WeakMap<Block, boolean>();

/** A block holding two or more disclaimer phrases ("for informational purposes only", "all rights reserved"). */
export function isDisclaimer(b: Block): boolean {
  let known = disclaimers.get(b);
  if (known === undefined) disclaimers.set(b, (known = countsAsDisclaimer(b.text)));
  return known;
}

/** Counts phrases with `test` on the shared global pattern, not `matchAll`: matchAll copies the
 * pattern and builds an iterator and a match array for every block, and most blocks hold none. */
function countsAsDisclaimer(text: string): boolean {
  let found = 0;
  DISCLAIMER_PHRASE.lastIndex = 0;
  // A failed test sets lastIndex back to 0; an early return must do it too.
  while (DISCLAIMER_PHRASE.test(text)) {
    if (++found >= MIN_DISCLAIMER_PHRASES) {
      DISCLAIMER_PHRASE.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/**
 * Contribution of a block to the score of every element containing it: prose counts for its
 * length, link lists against theirs, anything else a little against, so the best container is the
 * one that holds the prose and as little else as possible.
 */
export function blockWeight(b: Block): number {
  if (isGoodBlock(b)) return b.text.length - b.linkChars;
  if (linkDensity(b) > LINK_LIST_DENSITY) return -b.text.length;
  return -SHORT_BLOCK_COST;
}
