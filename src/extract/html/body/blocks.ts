// Walks the page once (iteratively) and cuts its visible text into blocks: one per paragraph-level
// element run, with the characters inside links counted, so later stages can judge each block by
// its length and link density without touching the DOM again.
import { Element, type AnyNode } from 'domhandler';
import { isElement } from './dom.js';
import { BLOCK_TAGS, CELL_TAGS, HEADING_TAGS } from './patterns.js';
import { droppedLevels, isDropped, type PruneLevel } from './prune.js';

export type BlockKind = 'paragraph' | 'heading' | 'item' | 'quote' | 'pre' | 'row';

export interface Block {
  text: string;
  /** Characters of `text` inside <a> elements. */
  linkChars: number;
  kind: BlockKind;
  /** The innermost block-level element holding the text. */
  el: Element;
}

/** Characters that render as nothing and only split words in the metric (soft hyphen, zero-width). */
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;
const SPACE_RUN = /[ \t\r\n\f\u00a0]+/g;
/** Any character `trim` would keep. */
const NOT_SPACE = /\S/;

interface Piece {
  text: string;
  linkChars: number;
}

const NO_PIECES: readonly Piece[] = Object.freeze([]);
const NO_BLOCKS: readonly Block[] = Object.freeze([]);

/**
 * Collects the text of the block being built; <br><br> splits it into separate paragraphs.
 *
 * The text grows by appends, which V8 keeps as a chain of pieces; asking the whole text how it ends
 * (`endsWith`) or whether it is blank (`trim`) copies the chain into one string first, so a block of
 * n pieces cost n copies of its growing text (square in n). What those questions need is kept on the
 * side instead: the last piece appended (`tail`) and whether any appended piece had more than white
 * space (`blank`; `\S` is exactly what `trim` removes).
 */
export class BlockBuffer {
  private pieces: Piece[] = [];
  private current: Piece = { text: '', linkChars: 0 };
  private breaks = 0;
  /** The last non-empty string appended to `current.text`: its end is the text's end. */
  private tail = '';
  /** Whether `current.text` is empty or only white space (`current.text.trim() === ''`). */
  private blank = true;

  /** Adds a text node's content as prepareText gave it (not null). */
  text(clean: string, inLink: boolean): void {
    if (clean === SPACE) {
      if (this.current.text && !this.tail.endsWith(' ')) this.append(' ');
      return;
    }
    if (this.breaks >= 2) this.cut();
    else if (this.breaks === 1 && !this.blank) this.endLineWith('\n');
    this.breaks = 0;
    this.append(clean);
    if (inLink) this.current.linkChars += clean.trim().length;
  }

  lineBreak(): void {
    this.breaks++;
  }

  cell(): void {
    if (this.current.text && !this.tail.endsWith('\t')) this.endLineWith('\t');
  }

  private append(s: string): void {
    if (s === '') return;
    this.current.text += s;
    this.tail = s;
    if (this.blank && NOT_SPACE.test(s)) this.blank = false;
  }

  /** Drops the white space the text ends with and adds `end` (a tab or a line break, itself white
   * space, so the text stays as blank or not as it was). */
  private endLineWith(end: string): void {
    this.current.text = this.current.text.trimEnd() + end;
    this.tail = end;
  }

  private cut(): void {
    if (!this.blank) {
      this.pieces.push(this.current);
      this.current = { text: '', linkChars: 0 };
    } else {
      this.current.text = '';
      this.current.linkChars = 0;
    }
    this.tail = '';
    this.blank = true;
  }

  /** The finished paragraphs, trimmed, and the buffer emptied. Asked at every block element's start
   * and end, most times with nothing buffered: that case allocates nothing. */
  take(): readonly Piece[] {
    this.cut();
    this.breaks = 0;
    if (this.pieces.length === 0) return NO_PIECES;
    const out = this.pieces;
    this.pieces = [];
    for (const p of out) p.text = tidy(p.text);
    return out.filter((p) => p.text);
  }
}

