// Guards the parser against absurd nesting. htmlparser2 keeps its open-element stack with
// Array.unshift, so each open tag costs time proportional to the depth, and 100,000 nested divs
// take tens of seconds. Before parsing, a linear scan estimates the nesting depth from the tags;
// when it passes MAX_SOURCE_NESTING, the tags opened beyond that depth (and their end tags) are
// removed from the source, keeping their text.

/**
 * Nesting depth kept in the source: far above real pages (a few dozen levels), far below the
 * parser's slow zone, and shallow enough for recursive library code (css-select) to walk the DOM.
 */
export const MAX_SOURCE_NESTING = 500;

/** Start and end tags through their end, for the rewrite; comments, doctypes and text are skipped. */
const WHOLE_TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*>/g;
const SLASH = 47;

function isSelfClosing(tag: string): boolean {
  return tag.charCodeAt(tag.length - 2) === SLASH;
}

/** Elements that never nest (void) or that the parser closes implicitly when the next one opens. */
const NOT_NESTING: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'td',
  'th',
  'tr',
  'option',
  'param',
]);

const A_LOWER = 97;
const Z_LOWER = 122;
const A_UPPER = 65;
const Z_UPPER = 90;

function isAsciiLetter(c: number): boolean {
  return (c >= A_LOWER && c <= Z_LOWER) || (c >= A_UPPER && c <= Z_UPPER);
}

/** Whether `c` continues a tag name (letters, digits, ':', '-', '_'), as the TAG pattern reads it. */
function isNameChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 58) || c === 45 || c === 95;
}

/** Letters per tag name that nameCode packs: as many as the longest NOT_NESTING name has. */
const CODE_LETTERS = 6;

/**
 * The tag name html[start, end) as a number, letters case-folded, five bits each; -1 when it is
 * longer than CODE_LETTERS or holds a non-letter, as no NOT_NESTING name does. The scan compares
 * these instead of slicing a string per tag.
 */
function nameCode(html: string, start: number, end: number): number {
  if (end - start > CODE_LETTERS) return -1;
  let code = 0;
  for (let i = start; i < end; i++) {
    const c = html.charCodeAt(i) | 0x20; // ASCII lower case
    if (c < A_LOWER || c > Z_LOWER) return -1;
    code = code * 32 + (c - A_LOWER + 1);
  }
  return code;
}

const NOT_NESTING_CODES: ReadonlySet<number> = new Set([...NOT_NESTING].map((n) => nameCode(n, 0, n.length)));

/**
 * The deepest nesting the tags of `html` reach, read as TAG would but with a character loop: this
 * scan runs over every page, and a regex match per tag costs more than the parse of small pages.
 */
function estimateDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    let j = i + 1;
    const close = html.charCodeAt(j) === SLASH;
    if (close) j++;
    if (!isAsciiLetter(html.charCodeAt(j))) continue;
    let end = j + 1;
    while (end < html.length && isNameChar(html.charCodeAt(end))) end++;
    if (NOT_NESTING_CODES.has(nameCode(html, j, end))) continue;
    depth = close ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/** The source with tags beyond MAX_SOURCE_NESTING removed, and whether anything was removed. */
export function limitSourceNesting(html: string): { html: string; limited: boolean } {
  // Self-closing syntax is not checked by the estimate (it needs the whole tag): it may run high
  // on XHTML-style pages, and the rewrite below does check it.
  const deepest = estimateDepth(html);
  if (deepest <= MAX_SOURCE_NESTING) return { html, limited: false };
  let depth = 0;
  const out = html.replace(WHOLE_TAG, (tag: string, close: string, name: string) => {
    if (isSelfClosing(tag) || NOT_NESTING.has(name.toLowerCase())) return tag;
    if (close) {
      depth = Math.max(0, depth - 1);
      return depth >= MAX_SOURCE_NESTING ? '' : tag;
    }
    depth++;
    return depth > MAX_SOURCE_NESTING ? '' : tag;
  });
  return { html: out, limited: true };
}
