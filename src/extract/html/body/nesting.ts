// Guards the parser against absurd nesting. htmlparser2 keeps its open-element stack with
// Array.unshift, so each open tag costs time proportional to the depth, and 100,000 nested divs
// take tens of seconds. The parse stops as soon as an element opens deeper than MAX_SOURCE_NESTING
// (parse.ts, TooDeep); then the tags opened beyond that depth (and their end tags) are removed from
// the source, keeping their text, and the page is parsed again. (Until h286 a scan of the whole
// source estimated the depth before every parse; it counted tags inside scripts and comments too.)

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

/** The source with tags beyond MAX_SOURCE_NESTING removed (counted as the tags read, not as the
 * parser nests them), and whether anything was removed. Run only on pages the parse found too deep. */
export function limitSourceNesting(html: string): { html: string; limited: boolean } {
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
  return { html: out, limited: out !== html };
}
