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
      memo.set(key, value);
    }
    return value;
  };
}
