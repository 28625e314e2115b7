// Keeps the blocks of the chosen container that are article text: drops link lists, ad labels,
// share prompts, image credits, and the title/byline furniture before the first paragraph.
import type { Block } from './blocks.js';
import {
  BOILERPLATE_PARAGRAPH,
  BYLINE,
  BYLINE_START,
  DATE_LINE,
  HAS_DIGIT,
  IMAGE_CREDIT,
  MAX_BYLINE_CHARS,
  MAX_CREDIT_CHARS,
  MAX_PROMPT_LINE_CHARS,
  SENTENCE_END,
  SOCIAL_FOLLOW_LINE,
  TAXONOMY_LINE,
} from './patterns.js';
import { isDisclaimer, isGoodBlock, linkDensity, LINK_LIST_DENSITY } from './score.js';
import { isOutboundLink, linksStayOnSite } from './outbound.js';
import { ArticleLists } from './article-lists.js';
import { elements, isInside } from './dom.js';
import { isSiteNotice } from './site-notices.js';

/**
 * Leading blocks shorter than this (characters) before the first prose paragraph are treated as
 * headline furniture (kicker, byline, timestamp, "Listen to this article") and dropped.
 */
export const MAX_LEADING_FURNITURE_CHARS = 100;

/** Fewest words of a short leading block that still reads as a sentence of the article. */
const MIN_LEADING_SENTENCE_WORDS = 5;

function isLeadingSentence(b: Block): boolean {
  return b.kind !== 'heading' && SENTENCE_END.test(b.text) && b.text.split(/\s+/).length >= MIN_LEADING_SENTENCE_WORDS;
}

/**
 * Characters of text outside links that make a link-heavy block inside the article an entry of a
 * round-up ("<b><a>Headline</a></b> — two sentences about it"), not a related-links item.
 */
export const MIN_ROUNDUP_PROSE_CHARS = 80;

/**
 * Whether block `i` of `inside` is page furniture; off-site links of the article are not
 * (outbound.ts), nor, when `lists` is given (blocks between its first and last paragraphs), its own
 * link lists (article-lists.ts).
 */
function isFurniture(
  inside: readonly Block[],
  i: number,
  pageUrl: string | null | undefined,
  lists: ArticleLists | null = null,
): boolean {
  const b = inside[i];
  if (BOILERPLATE_PARAGRAPH.test(b.text) || isDisclaimer(b) || isSiteNotice(b)) return true;
  if (b.text.length <= MAX_PROMPT_LINE_CHARS && (SOCIAL_FOLLOW_LINE.test(b.text) || TAXONOMY_LINE.test(b.text)))
    return true;
  if (
    linkDensity(b) > LINK_LIST_DENSITY &&
    b.text.length - b.linkChars < MIN_ROUNDUP_PROSE_CHARS &&
    !isOutboundLink(inside, i, pageUrl) &&
    !lists?.has(i)
  )
    return true;
  if (
    b.text.length <= MAX_BYLINE_CHARS &&
    ((BYLINE_START.test(b.text) && BYLINE.test(b.text)) || (HAS_DIGIT.test(b.text) && DATE_LINE.test(b.text)))
  )
    return true;
  return b.text.length <= MAX_CREDIT_CHARS && IMAGE_CREDIT.test(b.text);
}

/** Lower-cased text with runs of non-letters collapsed, for comparing a heading with the title. */
function comparable(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const FIRST_WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * False only when comparable(text) cannot be `headline`: its first letter or digit is ASCII and,
 * lower-cased, not the headline's first character. Asked before comparable(text), which builds two
 * strings, for every short block of every stage; most blocks start with another letter.
 */
function mayBeHeadline(text: string, headline: string): boolean {
  const at = text.search(FIRST_WORD_CHAR);
  if (at < 0 || headline === '') return true;
  const c = text.charCodeAt(at);
  if (c >= 128) return true;
  return (c >= 65 && c <= 90 ? c + 32 : c) === headline.charCodeAt(0);
}

/**
 * The blocks of `inside` (all in the container) that belong in the body, in order; a block that
 * repeats the title is the headline, not text.
 */
/**
 * Elements whose text is a paragraph by markup. Text standing alone in another element (a <div>
 * or <span> holding only "81", "OVERALL SCORE", "Posted On") is a widget label unless it reads
 * like a sentence; text among other text of its <div> (Blogger's <br>-separated posts) is kept.
 */
const PARAGRAPH_OWNERS: ReadonlySet<string> = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'tr',
  'td',
  'th',
  'caption',
  'summary',
]);
/** Longest lone label dropped by that rule (characters). */
export const MAX_LONE_LABEL_CHARS = 60;

