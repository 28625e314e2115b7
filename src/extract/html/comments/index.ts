// Reader comments of an HTML page: each comment item (by class, id or schema.org type) gives its
// author, date and text; replies are comments of their own. Blogger's classic layout, where a
// comment is a <dt> author / <dd> body / <dd> footer triple, is read as such.
import type { AnyNode, Document, Element } from 'domhandler';
import type { Comment } from '../../../record/types.js';
import { parseDate } from '../../dates.js';
import { collectBlocks } from '../body/blocks.js';
import { HAS_DIGIT } from '../body/patterns.js';
import { classTokens, collapsedText, elements, isElement } from '../body/dom.js';
import {
  AUTHOR_CLASSES,
  AUTHOR_DATE_TAIL,
  AUTHOR_NOISE,
  BARE_LABEL,
  TIME_LINE,
  DATE_CLASSES,
  ITEM_CLASSES,
  ITEM_ID,
  ITEM_TYPE,
  MAX_COMMENTS,
  NOT_TEXT_CLASSES,
  TEXT_CLASSES,
} from './patterns.js';

/** Cheap pre-test: an element with no comment-ish attribute cannot be a comment item. */
const MAYBE_ITEM = /comment|^c\d/i;

const TEXT_CLASS_SET: ReadonlySet<string> = new Set(TEXT_CLASSES);

/** Whether an element's attributes allow it to be a comment item (isItem's cheap first test). */
function mayBeItem(a: Record<string, string>): boolean {
  return !!a.itemtype || (!!a.class && MAYBE_ITEM.test(a.class)) || (!!a.id && MAYBE_ITEM.test(a.id));
}

function isItem(el: Element): boolean {
  if (!mayBeItem(el.attribs)) return false;
  // Blogger's classic <dt>/<dd> comments are read as triples (classicBlogger), never one by one.
  if (el.name === 'body' || el.name === 'html' || el.name === 'dt' || el.name === 'dd' || el.name === 'a') return false;
  if (el.attribs.itemtype && ITEM_TYPE.test(el.attribs.itemtype)) return true;
  if (el.attribs.id && ITEM_ID.test(el.attribs.id)) return true;
  return classTokens(el).some((t) => ITEM_CLASSES.has(t));
}

/** Blogger's classic layout: <dd class="comment-body"> with its <dt class="comment-author"> before it. */
function isClassicBloggerBody(el: Element): boolean {
  return el.name === 'dd' && classTokens(el).includes('comment-body');
}

/** Elements of an item that belong to it, not to a nested reply. */
function* own(item: Element): Generator<Element> {
  const stack: AnyNode[] = [...item.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node) || isItem(node)) continue;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
}

/** An item's own elements with their class tokens, listed once and searched by every field reader. */
interface Parts {
  els: Element[];
  tokens: string[][];
}

function partsOf(item: Element): Parts {
  const els = [...own(item)];
  return { els, tokens: els.map(classTokens) };
}

function firstOwn(parts: Parts, test: (el: Element, tokens: string[]) => boolean): Element | null {
  for (let i = 0; i < parts.els.length; i++) if (test(parts.els[i], parts.tokens[i])) return parts.els[i];
  return null;
}

function cleanAuthor(raw: string): string | null {
  const name = raw.replace(AUTHOR_NOISE, '').replace(AUTHOR_DATE_TAIL, '').trim();
  return name && name.length <= 80 ? name : null;
}

/**
 * A comment as found, tidied: the author's "Jane on May 3, 2019 at 4:47 pm" gives the date when
 * none was marked up; leading lines repeating the author or the time are dropped from the text;
 * a bare label ("replies", "3 comments") is no comment at all.
 */
function finish(rawAuthor: string | null, published: string | null, text: string): Comment | null {
  const author = rawAuthor ? cleanAuthor(rawAuthor) : null;
  const when =
    published ??
    (rawAuthor && AUTHOR_DATE_TAIL.test(rawAuthor) ? parseDate(rawAuthor.match(AUTHOR_DATE_TAIL)![0]) : null);
  const paragraphs = text.split('\n\n');
  // Every TIME_LINE form holds a digit: testing for one first spares compiling it (about 85 KB of
  // regex bytecode) on pages whose comments never start with one.
  while (
    paragraphs.length > 1 &&
    (paragraphs[0] === author || (HAS_DIGIT.test(paragraphs[0]) && TIME_LINE.test(paragraphs[0])))
  )
    paragraphs.shift();
  const body = paragraphs.join('\n\n');
  if (!author && !when && BARE_LABEL.test(body)) return null;
  return { author, published: when, text: body };
}

