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

/**
 * What the warm-up searches are made from, all read from the newest record (any may be missing):
 * its title's words, its date, its address, its first event's type and modality, its first
 * entity's key. Values of the store itself, so each search finds something to rank and count.
 */
export interface WarmUpHints {
  title?: string | null;
  published?: string | null;
  uri?: string | null;
  eventType?: string | null;
  modality?: string | null;
  entityKey?: string | null;
}

/** The host of an address, or null when it has none. */
function hostOf(uri: string | null | undefined): string | null {
  try {
    return uri ? new URL(uri).hostname || null : null;
  } catch {
    return null;
  }
}

/**
 * What the warm-up searches for: no text, then a word, a prefix and a phrase from the newest
 * record's title, each path of the matcher with hits; with hints beyond the title, each filter's
 * path too (a year with and without words, an event type, a modality, a source, an entity). A
 * search with a filter builds other statements and runs other code than one without (on SQLite at
 * 100,000 records, the first search of each such path cost 1.5-3 times its later ones).
 */
export function warmUpQueries(hints: WarmUpHints | null | undefined): SearchQuery[] {
  const [first, second] = (hints?.title ?? '').match(/\p{L}{4,}/gu) ?? [];
  const queries: SearchQuery[] = [{}];
  if (first) queries.push({ text: first }, { text: `${first.slice(0, 4)}*` });
  if (first && second) queries.push({ text: `"${first} ${second}"` });
  const year = /^\d{4}/.exec(hints?.published ?? '')?.[0];
  if (year) {
    queries.push({ since: `${year}-01-01` });
    if (first) queries.push({ text: first, since: `${year}-01-01`, until: `${year}-12-31` });
  }
  if (hints?.eventType) queries.push({ eventType: hints.eventType });
  if (hints?.modality && first) queries.push({ text: first, modality: hints.modality });
  const host = hostOf(hints?.uri);
  if (host) queries.push({ source: host });
  if (hints?.entityKey && first) queries.push({ text: first, entity: hints.entityKey });
  return queries;
}

/** Runs the warm-up searches through `search`; one that fails (a prefix too broad, an empty store) only leaves its path cold. */
export async function warmUpSearches(
  search: (q: SearchQuery) => Promise<unknown>,
  hints: WarmUpHints | null | undefined,
): Promise<void> {
  const queries = warmUpQueries(hints);
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const q of queries) await search(q).catch(() => undefined);
}
