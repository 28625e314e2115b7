// Searches a store runs once, unseen, on each connection a server will search with, before the
// server takes requests: the SQLite store's search threads (./sqlite/search-worker.ts) and the
// PostgreSQL store's search connections (./postgres/index.ts). A fresh process's first searches
// cost two to three times a later one (V8 has not compiled the query building, ranking, facet and
// snippet code yet; the database has not read the index's top pages, a new PostgreSQL backend has
// not loaded the tables' catalog entries), and that cost fell on the first users. Nothing is kept:
// the answers are dropped, so a user's first request of a query is still answered from the database.
import type { SearchQuery } from './store.js';

/** Rounds of the warm-up searches: the second runs what the first compiled, so V8 optimises it. */
export const WARM_UP_ROUNDS = 2;

/** What the warm-up searches for: no text, then a word, a prefix and a phrase from the newest record's title, each path of the matcher with hits. */
export function warmUpQueries(newestTitle: string | null | undefined): SearchQuery[] {
  const [first, second] = (newestTitle ?? '').match(/\p{L}{4,}/gu) ?? [];
  const queries: SearchQuery[] = [{}];
  if (first) queries.push({ text: first }, { text: `${first.slice(0, 4)}*` });
  if (first && second) queries.push({ text: `"${first} ${second}"` });
  return queries;
}

/** Runs the warm-up searches through `search`; one that fails (a prefix too broad, an empty store) only leaves its path cold. */
export async function warmUpSearches(
  search: (q: SearchQuery) => Promise<unknown>,
  newestTitle: string | null | undefined,
): Promise<void> {
  const queries = warmUpQueries(newestTitle);
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const q of queries) await search(q).catch(() => undefined);
}
