// Which elements the body walk skips with their whole subtree: non-content tags, hidden
// elements, and boilerplate recognised by class/id words (see patterns.ts).
import type { Element } from 'domhandler';
import { collapsedLength, elements, isElement } from './dom.js';
import {
  AD_TOKEN,
  CONTENT_WORDS,
  FURNITURE_TAGS,
  MISUSED_WRAPPER_PROSE_CHARS,
  NON_CONTENT_TAGS,
  EMBEDDED_POST,
  HIDDEN_CLASS,
  STRONG_BOILERPLATE,
  WEAK_BOILERPLATE,
} from './patterns.js';
import { COMMENT_SECTION } from '../comment-section.js';
import { isInlineCard } from './inline-card.js';
import { boundedMemo } from '../../../text/bounded-memo.js';

/**
 * How hard to prune: `strict` for the body's first try; `lenient` drops only non-content and
 * furniture tags, hidden elements and comment sections; `hidden` is `lenient` keeping hidden
 * elements; `tags` drops only non-content tags (for reading comments).
 */
export type PruneLevel = 'strict' | 'lenient' | 'hidden' | 'tags';

/** Elements that hold the page; never dropped for their class names (WordPress puts "comments-open" on body). */
const NEVER_DROPPED: ReadonlySet<string> = new Set(['html', 'body', 'main']);

/**
 * Paragraph text (characters) from which even a strongly named element ("related", "share") is
 * taken for a wrapper of the article: layouts name whole columns "share-layout" or "related-wrap".
 */
const STRONG_WRAPPER_PROSE_CHARS = 3000;

/** Inline styles that hide an element. */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export function isDropped(el: Element, level: PruneLevel): boolean {
  if (NON_CONTENT_TAGS.has(el.name)) return true;
  if (level === 'tags') return false;
  const early = droppedAtEveryLevel(el, level !== 'hidden');
  if (early !== undefined) return early;
  const a = el.attribs;
  return level === 'strict' ? droppedByClass(el, a, words(a)) : droppedAsComments(el.name, words(a));
}

/** Bits of droppedLevels: isDropped at `strict`, at `lenient`. */
const DROPPED_STRICT = 1;
const DROPPED_LENIENT = 2;

/**
 * isDropped(el, 'strict') and isDropped(el, 'lenient') as bits (DROPPED_STRICT, DROPPED_LENIENT),
 * for the walk that collects the blocks of both levels at once: the tests both levels share, and
 * the element's class words, are worked out once.
 */
export function droppedLevels(el: Element): number {
  if (NON_CONTENT_TAGS.has(el.name)) return DROPPED_STRICT | DROPPED_LENIENT;
  const early = droppedAtEveryLevel(el, true);
  if (early !== undefined) return early ? DROPPED_STRICT | DROPPED_LENIENT : 0;
  const a = el.attribs;
  const w = words(a);
  return (droppedByClass(el, a, w) ? DROPPED_STRICT : 0) | (droppedAsComments(el.name, w) ? DROPPED_LENIENT : 0);
}

/** The element's class words, or 0 when it has neither class nor id. */
function words(a: Record<string, string>): number {
  return a.class !== undefined || a.id !== undefined ? classWords(a) : 0;
}

/**
 * What decides alike at every level but `tags` (inline cards, furniture, comparison tables) and,
 * with `dropHidden`, hidden elements; undefined when the level's own rules decide.
 */
function droppedAtEveryLevel(el: Element, dropHidden: boolean): boolean | undefined {
  const name = el.name;
  if (isInlineCard(el)) return true;
  if (FURNITURE_TAGS.has(name)) return !isMisusedWrapper(el) && !(name === 'figure' && holdsTextFigure(el));
  if (name === 'table' && isComparisonMatrix(el)) return true;
  const a = el.attribs;
  // `hidden` keeps hidden elements: script-driven pages ship the article in a hidden container
  // that their scripts reveal.
  if (
    dropHidden &&
    (a.hidden !== undefined || a['aria-hidden'] === 'true' || (a.style && HIDDEN_STYLE.test(a.style))) &&
    !isAccordionPanel(a) &&
    !isCollapsedContinuation(el)
  )
    return true;
  return undefined;
}