/** What prepareText gives for a text node that only separates words: one space at most. */
const SPACE = ' ';

/**
 * A text node's content as the blocks take it (runs of white space collapsed, invisible characters
 * removed), SPACE when nothing but white space is left, or null when nothing is. Worked out once
 * per node for every buffer the walk fills.
 */
function prepareText(data: string, pre: boolean): string | null {
  // Most text nodes are the whitespace between tags: settled without the two replaces below.
  if (!pre && isBlank(data)) return data ? SPACE : null;
  const clean = pre || !isClean(data) ? (pre ? data : data.replace(SPACE_RUN, ' ')).replace(INVISIBLE, '') : data;
  if (clean.trim() === '') return clean ? SPACE : null;
  return clean;
}

/** A character that is not the whitespace SPACE_RUN collapses (space, tab, CR, LF, FF, no-break space). */
const NOT_BLANK = /[^ \t\n\r\f\u00a0]/;
/** What the two replaces of BlockBuffer.text would change: whitespace other than a single space,
 * or an INVISIBLE character. */
const UNCLEAN = /[\t\n\r\f\u00a0\u00ad\u200b\u200c\u200d\u2060\ufeff]| {2}/;

// Regex tests rather than charCodeAt loops: V8 runs them over the flat string in native code, where
// the loops paid for reaching through each parser slice to its page at every character (both tests
// over the text nodes of 60 Zyte pages: 46-67 -> 21-37 ms).

/** Whether `data` is only the whitespace SPACE_RUN collapses. */
function isBlank(data: string): boolean {
  return !NOT_BLANK.test(data);
}

/**
 * Whether the two replaces of BlockBuffer.text would leave `data` as it is: no whitespace but
 * single spaces, no invisible characters. Most text nodes are, and the test costs less than they do.
 */
function isClean(data: string): boolean {
  return !UNCLEAN.test(data);
}

/**
 * Whether tidy would change `text`: it holds a line break, a tab or two spaces in a row, or starts
 * or ends with a space. A loop rather than a pattern: every paragraph of every page is asked, and
 * the pattern's search was a few per cent of a `dateline extract` process. Exported for its test.
 */
export function isUntidy(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 9 || (c === 32 && text.charCodeAt(i + 1) === 32)) return true;
  }
  return false;
}

export function tidy(text: string): string {
  if (!isUntidy(text)) return text;
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/ {2,}/g, ' ')
        .replace(/\t+/g, '\t')
        .replace(/^[ \t]+|[ \t]+$/g, ''),
    )
    .filter(Boolean)
    .join('\n');
}

function kindOf(el: Element, inQuote: boolean): BlockKind {
  if (HEADING_TAGS.has(el.name)) return 'heading';
  if (el.name === 'li' || el.name === 'dt' || el.name === 'dd') return 'item';
  if (el.name === 'pre') return 'pre';
  if (el.name === 'tr') return 'row';
  return inQuote ? 'quote' : 'paragraph';
}

/** The text blocks of `root` in document order, skipping what `level` prunes and the `skip` elements. */
export function collectBlocks(root: AnyNode, level: PruneLevel, skip?: ReadonlySet<Element>): Block[] {
  return walkBlocks(root, 1, (el) => (isDropped(el, level) || skip?.has(el) ? 1 : 0))[0];
}

/**
 * The blocks of `root` at the `strict` and at the `lenient` level, from one walk: most pages need
 * both, and the walk, its prune tests and its text clean-up cost the same for the two.
 */
export function collectStrictAndLenientBlocks(root: AnyNode): { strict: Block[]; lenient: Block[] } {
  const [strict, lenient] = walkBlocks(root, 2, droppedLevels);
  return { strict, lenient };
}

/**
 * The blocks of `root` for `count` prune levels at once, each as a walk of its own would cut them.
 * `dropped(el)` gives, as bit i, whether level i skips `el` with its subtree. The walk enters what
 * some level keeps; a level's buffer hears only what happens outside every element it skips, and
 * elements open around it are all ones it keeps, so the open owners and link, pre and quote
 * counts are its own too.
 */
