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

/** Start and end tags (name only); comments, doctypes and text are skipped by the pattern. */
const TAG = /<(\/?)([a-zA-Z][\w:-]*)/g;
/** The same, through the end of the tag, for the rewrite. */
const WHOLE_TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*>/g;
const SLASH = 47;

function isSelfClosing(tag: string): boolean {
  return tag.charCodeAt(tag.length - 2) === SLASH;
}

/** Elements that never nest (void) or that the parser closes implicitly when the next one opens. */
const NOT_NESTING: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'option', 'param',
]);

/** The source with tags beyond MAX_SOURCE_NESTING removed, and whether anything was removed. */
export function limitSourceNesting(html: string): { html: string; limited: boolean } {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    // Self-closing syntax is not checked here (it needs the whole tag): the estimate may run
    // high on XHTML-style pages, and the rewrite below does check it.
    if (NOT_NESTING.has(m[2]) || NOT_NESTING.has(m[2].toLowerCase())) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  if (deepest <= MAX_SOURCE_NESTING) return { html, limited: false };
  depth = 0;
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