/** Comment sections never hold the article (their text goes to `comments`), at any level: what
 * `lenient` and `hidden` drop by class. `w` is the element's words(). */
function droppedAsComments(name: string, w: number): boolean {
  return !NEVER_DROPPED.has(name) && name !== 'article' && (w & COMMENTS) !== 0;
}

/** What `strict` drops by role and class/id words. `w` is words(a). */
function droppedByClass(el: Element, a: Record<string, string>, w: number): boolean {
  const name = el.name;
  if (NEVER_DROPPED.has(name)) return false;
  if (
    a.role === 'navigation' ||
    a.role === 'complementary' ||
    a.role === 'contentinfo' ||
    a.role === 'banner' ||
    a.role === 'dialog'
  )
    return true;
  if (!a.class && !a.id) return false;
  if (w & HIDDEN && !isCollapsedContinuation(el)) return true;
  if (w & EMBEDDED) return false;
  if (w & STRONG)
    return !isProtectedBody(a) && ((w & COMMENTS) !== 0 || !isMisusedWrapper(el, STRONG_WRAPPER_PROSE_CHARS));
  if (name === 'article') return false;
  // Weak words ("widget", "sidebar", "header") also name page-builder modules and layouts that
  // wrap the article: an element holding a lot of paragraph text is kept whatever its name.
  if (w & WEAK && !(w & CONTENT)) return !isMisusedWrapper(el);
  return (w & AD) !== 0;
}

/** Bits of classWords: which class/id patterns an element's class and id match. */
const COMMENTS = 1;
const HIDDEN = 2;
const EMBEDDED = 4;
const STRONG = 8;
const WEAK = 16;
const CONTENT = 32;
const AD = 64;

/**
 * The patterns an element's class and id match. No pattern matches across the space between the
 * two (none has white space inside a word), so each is worked out on its own: the class once per
 * distinct class string, since every prune level walks the page again and pages repeat the same
 * class strings over thousands of elements; the id each time, since an id names one element and
 * remembering it (keyed with its class) only filled the memo. Classes are held across pages up to
 * CLASS_MEMO_SIZE, then started afresh, so memory stays bounded.
 */
const CLASS_MEMO_SIZE = 20_000;
const classPatternBits = boundedMemo(
  (cls) => wordBits(`${cls} `.toLowerCase()) | (cls.split(/\s+/).some((t) => AD_TOKEN.test(t.toLowerCase())) ? AD : 0),
  CLASS_MEMO_SIZE,
);

function classWords(a: Record<string, string>): number {
  const bits = classPatternBits(a.class ?? '');
  return a.id === undefined ? bits : bits | wordBits(` ${a.id}`.toLowerCase());
}

/** The word patterns that `words` (lower-cased "class id", or one of the two with its space) matches. */
function wordBits(words: string): number {
  return (
    (COMMENT_SECTION.test(words) ? COMMENTS : 0) |
    (HIDDEN_CLASS.test(words) ? HIDDEN : 0) |
    (EMBEDDED_POST.test(words) ? EMBEDDED : 0) |
    (STRONG_BOILERPLATE.test(words) ? STRONG : 0) |
    (WEAK_BOILERPLATE.test(words) ? WEAK : 0) |
    (CONTENT_WORDS.test(words) ? CONTENT : 0)
  );
}

/** Cells per row (the median row) from which a table is a product comparison matrix: one column
 * per product, one row per spec, price or rating. Data tables in articles have a handful of columns. */
export const MATRIX_MIN_COLUMNS = 13;
/** Rows a table needs before it is judged by its median row. */
const MATRIX_MIN_ROWS = 4;

/** Whether a table is a wide comparison matrix (specs, prices and star ratings of many products
 * side by side): the review's data, not its text, and read by no one as prose. */
