// One walk over the parsed page that collects everything the metadata layers read, so no layer
// walks the tree again: <meta> pairs, JSON-LD scripts (and meta tags carrying one), canonical
// links, <title>, headings, <time> elements, microdata properties and elements whose class or id
// names a metadata role.
// Each collected element remembers whether it sits in a comment section or in page chrome
// (footer, nav, aside), because authors and dates found there belong to someone else.
import type { AnyNode, Document, Element, Text } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { boundedMemo, detached } from '../../../text/bounded-memo.js';

export interface ScannedElement {
  readonly el: Element;
  /** Lower-cased class and id tokens of the element. */
  readonly tokens: readonly string[];
  /** Inside a comment section (user comments, replies, the reply form). */
  readonly inComments: boolean;
  /** Inside footer, nav or aside: site chrome, related-article lists, widgets. */
  readonly inChrome: boolean;
  /** Inside an element with itemscope, whose itemtype (lower-cased) is given, nearest first. */
  readonly itemTypes: readonly string[];
  /** Position of the element in document order among all elements walked. */
  readonly order: number;
}

export interface PageScan {
  /** The parsed page itself, for the rare reader that must look beyond what the walk collects. */
  readonly root: Document;
  /** `<meta>` pairs keyed by lower-cased name / property / itemprop, in document order. */
  readonly metas: ReadonlyMap<string, readonly string[]>;
  readonly jsonLd: readonly string[];
  readonly canonicalHref: string | null;
  /** Titles of the feeds the page links to outside its body (<link rel=alternate
   * type=application/rss+xml title="Jane Doe » Feed">), as written. */
  readonly feedTitles: readonly string[];
  readonly titleText: string | null;
  readonly htmlLang: string | null;
  readonly h1s: readonly ScannedElement[];
  /** h2 elements: where a page without an h1 may print its headline. */
  readonly h2s: readonly ScannedElement[];
  readonly times: readonly ScannedElement[];
  readonly itemprops: readonly ScannedElement[];
  /** Elements with a class/id token that names a metadata role (see ROLE_TOKEN). */
  readonly roles: readonly ScannedElement[];
  /** Elements whose class/id says "article body/content": where the headline h1 is expected. */
  readonly contentRoots: readonly ScannedElement[];
  /** Text nodes (outside comments and chrome) that start like a byline ("By ...", "by: ..."). */
  readonly bylineTexts: readonly Text[];
}

/**
 * Whole class/id tokens that open a comment section: WordPress `comments`/`comment-list`/`respond`,
 * Blogger `comments`/`comment-holder`, Disqus `disqus_thread`, generic `discussion`. Whole tokens,
 * not the body pruner's COMMENT_SECTION: everything under a match is skipped here, and themes put
 * "no-comments" or "blogitem-comments" on the article's own wrapper (WCXB-dev title 0.880 -> 0.878
 * and author 0.838 -> 0.837 when this scan used the looser pattern).
 */
const COMMENT_SECTION_TOKEN =
  /^(comments?|comment[-_](list|area|section|holder|thread|s-area|wrapper|container|block)|commentlist|respond|disqus_thread|discussion|replies)$/;

/** Start of a text node that may open a visible byline ("By ", "Von ", "Par ", "Por "...); the
 * name may follow in a child link, so only the word is required here. An author box's "View all
 * posts by Jane Doe" link names the writer too. */
const BYLINE_START =
  /^\s*(by|(?:written|posted|article|story|words) by|(?:view\s+)?(?:all|more)\s+(?:posts|articles|stories)\s+by|author(?:s|\(s\))?|contributors?|von|par|por|di|door|av|af)(\s|:|$)/i;

/** First letters of BYLINE_START's words, as bits a = 0 ... z = 25: b(y), w(ritten, words),
 * p(osted, par, por), a(rticle, all, author, av, af), s(tory), v(iew, von), m(ore), c(ontributor),
 * d(i, door). */
const BYLINE_FIRST_LETTERS = [...'abcdmpsvw'].reduce((bits, ch) => bits | (1 << (ch.charCodeAt(0) - 97)), 0);

/**
 * Whether BYLINE_START may match `text`: false only when it certainly cannot, read from the first
 * character after the leading ASCII white space. The scan asks it of every text node of the page,
 * most of them the white space between tags or words no byline opens with, and the pattern costs
 * more than this. A non-ASCII first character (perhaps other white space, which \s takes) goes on
 * to the pattern.
 */
export function mayOpenByline(text: string): boolean {
  let i = 0;
  let c = text.charCodeAt(0);
  while (c === 32 || (c >= 9 && c <= 13)) c = text.charCodeAt(++i);
  if (i >= text.length) return false;
  if (c >= 128) return true;
  const letter = (c | 0x20) - 97; // ASCII letters of either case to 0-25, anything else outside
  return letter >= 0 && letter < 26 && ((BYLINE_FIRST_LETTERS >> letter) & 1) === 1;
}

