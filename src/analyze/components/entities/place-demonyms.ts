// "South Dakotans", "Delhiites", "New Yorkers": the people of a place, named by the place's name and
// a demonym ending. The gazetteer's demonyms are those of countries, so the tagger's reading of
// such a plural stood: "South Dakotans will see the campaign" came out ORG, "all Delhiites"
// PERSON. A plural that is a well-known place's name plus "-ns", "-ites", "-ers" or "-ans" is that
// place's people (NORP). Well-known: a country, a first-level region or a city of 100,000 people
// or more; smaller places and counties share their names with teams' plurals ("Marin" of
// "Mariners").
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { demonymCountry, knownPlaces, type Place } from '../../resources/gazetteer.js';

/** The demonym endings added to a place's name as written ("Chicago-ans" is "Chicago" + "ns"). */
const DEMONYM_ENDINGS = ['ns', 'ites', 'ers', 'ans'] as const;
/** The smallest city whose people are named after it here. */
const MIN_CITY_POP = 100_000;

const wellKnown = (p: Place) =>
  p.kind === 'country' || p.kind === 'admin1' || (p.kind === 'city' && p.pop >= MIN_CITY_POP);

/**
 * Whether a capitalised plural names a well-known place's people. A country's people the
 * gazetteer's demonyms know ("Indians") are left to them.
 */
export function namesPlacesPeople(name: string): boolean {
  if (demonymCountry(name) !== undefined) return false;
  for (const ending of DEMONYM_ENDINGS) {
    if (!name.endsWith(ending)) continue;
    const stem = name.slice(0, -ending.length);
    if (!/\p{Ll}$/u.test(stem)) continue;
    if (knownPlaces(stem).some(wellKnown)) return true;
  }
  return false;
}

/** Retypes as peoples (NORP) the plurals that name a place's people. */
export function placeDemonymsAsNorp(_doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.type === 'NORP' || m.type === null || m.title) return m;
    // No country code: the grouping joins a country's peoples into one entity ("Indians" and "Delhiites").
    return namesPlacesPeople(m.text) ? { ...m, type: 'NORP', cc: undefined, places: undefined, guessed: false } : m;
  });
}
