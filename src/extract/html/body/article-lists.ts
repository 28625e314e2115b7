// Link lists inside the article that are its own enumerations, not page furniture. Between the
// article's first and last paragraphs, a link-dense list item stays when
//   - its list is ordered (<ol>: steps, a ranked list, the article's table of contents);
//   - its list also holds items that are not link-dense (a list of tools where some are linked,
//     some not): the list is the article's, whatever its links; or
//   - its links all leave the site and the article introduces the list: the block before the
//     run of link-dense blocks is a paragraph of prose, a heading, or a line ending in ":"
//     ("These shops ship with a thirty-day return window:").
// Related-story boxes link within the site in unordered lists of links only; a footer menu of
// sister sites that a container took in follows a bare label ("Our network"), not the article's
// text; a lone "@handle" item is the byline's social account.
import type { Element } from 'domhandler';
import type { Block } from './blocks.js';
import { HANDLE_ONLY, linksLeaveSite } from './outbound.js';
import { isGoodBlock, linkDensity, LINK_LIST_DENSITY } from './score.js';

/** Levels searched above a block for its list (an item's text sits in a few inline wrappers at most). */
const MAX_LIST_DEPTH = 4;

/** The nearest list element (<ul>, <ol>) around a block's element, within MAX_LIST_DEPTH levels. */
function listOf(el: Element): Element | null {
  let p = el.parent;
  for (let n = 0; p && p.type !== 'root' && n < MAX_LIST_DEPTH; p = p.parent, n++) {
    const name = (p as Element).name;
    if (name === 'ol' || name === 'ul') return p as Element;
  }
  return null;
}

/** Text of an <li> or of a paragraph in one (not a label that a template put in the list). */
const isItemText = (b: Block) => b.el.name === 'li' || (b.el.parent as Element | null)?.name === 'li';

const isLinkDense = (b: Block) => linkDensity(b) > LINK_LIST_DENSITY;

/** Whether the article introduces the run of link-dense blocks holding block `i`. */
function introduced(inside: readonly Block[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isLinkDense(inside[k])) k--;
  if (k < 0) return false;
  const before = inside[k];
  return isGoodBlock(before) || before.kind === 'heading' || before.text.trimEnd().endsWith(':');
}

/** Answers whether a link-dense block of one container's blocks is an item of the article's own lists. */
export class ArticleLists {
  /** Lists holding an item that is not link-dense; built on the first question. */
  private mixed: Set<Element> | null = null;

  constructor(
    private readonly inside: readonly Block[],
    private readonly pageUrl: string | null | undefined,
  ) {}

  /** Whether block `i`, a link-dense block between the article's first and last paragraphs, stays. */
  has(i: number): boolean {
    const b = this.inside[i];
    if (b.el.name !== 'li' || HANDLE_ONLY.test(b.text)) return false;
    const list = listOf(b.el);
    if (!list) return false;
    if (list.name === 'ol' || this.mixedLists().has(list)) return true;
    return !!this.pageUrl && linksLeaveSite(b, this.pageUrl) && introduced(this.inside, i);
  }

  private mixedLists(): Set<Element> {
    if (this.mixed) return this.mixed;
    this.mixed = new Set();
    for (const b of this.inside) {
      if (isLinkDense(b) || !isItemText(b)) continue;
      const list = listOf(b.el);
      if (list) this.mixed.add(list);
    }
    return this.mixed;
  }
}