/** @internal The pattern and its precondition, for the test that checks one implies the other. */
export const BYLINE_START_PATTERN = BYLINE_START;

/** Tags whose content is page chrome rather than the article. A <footer> or <aside> inside an
 * <article> is the article's own (author, date, tags), so they are chrome only outside one; so is an
 * <aside> just after the headline (see META_COLUMN_AFTER_HEADLINE). */
const CHROME_TAGS = new Set(['footer', 'nav', 'aside']);

/** Class/id tokens naming page chrome: site footers, sidebars, related-article widgets. */
const CHROME_TOKEN =
  /^(site-?footer|footer|sidebar|widget-area|related(-posts|-articles|-stories)?|recommended|more-stories)$/;

/** Class/id fragments that name metadata roles in hAtom, Blogger, WordPress and news templates. */
const ROLE_TOKEN =
  /(byline|by-line|author|writer|contributor|entry-title|post-title|article-title|headline|date|publish|posted|time|updated|modified|vcard|^fn$|^name$|meta)/;

/** Class/id fragments that mark the article body (where the article's own h1 usually is). */
const CONTENT_TOKEN =
  /^(article|post|entry|hentry|story|main|content|post-body|entry-content|article-body|story-body)$/;

interface Flags {
  inArticle: boolean;
  inComments: boolean;
  inChrome: boolean;
  itemTypes: readonly string[];
}

export function scanPage(dom: Document): PageScan {
  const heads: Element[] = [];
  const h1s: ScannedElement[] = [];
  const h2s: ScannedElement[] = [];
  const times: ScannedElement[] = [];
  const itemprops: ScannedElement[] = [];
  const roles: ScannedElement[] = [];
  const contentRoots: ScannedElement[] = [];
  const bylineTexts: Text[] = [];

  // Iterative walk: pages with 100,000 nested elements must not overflow the stack. Nodes and their
  // flags on two parallel stacks, so the walk allocates no pair per node.
  const stack: AnyNode[] = [];
  const flagStack: Flags[] = [];
  const rootFlags: Flags = { inArticle: false, inComments: false, inChrome: false, itemTypes: [] };
  for (let i = dom.children.length - 1; i >= 0; i--) {
    stack.push(dom.children[i]);
    flagStack.push(rootFlags);
  }
  let order = 0;
  /** Order of the last headline (h1) seen outside chrome and comments; -1 before one. */
  let headlineAt = -1;
  while (stack.length > 0) {
    const node = stack.pop()!;
    const flags = flagStack.pop()!;
    if (isText(node)) {
      const parent = node.parent;
      if (
        !flags.inComments &&
        !flags.inChrome &&
        parent &&
        isTag(parent) &&
        mayOpenByline(node.data) &&
        BYLINE_START.test(node.data)
      )
        bylineTexts.push(node);
      continue;
    }
    if (!isTag(node)) continue;
    const el = node;
    const at = order++;
    const name = el.name;
    const a = el.attribs;
    const kinds = kindsOf(a);
    let next = flags;
    const comments = !flags.inComments && (kinds & COMMENTS) !== 0;
    // Worked out for every element, not only for the rare <aside> that needs it: a comparison first
    // met on a late page made V8 discard the walk's optimised code.
    const nearHeadline = headlineAt >= 0 && at - headlineAt <= META_COLUMN_AFTER_HEADLINE;
    const chrome =
      !flags.inChrome &&
      ((CHROME_TAGS.has(name) && !(name !== 'nav' && flags.inArticle) && !metaColumn(name, nearHeadline)) ||
        (kinds & CHROME) !== 0);
    // The page's main region is never chrome: an <aside> banner left unclosed above it would
    // otherwise swallow the whole article, byline and date included.
    const main = flags.inChrome && isMainRegion(el);
    const scope = a.itemscope !== undefined;
    const article = !flags.inArticle && name === 'article';
    if (comments || chrome || main || scope || article) {
      next = {
        inArticle: flags.inArticle || article,
        inComments: flags.inComments || comments,
        inChrome: (flags.inChrome || chrome) && !main,
        itemTypes: scope ? [(a.itemtype ?? '').toLowerCase(), ...flags.itemTypes] : flags.itemTypes,
      };
    }
    // Read after the walk (readHeadElements): see there.
    if (name === 'meta' || name === 'link' || name === 'html') heads.push(el);
    else if (name === 'script' || name === 'title') {
      heads.push(el);
      continue;
    } else if (name === 'style' || name === 'noscript' || name === 'template' || name === 'svg') continue;
    const heading = name === 'h1' || name === 'h2';
    const time = name === 'time';
    const itemprop = a.itemprop !== undefined && name !== 'meta';
    const role = (kinds & ROLE) !== 0 || a.rel === 'author';
    const content = (kinds & CONTENT) !== 0 || name === 'article' || name === 'main';
    // Tokens only for the few elements some list takes.
    if (heading || time || itemprop || role || content) {
      const tokens = tokensOf(a);
      if (name === 'h1') {
        h1s.push(entry(el, tokens, next, at));
        if (!next.inChrome && !next.inComments) headlineAt = at;
      } else if (name === 'h2') h2s.push(entry(el, tokens, next, at));
      if (time) times.push(entry(el, tokens, next, at));
      if (itemprop) itemprops.push(entry(el, tokens, next, at));
      if (role) roles.push(entry(el, tokens, next, at));
      if (content) contentRoots.push(entry(el, tokens, next, at));
    }

    for (let i = el.children.length - 1; i >= 0; i--) {
      stack.push(el.children[i]);
      flagStack.push(next);
    }
  }
  return {
    root: dom,
    ...readHeadElements(heads),
    h1s,
    h2s,
    times,
    itemprops,
    roles,
    contentRoots,
    bylineTexts,
  };
}

