// Links written into running text: a scheme, or a domain name and a path.

/** A link: a scheme, or a domain name and a path ("pic.twitter.com/MYwRz9euaq", "https://t.co/x"). */
export const LINK_RE = /^(?:https?:\/\/\S+|www\.\S+|(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/\S*)$/u;

/** How far a word is read either side of a span for `insideLink`; longer runs are not taken for words. */
const LINK_REACH = 300;

/**
 * Whether the span lies inside a link: the run of non-space characters holding it, closing
 * brackets and marks after it left out, is one ("…/uploads/sites/3/2017/03/photo.jpg").
 */
export function insideLink(text: string, [from, to]: readonly [number, number]): boolean {
  let start = from;
  while (start > 0 && from - start < LINK_REACH && !/\s/.test(text[start - 1])) start--;
  let end = to;
  while (end < text.length && end - to < LINK_REACH && !/\s/.test(text[end])) end++;
  if (start === from && end === to) return false;
  return LINK_RE.test(text.slice(start, end).replace(/[)\]"”’.,;:]+$/u, ''));
}
