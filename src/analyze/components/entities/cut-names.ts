// "the [Hong Kong Stock] Exchange", "the [Dubai Air] Show": the tagger may stop inside a longer
// capitalised name that starts with a place, keeping the place and a word or two of what follows.
// Such a span is neither the place nor the name. The convention (issue 13, docs/audits rounds
// 10-11): an organisation's name is kept whole, and a place inside it is no place mention of its
// own; the place alone where the organisation should stand is a wrong span. So a span that already
// ends in an organisation's or facility's head after its place is kept whole ("[Indiana State
// Teachers Association] President Keith Gambill"). Where the rules cannot type the whole name (its
// last word heads none: "Exchange", "Show"), the place is kept alone, as the tagger keeps it when
// it stops right after the place ("[London] Metal Exchange"): a known gap the audits count wrong,
// kept because a name with no head may as well be an event or a title ("[New York State] Attorney
// General") as an organisation.
import type { Doc } from '../../doc.js';
import { knownPlaces, type Place } from '../../resources/gazetteer.js';
import { headType } from './classify.js';
import type { Run } from './runs.js';

/**
 * The place at the start of a span the tagger cut inside a capitalised run (the run goes on with a
 * capitalised word right after the span), when the span holds more than that place, is no place
 * itself ("Oklahoma City", not "Oklahoma") and the run's last word heads no name the rules type;
 * otherwise undefined. The place is the longest start of the span the gazetteer knows; in a span
 * the tagger read as an organisation, a country, a first-level region or a large town only
 * ("Morgan Stanley Capital" holds a hamlet's name).
 */
export function placeOfCutName(
  doc: Doc,
  [from, to]: [number, number],
  run: Run | undefined,
  organisation: boolean,
): [number, number] | undefined {
  const { tokens } = doc;
  if (!run || run.tok[0] > from || run.tok[1] <= to || to - from < 2) return undefined;
  const next = tokens[to];
  if (!/^\p{Lu}/u.test(next.text) || headType(next.lower) || headType(tokens[run.tok[1] - 1].lower)) return undefined;
  const textOf = (end: number) => doc.text.slice(tokens[from].span[0], tokens[end - 1].span[1]);
  if (knownPlaces(textOf(to)).length > 0) return undefined;
  for (let end = to - 1; end > from; end--) {
    const places = knownPlaces(textOf(end));
    if (!(organisation ? places.some(isLargePlace) : places.length > 0)) continue;
    // "[Indiana State Teachers Association] President Keith Gambill": a span whose place is followed
    // by two words or more ending in a name's head is the whole name (the run goes on with a title
    // and a person); not a place and a head alone ("[New York State] Attorney General").
    if (to - end >= 2 && headType(tokens[to - 1].lower)) return undefined;
    return [from, end];
  }
  return undefined;
}

/** A town this populous is a name's home more often than a namesake word ("LA", not "Morgan"). */
const MIN_HOME_POPULATION = 500_000;
const isLargePlace = (p: Place) => p.kind === 'country' || p.kind === 'admin1' || p.pop >= MIN_HOME_POPULATION;
