// Whitespace collapsing without a replace over text that needs none. Most text nodes of a page
// are either only the whitespace between tags or already clean words; the metadata layers collapse
// every one they read, and `s.replace(/\s+/g, ' ').trim()` allocated a new string (and ran the
// regex) for each, some 20 MB per pass over the Zyte dev pages.

/** The characters of \s (and of String.prototype.trim): white space and line terminators. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const SPACE_RUN = /\s+/g;
/** White space that collapsing would change: any but ' ', or ' ' followed by more white space. A
 * regex rather than a charCodeAt loop: V8 runs it over the flat string in native code, where the
 * loop paid for reaching through each parser slice to its page at every character (collapseSpace
 * over the text nodes of 60 Zyte pages: 92-107 -> 51-63 ms). */
const UNCLEAN_SPACE = /[^\S ]| \s/;

/** `s.replace(/\s+/g, ' ').trim()`: `s` itself when nothing changes, '' for white space, a slice of
 * `s` when only its ends change. */
export function collapseSpace(s: string): string {
  const n = s.length;
  let start = 0;
  while (start < n && isSpace(s.charCodeAt(start))) start++;
  if (start === n) return '';
  let end = n;
  while (isSpace(s.charCodeAt(end - 1))) end--;
  const inner = start === 0 && end === n ? s : s.slice(start, end);
  return UNCLEAN_SPACE.test(inner) ? inner.replace(SPACE_RUN, ' ') : inner;
}

/** `s.replace(/\s+/g, ' ')`, returning `s` itself when nothing changes. */
export function collapseRuns(s: string): string {
  return UNCLEAN_SPACE.test(s) ? s.replace(SPACE_RUN, ' ') : s;
}
