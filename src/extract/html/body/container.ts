// Chooses the elements that hold the article (after Readability.js's _grabArticle):
//   - every block adds its weight (prose for, link lists against) to its own element and a few
//     ancestors, fading with distance, so the winner is the close parent of many paragraphs rather
//     than a page-wide wrapper that also holds teasers;
//   - a semantically marked body container (itemprop=articleBody, "entry-content"...) wins when it
//     holds most of the winner's prose, with the chunks sharing its class or its hinting class token;
//   - siblings of the winner that are themselves mostly prose join it (bodies split by ad slots),
//     and so do the prose children standing between two chosen siblings;
//   - otherwise prose sections around the winner, up a few ancestor levels, join it (long posts
//     split into sections by page builders), stopping where link-heavy page chrome appears.
import type { Element, ParentNode } from 'domhandler';
import type { Block } from './blocks.js';
import { BODY_HINT } from './patterns.js';
import { blockWeight, isGoodBlock } from './score.js';

/** Share of a block's weight given to its element and each ancestor level above it. */
export const LEVEL_SHARES: readonly number[] = [1, 1, 0.5, 1 / 3, 1 / 4, 1 / 5];
/** Share of the winner's prose a hinted body container must hold to be preferred. */
export const HINT_MIN_SHARE = 0.7;
/**
 * A sibling joins the winner when its own score reaches this share of the winner's; one built like
 * the winner (same tag and class: the next section of a long post) needs only some prose.
 */
export const SIBLING_MIN_SHARE = 0.2;

/** Fewest prose paragraphs in a section that widening adds (a lone dek or company blurb is not one). */
export const WIDEN_MIN_PARAGRAPHS = 2;
/** A subtree with this many characters and more than LINK_CHROME_SHARE of them in links is page chrome. */
export const LINK_CHROME_MIN_CHARS = 200;
export const LINK_CHROME_SHARE = 0.3;
/** Link chrome stops widening unless the prose sections at that level have this many times its characters. */
export const CHROME_OUTWEIGHS = 4;
/** Ancestor levels the widening step looks through; a wrapper whose only content is the part already chosen is not counted. */
export const MAX_WIDEN_LEVELS = 10;
/** Prose (characters) an ancestor must add to be worth widening to. */
export const WIDEN_MIN_PROSE = 150;
/** Highest share of link characters in what an ancestor adds (teaser lists run at 30% and more). */
export const WIDEN_MAX_LINK_SHARE = 0.12;
/** Lowest share of prose in what an ancestor adds (the rest being labels, dates, buttons). */
export const WIDEN_MIN_PROSE_SHARE = 0.6;

interface Tally {
  /** Weight summed over all blocks inside, undecayed. */
  total: number;
  /** Characters of all blocks inside, and of their links. */
  chars: number;
  links: number;
  /** Weight with the per-level fading. */
  local: number;
  prose: number;
  /** Prose blocks inside. */
  good: number;
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
      if (!t) tallies.set(el, (t = { total: 0, chars: 0, links: 0, local: 0, prose: 0, good: 0 }));
      t.total += weight;
      t.chars += b.text.length;
      t.links += b.linkChars;
      t.prose += prose;
      if (prose > 0) t.good++;
      if (level < LEVEL_SHARES.length && weight > 0) t.local += weight * LEVEL_SHARES[level];
      else if (level < LEVEL_SHARES.length) t.local += weight;
    }
  }
  return tallies;
}

/** The elements (one, or siblings in document order) most likely to hold the article body. */
export function chooseContainer(blocks: readonly Block[]): Element[] {
  const tallies = tally(blocks);
  const best = bestSubtree(tallies);
  if (!best) return [];
  const bestT = tallies.get(best)!;
  const hinted = mostHintedProse(tallies);
  const hintedProse = hinted ? tallies.get(hinted)!.prose : 0;
  if (hinted && hintedProse >= HINT_MIN_SHARE * bestT.prose) return hintedGroup(hinted, tallies);
  const withSibs = withSiblings(best, bestT, tallies);
  // Siblings joined, the sections around their parent may still be more of the article (a post
  // split into sections of split paragraphs): widening goes on from the parent.
  if (withSibs.length === 1) return widen([best], best, tallies);
  return best.parent?.type === 'tag' ? widen(withSibs, best.parent, tallies) : withSibs;
}

