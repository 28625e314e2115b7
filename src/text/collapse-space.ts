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

/** Index of the first white space of `s` in [from, to) that collapsing would change (any but a single
 * ' ' followed by no other space), or -1 when there is none. */
function firstUnclean(s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c) && (c !== 32 || isSpace(s.charCodeAt(i + 1)))) return i;
  }
  return -1;
}

/** `s.replace(/\s+/g, ' ').trim()`: `s` itself when nothing changes, '' for white space, a slice of
 * `s` when only its ends change. */
export function collapseSpace(s: string): string {
  const n = s.length;
  let start = 0;
  while (start < n && isSpace(s.charCodeAt(start))) start++;
  if (start === n) return '';
  let end = n;
  while (isSpace(s.charCodeAt(end - 1))) end--;
  if (firstUnclean(s, start, end) >= 0) return s.replace(SPACE_RUN, ' ').trim();
  return start === 0 && end === n ? s : s.slice(start, end);
}

/** `s.replace(/\s+/g, ' ')`, returning `s` itself when nothing changes. */
export function collapseRuns(s: string): string {
  return firstUnclean(s) < 0 ? s : s.replace(SPACE_RUN, ' ');
}
