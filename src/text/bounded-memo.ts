// A function of one string remembered for up to `limit` keys. When full the memo starts over, so
// a long-running process (a server, a worker) keeps flat memory however many names it meets.

/** `compute` remembered by its argument; `compute` must never return undefined. */
export function boundedMemo<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      value = compute(key);
      memo.set(detached(key), value);
    }
    return value;
  };
}

/**
 * The same text in a string of its own, for keeping beyond the page or document it was cut from.
 * V8 makes a slice of 13 or more characters (an attribute value, a token) a view of the whole
 * string it came from, so a memo holding one class value of each page held every page's source
 * alive: 58 MB after one pass over the Zyte pages. Joining it to a space flattens into a new
 * string, of which the slice is then a view. Worth it only where a key is stored, not looked up.
 */
export function detached(s: string): string {
  return ` ${s}`.slice(1);
}