// The loops over every tallied subtree are functions of their own: chooseContainer runs once per
// page, and with the loops inside it V8 optimised it whole, then threw the code away on pages that
// took a branch after the loops it had not seen yet (three compiles over the Zyte pages).

/** The subtree with the most prose-weighted text. On a tie the ancestor wins: a lone long paragraph
 * scores the same as its wrapper, and only the wrapper has sibling sections to join. */
function bestSubtree(tallies: ReadonlyMap<Element, Tally>): Element | null {
  let best: Element | null = null;
  let bestT: Tally | null = null;
  for (const [el, t] of tallies) {
    if (
      t.prose > 0 &&
      (!bestT || t.local > bestT.local || (t.local === bestT.local && best !== null && isAncestor(el, best)))
    ) {
      best = el;
      bestT = t;
    }
  }
  return best;
}

/** The hinted subtree (see isHinted) with the most prose, if any has prose. */
function mostHintedProse(tallies: ReadonlyMap<Element, Tally>): Element | null {
  let hinted: Element | null = null;
  let hintedProse = 0;
  for (const [el, t] of tallies) {
    if (t.prose > hintedProse && isHinted(el)) {
      hinted = el;
      hintedProse = t.prose;
    }
  }
  return hinted;
}

/** Whether a subtree is a section of article prose: enough of it, several paragraphs, few links. */
function isProseSection(t: Tally): boolean {
  return (
    t.prose >= WIDEN_MIN_PROSE &&
    t.good >= WIDEN_MIN_PARAGRAPHS &&
    t.links <= WIDEN_MAX_LINK_SHARE * t.chars &&
    t.prose >= WIDEN_MIN_PROSE_SHARE * t.chars
  );
}

/** Whether a subtree is page chrome full of links (navigation, teaser lists): the layout level. */
function isLinkChrome(t: Tally): boolean {
  return t.chars >= LINK_CHROME_MIN_CHARS && t.links > LINK_CHROME_SHARE * t.chars;
}

/**
 * The winner (or `start`, the children of `from` already chosen) plus the prose sections around it, looking up to MAX_WIDEN_LEVELS ancestors and
 * stopping at the level where link-heavy page chrome appears. Returned in document order.
 */
function widen(start: Element[], from: Element, tallies: Map<Element, Tally>): Element[] {
  let chosen: Element[] = start;
  let inner: Element = from;
  for (let level = 0; level < MAX_WIDEN_LEVELS;) {
    const parent = inner.parent;
    if (!parent || parent.type !== 'tag' || parent.name === 'body') break;
    // A wrapper around the part chosen alone (nesting of a component framework) is no level.
    if (!hasOtherTallied(parent, inner, tallies)) {
      inner = parent;
      continue;
    }
    level++;
    const before: Element[] = [];
    const after: Element[] = [];
    let seen = false;
    let chrome = 0;
    let added = 0;
    for (const child of parent.children) {
      if (child === inner) {
        seen = true;
        continue;
      }
      const t = child.type === 'tag' ? tallies.get(child) : undefined;
      if (!t) continue;
      // A sibling built like the part already chosen (same tag and class: the next section of a
      // long post) joins on its prose alone, even when it is a list of links (a changelog).
      let joins = false;
      if (sameKind(child as Element, inner) && t.prose >= WIDEN_MIN_PROSE) joins = true;
      else if (isLinkChrome(t)) chrome += t.chars;
      else joins = (similarKind(child as Element, inner) && t.prose >= WIDEN_MIN_PROSE) || isProseSection(t);
      if (joins) {
        (seen ? after : before).push(child as Element);
        added += t.prose;
      }
    }
    // Link chrome marks the page layout level, unless the prose sections beside it outweigh it
    // (a table of contents or a link list among the sections of one long post).
    if (chrome > 0 && chrome * CHROME_OUTWEIGHS >= added) break;
    chosen = [...before, ...chosen, ...after];
    inner = parent;
  }
  return chosen;
}