type HeadFields = Pick<PageScan, 'metas' | 'jsonLd' | 'canonicalHref' | 'feedTitles' | 'titleText' | 'htmlLang'>;

/** The page-level fields of the meta, script, link, title and html elements, in document order.
 * Read apart from the walk over every element: each kind has its own few attribute layouts, and
 * reading them inside the walk made V8 discard and recompile the walk's optimised code (scanPage
 * was compiled five times over the Zyte pages) whenever a page brought a layout not seen before. */
function readHeadElements(heads: readonly Element[]): HeadFields {
  const metas = new Map<string, string[]>();
  const jsonLd: string[] = [];
  let canonicalHref: string | null = null;
  const feedTitles: string[] = [];
  let titleText: string | null = null;
  let htmlLang: string | null = null;
  for (const el of heads) {
    const a = el.attribs;
    if (el.name === 'meta') {
      const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').trim().toLowerCase();
      if (key && a.content !== undefined) {
        const list = metas.get(key);
        if (list) list.push(a.content);
        else metas.set(key, [a.content]);
      }
      // Some head managers write the JSON-LD document into a meta tag (name="script:ld+json").
      if (key.endsWith('ld+json') && a.content) jsonLd.push(a.content);
    } else if (el.name === 'script') {
      if ((a.type ?? '').toLowerCase().includes('ld+json')) jsonLd.push(innerText(el));
    } else if (el.name === 'link') {
      if (canonicalHref === null && (a.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && a.href)
        canonicalHref = a.href;
      else if (a.title && /\balternate\b/i.test(a.rel ?? '') && FEED_TYPE.test(a.type ?? '') && !inBody(el))
        feedTitles.push(a.title);
    } else if (el.name === 'title') {
      if (titleText === null) titleText = innerText(el);
    } else if (a.lang) htmlLang = a.lang;
  }
  return { metas, jsonLd, canonicalHref, feedTitles, titleText, htmlLang };
}

/** A feed's MIME type. */
const FEED_TYPE = /^application\/(?:rss|atom)\+xml$/i;

/** Whether an element lies inside the page's <body>. */
function inBody(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.type === 'tag' && (p as Element).name === 'body') return true;
  return false;
}

/** Whether an element opens a comment section or page chrome (for walks outside the scan). */
export function opensChromeOrComments(el: Element): boolean {
  const { class: cls, id } = el.attribs;
  return (
    el.name === 'nav' ||
    (CHROME_TAGS.has(el.name) && !insideArticle(el)) ||
    (cls !== undefined && (classNames(cls).kinds & (COMMENTS | CHROME)) !== 0) ||
    (id !== undefined && idNamesChromeOrComments(id))
  );
}

/** Whether a class/id token opens a comment section or page chrome. */
function opensSection(token: string): boolean {
  return COMMENT_SECTION_TOKEN.test(token) || CHROME_TOKEN.test(token);
}

// A class value opens a comment section or page chrome when one of its tokens matches
// COMMENT_SECTION_TOKEN or CHROME_TOKEN: the COMMENTS and CHROME bits of its `classNames` kinds,
// which the page scan has already worked out for every element's value. (A memo of its own, keyed
// by the same values, split and tested them a second time: 7,700 values a pass over the Zyte pages,
// and as many more entries in a second map.)

/** Whether an id opens a comment section or page chrome: not remembered (an id names one element,
 * so a memo was never hit, only filled), and the usual id of one word not split. */
function idNamesChromeOrComments(id: string): boolean {
  const lower = id.toLowerCase();
  return WHITE_SPACE.test(lower) ? splitTokens(lower).some(opensSection) : opensSection(lower);
}

