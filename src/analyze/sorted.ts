// Binary search over a list sorted by a number: tokens by offset, mentions and times by start.

/** How many items of a list sorted by `key` have a key below `x`. */
export function countBelow<T>(sorted: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