/** Whether `parent` has a child other than `inner` that holds blocks. */
function hasOtherTallied(parent: Element, inner: Element, tallies: Map<Element, Tally>): boolean {
  for (const child of parent.children) if (child !== inner && child.type === 'tag' && tallies.has(child)) return true;
  return false;
}

/** Class tokens naming a kind of module: numbered or hashed tokens ("section_7", "css-1ikqnjn") name one instance. */
function kindTokens(el: Element): string[] {
  return (el.attribs.class ?? '').split(/\s+/).filter((t) => t && !/\d/.test(t));
}

/**
 * Page builders number their modules ("et_pb_section et_pb_section_3"): siblings of the same tag
 * sharing an unnumbered class token are modules of one layout, and a prose one is more of the post.
 */
function similarKind(a: Element, b: Element): boolean {
  if (a.name !== b.name) return false;
  const tokens = new Set(kindTokens(b));
  return kindTokens(a).some((t) => tokens.has(t));
}

function sameKind(a: Element, b: Element): boolean {
  return a.name === b.name && (a.attribs.class ?? '') === (b.attribs.class ?? '');
}

function withSiblings(best: Element, bestT: Tally, tallies: Map<Element, Tally>): Element[] {
  // A page without <html>/<body> has its paragraphs directly under the document root.
  const parent = best.parent;
  if (!parent) return [best];
  const chosen: Element[] = [];
  /** Prose children passed over since the last chosen one: between two chosen parts they join. */
  let between: Element[] = [];
  for (const child of parent.children) {
    if (child.type !== 'tag') continue;
    const t = child === best ? bestT : tallies.get(child);
    if (!t) continue;
    if (
      child === best ||
      (t.prose > 0 && (t.total >= SIBLING_MIN_SHARE * bestT.total || (sameKind(child, best) && t.total > 0)))
    ) {
      // A paragraph standing between two chosen parts (the text between profile cards or
      // sections) is the article's own, however short beside them.
      if (chosen.length) chosen.push(...between);
      between = [];
      chosen.push(child);
    } else if (t.prose > 0 && !isLinkChrome(t)) between.push(child);
  }
  return chosen;
}

/**
 * The hinted container with the other elements carrying exactly the same class words: bodies
 * split into chunks ("article__body" repeated between ad rails, a CMS's rich-text modules between
 * section banners) are one article. Ids are not compared: CMSs number each chunk's id. A chunk
 * whose class differs but shares the hinting class token ("rich-text" on both "article__content
 * rich-text" and "layout-block__content rich-text") joins when it is a prose section itself.
 */
function hintedGroup(hinted: Element, tallies: Map<Element, Tally>): Element[] {
  const key = (el: Element) => `${el.attribs.class ?? ''}|${el.attribs.itemprop ?? ''}`;
  const k = key(hinted);
  const tokens = new Set(hintTokens(hinted));
  const group = [...tallies.keys()].filter((el) => {
    if (el === hinted) return true;
    const t = tallies.get(el)!;
    if (key(el) === k) return t.prose > 0;
    return tokens.size > 0 && isProseSection(t) && hintTokens(el).some((w) => tokens.has(w));
  });
  // Keep only the outermost members, in document order (the tally map holds them in block order).
  return group.filter((el) => !group.some((o) => o !== el && isAncestor(o, el)));
}

/** The class tokens of an element that alone hint at a body container ("rich-text", "article__body"). */
function hintTokens(el: Element): string[] {
  return (el.attribs.class ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t && BODY_HINT.test(t));
}

function isAncestor(a: Element, el: Element): boolean {
  for (let n: ParentNode | null = el.parent; n; n = n.parent) if (n === a) return true;
  return false;
}
