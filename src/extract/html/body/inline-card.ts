// A card printed inline inside a paragraph: a person's hover card after the name's link (a span
// holding a photo, the full name again and links to other stories), shown on hover and hidden by
// the site's stylesheet, which the extractor does not read. Its text would be glued into the
// sentence ("Gov. Jane RoeJane Alice RoeGovernor defends…"). Recognised by structure, not by class
// words: the same word that names the card often names the wrapper holding the name's own link.
import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS } from './patterns.js';

/** Links a card holds at least: the name again and a story, or several stories. */
export const MIN_CARD_LINKS = 2;

interface Tally {
  images: number;
  links: number;
  /** Whether a letter or digit stands outside every link. */
  loose: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Answers of isInlineCard: each prune level walks the page again. */
const known = new WeakMap<Element, boolean>();

/**
 * Whether `el` is the innermost inline element of a paragraph holding an image, at least
 * MIN_CARD_LINKS links and no text outside them. Innermost, so the wrapper that also holds the
 * name's own link stays; text outside the links ("pictures and video of the launch") keeps it.
 */
export function isInlineCard(el: Element): boolean {
  if (el.name === 'a' || el.name === 'img' || BLOCK_TAGS.has(el.name)) return false;
  if (!el.children.some((c) => c.type === 'tag')) return false;
  let answer = known.get(el);
  if (answer === undefined) {
    answer = inParagraph(el) && holdsCard(tally(el)) && !el.children.some(holdsCardChild);
    known.set(el, answer);
  }
  return answer;
}

function holdsCard(t: Tally): boolean {
  return t.images > 0 && t.links >= MIN_CARD_LINKS && !t.loose;
}

/** Whether a child element (not a link) holds an image and the links too: the card is deeper. */
function holdsCardChild(node: AnyNode): boolean {
  if (node.type !== 'tag' || node.name === 'a') return false;
  const t = tally(node);
  return t.images > 0 && t.links >= MIN_CARD_LINKS;
}

/** Whether the nearest block-level ancestor of `el` is a <p>. */
function inParagraph(el: Element): boolean {
  for (let p = el.parent; p && p.type === 'tag'; p = p.parent) if (BLOCK_TAGS.has(p.name)) return p.name === 'p';
  return false;
}

function tally(root: Element): Tally {
  const t: Tally = { images: 0, links: 0, loose: false };
  // Nodes with whether they stand inside a link, iteratively (no recursion on deep markup).
  const stack: AnyNode[] = [root];
  const inLink: boolean[] = [false];
  while (stack.length) {
    const node = stack.pop()!;
    const linked = inLink.pop()!;
    if (node.type === 'text') {
      if (!linked && !t.loose && LETTER_OR_DIGIT.test(node.data)) t.loose = true;
      continue;
    }
    if (node.type !== 'tag') continue;
    if (node.name === 'img') t.images++;
    else if (node.name === 'a') t.links++;
    const childLinked = linked || node.name === 'a';
    for (let i = node.children.length - 1; i >= 0; i--) {
      stack.push(node.children[i]);
      inLink.push(childLinked);
    }
  }
  return t;
}