function walkBlocks(root: AnyNode, count: number, dropped: (el: Element) => number): Block[][] {
  const lists: Block[][] = [];
  const buffers: BlockBuffer[] = [];
  for (let i = 0; i < count; i++) {
    lists.push([]);
    buffers.push(new BlockBuffer());
  }
  // Text outside any block element (a page without <body>) belongs to a detached stand-in body.
  const owners: Element[] = [new Element('body', {})];
  let links = 0;
  let pres = 0;
  let quotes = 0;
  /** The levels (bits) that keep every element open on the stack. */
  let active = (1 << count) - 1;
  const flush = (levels: number) => {
    const owner = owners[owners.length - 1];
    // The blocks the level before cut at this flush: where this level's piece is the same, the
    // two lists share one Block, so what is worked out per block (isDisclaimer) is done once.
    let before: readonly Block[] = NO_BLOCKS;
    for (let i = 0; i < count; i++) {
      if (((levels >> i) & 1) === 0) continue;
      const pieces = buffers[i].take();
      // Most flushes (one at each block element's start and end) find nothing buffered.
      if (pieces.length === 0) {
        before = NO_BLOCKS;
        continue;
      }
      const made: Block[] = [];
      for (let j = 0; j < pieces.length; j++) {
        const p = pieces[j];
        const same = before[j];
        const block =
          same !== undefined && same.text === p.text && same.linkChars === p.linkChars
            ? same
            : { text: p.text, linkChars: p.linkChars, kind: kindOf(owner, quotes > 0), el: owner };
        lists[i].push(block);
        made.push(block);
      }
      before = made;
    }
  };
  // Nodes to enter, and elements to leave (whose subtree is done), on one stack with a parallel
  // stack of numbers: ENTER, or on leaving, the levels the element skipped (active again after it).
  const stack: AnyNode[] = [root];
  const leaving: number[] = [ENTER];
  while (stack.length) {
    const node = stack.pop()!;
    const skipped = leaving.pop()!;
    if (skipped !== ENTER) {
      const el = node as Element;
      if (el.name === 'a') links--;
      else if (el.name === 'pre') pres--;
      if (el.name === 'blockquote') quotes--;
      if (CELL_TAGS.has(el.name)) for (let i = 0; i < count; i++) if ((active >> i) & 1) buffers[i].cell();
      if (BLOCK_TAGS.has(el.name)) {
        flush(active);
        owners.pop();
      }
      active |= skipped;
      continue;
    }
    if (node.type === 'text') {
      const clean = prepareText(node.data, pres > 0);
      if (clean !== null) for (let i = 0; i < count; i++) if ((active >> i) & 1) buffers[i].text(clean, links > 0);
      continue;
    }
    if (node.type === 'root') {
      for (let i = node.children.length - 1; i >= 0; i--) {
        stack.push(node.children[i]);
        leaving.push(ENTER);
      }
      continue;
    }
    if (!isElement(node)) continue;
    const drops = dropped(node) & active;
    const keeping = active & ~drops;
    if (keeping === 0) continue;
    if (node.name === 'br') {
      for (let i = 0; i < count; i++) if ((keeping >> i) & 1) buffers[i].lineBreak();
      continue;
    }
    if (BLOCK_TAGS.has(node.name)) {
      flush(keeping);
      owners.push(node);
    }
    if (node.name === 'a') links++;
    else if (node.name === 'pre') pres++;
    if (node.name === 'blockquote') quotes++;
    active = keeping;
    stack.push(node);
    leaving.push(drops);
    for (let i = node.children.length - 1; i >= 0; i--) {
      stack.push(node.children[i]);
      leaving.push(ENTER);
    }
  }
  flush(active);
  return lists;
}

/** Marks a node on the walk's stack to enter rather than leave. */
const ENTER = -1;