/** An <aside> this many elements or fewer after the headline is the article's meta column (the
 * date and author beside the opening paragraphs), not a sidebar of other content. */
const META_COLUMN_AFTER_HEADLINE = 4;

function metaColumn(name: string, nearHeadline: boolean): boolean {
  return name === 'aside' && nearHeadline;
}

function isMainRegion(el: Element): boolean {
  return el.name === 'main' || el.attribs.role === 'main';
}

function insideArticle(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (isTag(p) && p.name === 'article') return true;
  return false;
}

// Plain functions rather than closures made per element: the walk visits every element of the
// page, and the allocations showed in profiles.
function entry(el: Element, tokens: readonly string[], flags: Flags, order: number): ScannedElement {
  return { el, tokens, inComments: flags.inComments, inChrome: flags.inChrome, itemTypes: flags.itemTypes, order };
}

/** Bits of `ClassNames.kinds`: which of the patterns above some class/id token matches. */
const COMMENTS = 1;
const CHROME = 2;
const ROLE = 4;
const CONTENT = 8;

interface ClassNames {
  readonly tokens: readonly string[];
  readonly kinds: number;
}

/** Shared by the elements with neither class nor id (most of a page): nothing is added to it. */
const NO_TOKENS: readonly string[] = Object.freeze([]);

/** Most class values remembered by `classNames`: the Zyte pages hold some 16,500 distinct ones. */
const CLASS_NAMES_LIMIT = 20000;

/**
 * The tokens of a class value and which patterns they match, worked out once per distinct value:
 * pages repeat the same few hundred class values over thousands of elements, and splitting them
 * and testing each token against four patterns showed in profiles. Remembered across pages, as the
 * body pruner's class memo is: pages of one site share their templates' values, and pages of
 * different sites share the common ones ("container", "row"), so over the Zyte pages 16,500 values
 * are worked out where a memo per page worked out 28,200. The tokens are cut from a copy of the
 * value (`detached`), so that what is remembered holds no page's source alive.
 */
const classNames = boundedMemo((cls: string): ClassNames => {
  const tokens = splitTokens(detached(cls));
  return { tokens, kinds: tokenKinds(tokens) };
}, CLASS_NAMES_LIMIT);

/** Which patterns the element's class and id tokens match. The walk asks every element for its
 * kinds, and only the few it collects for their tokens. */
function kindsOf(a: Record<string, string>): number {
  const kinds = a.class === undefined ? 0 : classNames(a.class).kinds;
  // An id names one element, so a memo keyed by it would never be hit.
  return a.id === undefined ? kinds : kinds | idKinds(a.id);
}

/** The class's tokens followed by the id's (as splitting "<class> <id>" whole would give them). */
function tokensOf(a: Record<string, string>): readonly string[] {
  const classTokens = a.class === undefined ? NO_TOKENS : classNames(a.class).tokens;
  if (a.id === undefined) return classTokens;
  const idTokens = splitTokens(a.id);
  return idTokens.length === 0 ? classTokens : [...classTokens, ...idTokens];
}

const WHITE_SPACE = /\s/;

/** tokenKinds(splitTokens(id)), without splitting the usual id of one word: ids are not
 * remembered, and splitting each one was a tenth of what the walk allocated. */
function idKinds(id: string): number {
  const lower = id.toLowerCase();
  if (WHITE_SPACE.test(lower)) return tokenKinds(splitTokens(lower));
  return lower === '' ? 0 : tokenKind(lower);
}

/** Lower-cased tokens of a class or id attribute. */
function splitTokens(value: string): readonly string[] {
  const raw = value.toLowerCase().trim();
  return raw ? raw.split(/\s+/) : NO_TOKENS;
}

function tokenKinds(tokens: readonly string[]): number {
  let kinds = 0;
  for (const t of tokens) kinds |= tokenKind(t);
  return kinds;
}

function tokenKind(t: string): number {
  return (
    (COMMENT_SECTION_TOKEN.test(t) ? COMMENTS : 0) |
    (CHROME_TOKEN.test(t) ? CHROME : 0) |
    (ROLE_TOKEN.test(t) ? ROLE : 0) |
    (CONTENT_TOKEN.test(t) ? CONTENT : 0)
  );
}

/** Text of an element's descendants (iterative; skips scripts and styles). With `gap`, element
 * boundaries become spaces, so "<span>Dec 17, 2025</span><span>Jane Doe</span>" stays two items. */
export function innerText(root: Element, gap = false): string {
  let out = '';
  const stack: Array<AnyNode | null> = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) out += ' ';
    else if (isText(node)) out += node.data;
    else if (isTag(node)) {
      if (node.name === 'script' || node.name === 'style') continue;
      if (node.name === 'br') out += ' ';
      if (gap) stack.push(null);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return out;
}
