// How much of a large result set a search looks at, the same in every store. An exact total, or
// facets and ranking over every match, cost time in proportion to the matches: a common word is
// in most of a million records, and counting them alone took seconds. So, as Elasticsearch's
// track_total_hits does, a search counts matches exactly up to a cap and past it reports a lower
// bound (totalRelation "gte"); it ranks and counts facets over the newest matches only ("newest"
// is the order records were stored in, which both stores' indexes keep).
import type { SearchPage } from './store.js';

export interface SearchBounds {
  /** Matches counted exactly; past this many the total is reported as "at least totalCap". */
  totalCap: number;
  /** A text query is ranked among its newest rankWindow matches: for news the newest are the ones wanted. */
  rankWindow: number;
  /** Facets are counted over at most this many matches (the newest); exact below it. */
  facetSample: number;
}

/** The bounds every store uses unless opened with others (tests use small ones to reach them). */
export const SEARCH_BOUNDS: SearchBounds = { totalCap: 1_000, rankWindow: 1_000, facetSample: 500 };

/** The total and its relation from the newest matches found, up to totalCap + 1 of them. */
export function cappedTotal(found: number, bounds: SearchBounds): Pick<SearchPage, 'total' | 'totalRelation'> {
  return found > bounds.totalCap
    ? { total: bounds.totalCap, totalRelation: 'gte' }
    : { total: found, totalRelation: 'eq' };
}