function isLoneLabel(b: Block, blocksOfOwner: number): boolean {
  return (
    !PARAGRAPH_OWNERS.has(b.el.name) &&
    blocksOfOwner === 1 &&
    b.text.length <= MAX_LONE_LABEL_CHARS &&
    !SENTENCE_END.test(b.text)
  );
}

export function keepArticleBlocks(inside: readonly Block[], title?: string | null, pageUrl?: string | null): Block[] {
  const perOwner = new Map<Block['el'], number>();
  for (const b of inside) perOwner.set(b.el, (perOwner.get(b.el) ?? 0) + 1);
  const headline = title ? comparable(title) : null;
  const isHeadline = (b: Block) =>
    headline !== null &&
    b.text.length <= 2 * headline.length + 20 &&
    mayBeHeadline(b.text, headline) &&
    comparable(b.text) === headline;
  const first = inside.findIndex(isGoodBlock);
  if (first < 0) return inside.filter((b, i) => !isFurniture(inside, i, pageUrl) && !isHeadline(b));
  let last = inside.length - 1;
  while (!isGoodBlock(inside[last])) last--;
  const lists = new ArticleLists(inside, pageUrl);
  /** Whether the block before the one being judged was dropped as a link. */
  let linkDropped = false;
  return inside.filter((b, i) => {
    const furniture = isFurniture(inside, i, pageUrl, i > first && i < last ? lists : null);
    const cardDek = !furniture && linkDropped && !!pageUrl && isCardDek(inside, i, pageUrl);
    linkDropped = furniture && linkDensity(b) > LINK_LIST_DENSITY;
    if (furniture || cardDek || isHeadline(b) || isLoneLabel(b, perOwner.get(b.el)!)) return false;
    if (i < first) return b.kind !== 'heading' && (b.text.length > MAX_LEADING_FURNITURE_CHARS || isLeadingSentence(b));
    return true;
  });
}

/** Longest summary line of a story card (characters): a dek is one sentence. */
export const MAX_CARD_DEK_CHARS = 160;
/** Levels searched above a block for the list item of its card (headline and dek sit in a wrapper or two). */
const MAX_CARD_DEPTH = 4;

/** The nearest <li> of an unordered list around `el`, within MAX_CARD_DEPTH levels. An ordered
 * list's items are the article's own enumeration (article-lists.ts). */
function cardItem(el: Block['el']): Block['el'] | null {
  let p: Block['el'] | null = el;
  for (let n = 0; p && n <= MAX_CARD_DEPTH; p = p.parent as Block['el'] | null, n++) {
    if (p.type !== 'tag') return null;
    if (p.name === 'li') return (p.parent as Block['el'] | null)?.name === 'ol' ? null : p;
  }
  return null;
}

/** Whether the item shows a picture: story cards carry the story's thumbnail. */
function hasPicture(item: Block['el']): boolean {
  for (const el of elements(item)) if (el.name === 'img' || el.name === 'picture') return true;
  return false;
}

/**
 * Whether block `i`, right after a block dropped as a link, is the summary line of another story's
 * card ("<li><img><h3><a>Headline</a></h3><h4>One line about it</h4></li>"): a short line without
 * links that ends the unordered list's item holding the headline and a picture, the headline's
 * links staying on the site. An accordion's
 * answer (its question a "#" toggle) or a product box's next heading after a "Visit site" button
 * is not one.
 */
function isCardDek(inside: readonly Block[], i: number, pageUrl: string): boolean {
  const [headline, b, next] = [inside[i - 1], inside[i], inside[i + 1]];
  if (b.linkChars > 0 || b.text.length > MAX_CARD_DEK_CHARS) return false;
  const item = cardItem(b.el);
  if (item === null || item !== cardItem(headline.el)) return false;
  return (next === undefined || !isInside(next.el, item)) && linksStayOnSite(headline, pageUrl) && hasPicture(item);
}
