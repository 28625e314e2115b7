// The convention for a name shared by a first-level region and a city of it, read both by the
// ranker (resolve.ts) and by the list rule, which asks what kind a neighbouring name has on its
// own (context.ts).
import type { Place } from '../../resources/gazetteer.js';

/**
 * A city holding this share of the population of a same-named region is what the name means
 * ("New York", "São Paulo", "Moscow"); the region needs its generic word ("New York State").
 */
const CITY_SHARE_OF_NAMESAKE_REGION = 0.2;

/**
 * Drops a first-level region when a namesake city inside it dominates it. Only inside: Wyoming,
 * Michigan is a sizeable town but says nothing about what "Wyoming" means. Also when the
 * namesake is the country's capital ("Washington"): news names a national capital far more
 * often than a same-named region of it, which needs its generic word ("Washington state").
 */
export function preferNamesakeCity(cands: readonly Place[]): Place[] {
  const regions = cands.filter((p) => p.kind === 'admin1');
  if (regions.length === 0) return [...cands];
  return cands.filter(
    (r) =>
      r.kind !== 'admin1' ||
      !cands.some(
        (c) =>
          c.kind === 'city' &&
          c.cc === r.cc &&
          ((c.admin === r.admin && c.pop >= CITY_SHARE_OF_NAMESAKE_REGION * r.pop) || c.fc === 'PPLC'),
      ),
  );
}