function authorOf(parts: Parts): string | null {
  const itemprop = firstOwn(parts, (el) => el.attribs.itemprop === 'author' || el.attribs.itemprop === 'name');
  if (itemprop) return collapsedText(itemprop) || null;
  for (const cls of AUTHOR_CLASSES) {
    const el = firstOwn(parts, (e, tokens) => tokens.includes(cls) || (cls === 'user' && e.name === 'cite'));
    if (el) {
      const inner = firstOwn(partsOf(el), (_e, tokens) => tokens.includes('fn')) ?? el;
      const name = collapsedText(inner);
      if (cleanAuthor(name)) return name;
    }
  }
  const cite = firstOwn(parts, (e) => e.name === 'cite');
  return cite ? collapsedText(cite) || null : null;
}

function dateOf(parts: Parts): string | null {
  const time = firstOwn(parts, (el) => el.name === 'time');
  const fromAttr = time?.attribs.datetime ? parseDate(time.attribs.datetime) : null;
  if (fromAttr) return fromAttr;
  if (time) {
    const d = parseDate(collapsedText(time));
    if (d) return d;
  }
  for (const cls of DATE_CLASSES) {
    const el = firstOwn(parts, (_e, tokens) => tokens.includes(cls));
    const d = el ? parseDate(collapsedText(el)) : null;
    if (d) return d;
  }
  return null;
}

/** The comment's paragraphs: its text element, or the item without its meta, replies and actions. */
function textOf(item: Element, parts: Parts = partsOf(item)): string {
  let textEl: Element | null = null;
  for (const cls of TEXT_CLASSES) if (!textEl) textEl = firstOwn(parts, (_e, tokens) => tokens.includes(cls));
  textEl ??= firstOwn(parts, (e) => e.attribs.itemprop === 'text');
  const root = textEl ?? item;
  const skip = new Set<Element>();
  for (const el of elements(root))
    if (el !== root && (isItem(el) || classTokens(el).some((t) => NOT_TEXT_CLASSES.has(t)))) skip.add(el);
  return collectBlocks(root, 'tags', skip)
    .map((b) => b.text)
    .join('\n\n');
}

function classicBlogger(dd: Element): Comment | null {
  let dt: AnyNode | null = dd.prev;
  while (dt && !(isElement(dt) && dt.name === 'dt')) dt = dt.prev;
  let footer: AnyNode | null = dd.next;
  while (footer && !(isElement(footer) && footer.name === 'dd')) footer = footer.next;
  const text = textOf(dd);
  if (!text) return null;
  const author = dt && isElement(dt) ? cleanAuthor(collapsedText(dt)) : null;
  const published = footer && isElement(footer) ? parseDate(collapsedText(footer)) : null;
  return { author, published, text };
}

export function extractComments(dom: Document): Comment[] {
  const comments: Comment[] = [];
  for (const el of candidateItems(dom)) {
    if (comments.length >= MAX_COMMENTS) break;
    const comment = readComment(el);
    if (comment) comments.push(comment);
  }
  return comments;
}

/** The elements that may open a comment, in document order. A plain stack walk rather than the
 * elements() generator: this pass visits every element of every page, and most pages have no
 * comments. The walk only gathers them: reading a comment is rare, and kept out of the walk's loop
 * it cannot make V8 throw away and recompile the loop's optimised code on each page that has one. */
function candidateItems(dom: Document): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [dom];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'root' || node.type === 'tag')
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    if (node.type !== 'tag') continue;
    // What isClassicBloggerBody or isItem needs before it can hold.
    if (node.name === 'dd' || mayBeItem(node.attribs)) found.push(node);
  }
  return found;
}

function readComment(el: Element): Comment | null {
  if (isClassicBloggerBody(el)) return classicBlogger(el);
  if (!isItem(el) || isInsideTextOfItem(el)) return null;
  const parts = partsOf(el);
  const text = textOf(el, parts);
  return text ? finish(authorOf(parts), dateOf(parts), text) : null;
}

/** An "item" inside another comment's text element is markup inside the text, not a reply. */
function isInsideTextOfItem(el: Element): boolean {
  for (let n = el.parent; n && n.type !== 'root'; n = n.parent) {
    if (isElement(n) && classTokens(n).some((t) => TEXT_CLASS_SET.has(t))) return true;
  }
  return false;
}
