// Spans kept for overlap questions ("does this content overlap one already found?") in
// logarithmic time, so a document with thousands of attributions is not checked pair by pair.
import type { Span } from '../../../record/types.js';

/** Spans sorted by start, with the greatest end over every prefix. */
export class SpanIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly maxEnds: number[] = [];

  /** Adds a span; spans mostly arrive in text order, when this is an append. */
  add(span: Span): void {
    const i = countBelow(this.starts, span[0] + 1);
    this.starts.splice(i, 0, span[0]);
    this.ends.splice(i, 0, span[1]);
    this.maxEnds.splice(i, 0, 0);
    for (let k = i; k < this.ends.length; k++)
      this.maxEnds[k] = Math.max(k > 0 ? this.maxEnds[k - 1] : -Infinity, this.ends[k]);
  }

  /** Whether a span added so far shares a character with `span`. */
  overlaps(span: Span): boolean {
    const n = countBelow(this.starts, span[1]);
    return n > 0 && this.maxEnds[n - 1] > span[0];
  }
}

/** How many of the sorted values are below `x`. */
function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0,
    hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