function isComparisonMatrix(table: Element): boolean {
  const widths: number[] = [];
  for (const row of elements(table)) {
    if (row.name !== 'tr') continue;
    let cells = 0;
    for (const c of row.children) if (c.type === 'tag' && (c.name === 'td' || c.name === 'th')) cells++;
    widths.push(cells);
  }
  if (widths.length < MATRIX_MIN_ROWS) return false;
  widths.sort((a, b) => a - b);
  return widths[widths.length >> 1] >= MATRIX_MIN_COLUMNS;
}

/**
 * A collapsed accordion panel, as the WAI-ARIA accordion pattern marks it (role=region labelled by
 * its header button): hidden until the reader opens it, but part of the article ("1. Understand
 * your electric bill" and the steps under it). Other hidden elements are menus, modals, templates.
 */
function isAccordionPanel(a: Record<string, string>): boolean {
  return a.role === 'region' && a['aria-labelledby'] !== undefined && a['aria-hidden'] !== 'true';
}

/** Characters of the paragraph before a hidden element that make it the article's visible part. */
const CONTINUED_PARAGRAPH_CHARS = 80;

/**
 * A hidden element that goes on from the paragraph before it and opens with a paragraph of its
 * own: the rest of a story that a "Read more" button reveals (news sites show the first
 * paragraphs and collapse the others). Menus, modals and templates do not follow a paragraph of
 * prose and open with one.
 */
function isCollapsedContinuation(el: Element): boolean {
  const previous = previousElement(el);
  if (previous?.name !== 'p' || collapsedLength(previous) < CONTINUED_PARAGRAPH_CHARS) return false;
  const first = el.children.find(isElement);
  return first?.name === 'p' && collapsedLength(first) > 0;
}

function previousElement(el: Element): Element | null {
  for (let n = el.prev; n; n = n.prev) if (isElement(n)) return n;
  return null;
}

/**
 * Paragraph text (characters, counted up to STRONG_WRAPPER_PROSE_CHARS) of the elements asked
 * about: the body stages walk the page up to three times, and each would count it again.
 */
const paragraphChars = new WeakMap<Element, number>();

/** Whether a furniture element holds so much paragraph text that it must be the article's wrapper. */
function isMisusedWrapper(el: Element, threshold = MISUSED_WRAPPER_PROSE_CHARS): boolean {
  let prose = paragraphChars.get(el);
  if (prose === undefined) {
    prose = 0;
    // The elements of el's subtree in document order (as elements() gives them), without a
    // generator and without the text and comment nodes between them: only an element can be or
    // hold a <p>, and the text nodes were half of what the walk popped (306,000 nodes a pass over
    // the Zyte pages), each asked `'children' in node` up its prototype chain.
    const stack: Element[] = [el];
    while (stack.length && prose < STRONG_WRAPPER_PROSE_CHARS) {
      const node = stack.pop()!;
      if (node.type === 'tag' && node.name === 'p') prose += collapsedLength(node);
      const children = node.children;
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i];
        if (isElement(child)) stack.push(child);
      }
    }
    paragraphChars.set(el, prose);
  }
  return prose >= threshold;
}

/** Answers of holdsTextFigure, asked once per prune level. */
const textFigures = new WeakMap<Element, boolean>();

/**
 * Whether a <figure> holds a table or a block quotation: block editors wrap every table
 * ("wp-block-table") and pull quote in one, and those are the article's text, not an image with
 * its caption (the <figcaption> stays dropped). An embedded post (a tweet, an Instagram or imgur
 * card: "wp-block-embed", "twitter-tweet") is the other site's furniture and stays dropped.
 */
function holdsTextFigure(figure: Element): boolean {
  let known = textFigures.get(figure);
  if (known === undefined) {
    known = false;
    for (const el of elements(figure)) {
      if (EMBEDDED_POST.test((el.attribs.class ?? '').toLowerCase())) {
        known = false;
        break;
      }
      if (el.name === 'table' || el.name === 'blockquote') known = true;
    }
    textFigures.set(figure, known);
  }
  return known;
}

/** itemprop=articleBody marks the text itself, whatever its class names say. */
function isProtectedBody(a: Record<string, string>): boolean {
  return a.itemprop === 'articleBody';
}
