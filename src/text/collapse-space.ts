// Whitespace collapsing without a regex pass over text that needs none. Most text nodes of a page
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

/** Index of the first white space of `s` that collapsing would change (any but a single ' ' followed by
 * no other space), or -1 when there is none. */
function firstUnclean(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c) && (c !== 32 || isSpace(s.charCodeAt(i + 1)))) return i;
  }
  return -1;
}

/** `s.replace(/\s+/g, ' ').trim()`, returning `s` itself when nothing changes and '' for white space. */
export function collapseSpace(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  if (!isSpace(s.charCodeAt(0)) && !isSpace(s.charCodeAt(n - 1)) && firstUnclean(s) < 0) return s;
  for (let i = 0; i < n; i++) if (!isSpace(s.charCodeAt(i))) return s.replace(SPACE_RUN, ' ').trim();
  return '';
}

/** `s.replace(/\s+/g, ' ')`, returning `s` itself when nothing changes. */
export function collapseRuns(s: string): string {
  return firstUnclean(s) < 0 ? s : s.replace(SPACE_RUN, ' ');
}
