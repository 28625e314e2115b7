// A lone word the tagger reads as a place but the gazetteer does not know. The gazetteer holds
// every country, first-level region, county and town of 1,000 people or more (GeoNames), so such a
// word is seldom a place: on news pages it is mostly a company or a brand the tagger had no cue
// for ("investigating WeWork", "an analyst at Stratfor", "acquisitions including Lucasfilm").
// It stays a place where the sentence locates it: after "in" or "near" ("protests in Senkata"),
// before the region it lies in ("Holmdel, NJ", "Xilingol in Inner Mongolia") or a place's kind
// ("the Cacuaco district"), after one ("the resort of Acapulco"), or listed with a well-known
// place ("Oslo, Hedmark, Oppland"); "the West" is
// a location without a point; anything else is taken for an organisation.
import type { Doc } from '../../doc.js';
import type { EntityType } from '../../../record/types.js';
import { knownPlaces, usStateByPostalCode, type Place } from '../../resources/gazetteer.js';
import { isCapitalised } from '../../../text/letters.js';
import { LOC_CUES } from './lexicon.js';

/**
 * Prepositions that locate what follows: "in", "near" and the like. Not "at", "to" or "from",
 * which take organisations as often ("an analyst at Stratfor", "sold to Astrobotic").
 */
const LOCATING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'near',
  'outside',
  'inside',
  'around',
  'throughout',
  'across',
  'toward',
  'towards',
]);

/** What may stand between a town and the region it lies in: "Holmdel, NJ", "Xilingol in Inner Mongolia". */
const REGION_JOINERS: ReadonlySet<string> = new Set([',', 'in']);

/** The planets of the Solar System (IAU, 2006): named locations with no point on Earth's surface. */
const PLANETS: ReadonlySet<string> = new Set([
  'Mercury',
  'Venus',
  'Earth',
  'Mars',
  'Jupiter',
  'Saturn',
  'Uranus',
  'Neptune',
]);

/** Compass points that, after "the", name a part of the world ("in the West", "the Middle East" aside). */
const COMPASS_POINTS: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West']);

/** Whether a word names a planet ("back to Earth"), whatever town shares its name (Earth, Texas). */
export const isPlanet = (word: string) => PLANETS.has(word);

/**
 * The type for a lone word tagged GPE or LOC that the gazetteer does not know: GPE or LOC (kept)
 * for a US state's postal code or where the sentence places it, LOC for a compass point after "the", ORG otherwise.
 */
export function unknownPlaceType(doc: Doc, at: number, tagged: EntityType): EntityType {
  const t = doc.tokens;
  const word = t[at].text;
  const before = t[at - 1];
  const sameSentence = (k: number) => k >= 0 && k < t.length && t[k].sentence === t[at].sentence;
  // "Elkton, MD.": a US state's postal code, which the gazetteer holds apart from names.
  if (usStateByPostalCode(word.replace(/\.$/, ''))) return tagged;
  if (sameSentence(at - 1) && COMPASS_POINTS.has(word) && before.text.toLowerCase() === 'the') return 'LOC';
  // "in FromSoftware's work", "at WeWork": a coinage of two joined words is a company's or a
  // product's name; a place written with an inner capital has a short particle first ("DeKalb",
  // "McAllen", "KwaZulu") or is known to the gazetteer ("PyeongChang"), which this is not.
  if (COINED.test(word)) return 'ORG';
  // Not a modifier of the preposition's noun ("to work in WeWork buildings"), unless the noun is
  // a place's kind ("in Pangram area").
  const modifier =
    sameSentence(at + 1) && t[at + 1].pos === 'NOUN' && !PLACE_KIND_NOUNS.has(t[at + 1].text.toLowerCase());
  if (sameSentence(at - 1) && LOCATING_PREPOSITIONS.has(before.text.toLowerCase()) && !modifier) return tagged;
  // "a villager from Gondra": where a person is from.
  if (sameSentence(at - 2) && before.text.toLowerCase() === 'from' && COPULAS.has(t[at - 2].text.toLowerCase()))
    return tagged;
  // "the Cacuaco district", "Motutapu island": a place's kind after its name.
  if (sameSentence(at + 1) && LOC_CUES.has(t[at + 1].text)) return tagged;
  if (sameSentence(at + 2) && REGION_JOINERS.has(t[at + 1].text) && regionFollows(doc, at + 2)) return tagged;
  // "the resort of Acapulco", "the province of Daqahliya".
  if (sameSentence(at - 2) && before.text === 'of' && PLACE_KIND_NOUNS.has(t[at - 2].text.toLowerCase())) return tagged;
  if (listedWithKnownPlace(doc, at)) return tagged;
  return 'ORG';
}

/** A capital, three or more lower-case letters, then a second capital: two words joined. */
const COINED = /^\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}/u;

/** Nouns of a place's kind that name it after "of": "the town of", "the province of". */
const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set([
  ...LOC_CUES,
  'city',
  'town',
  'village',
  'resort',
  'capital',
  'suburb',
  'municipality',
  'area',
]);

/** How far a list is read on either side of an item. */
const LIST_REACH = 12;

/**
 * "Oslo, Hedmark, Oppland and Akershus": an item of a list of capitalised names, one of which is a
 * well-known place, is listed as a place too.
 */
function listedWithKnownPlace(doc: Doc, at: number): boolean {
  const t = doc.tokens;
  const same = (k: number) => k >= 0 && k < t.length && t[k].sentence === t[at].sentence;
  for (const step of [-1, 1]) {
    let k = at + step;
    // Items are runs of capitalised words ("Sierra Nevada" is one item, not "Nevada").
    while (Math.abs(k - at) <= LIST_REACH && same(k) && LIST_JOINERS.has(t[k].text)) {
      let end = k + step;
      if (!same(end) || !isCapitalised(t[end].text)) break;
      while (same(end + step) && isCapitalised(t[end + step].text)) end += step;
      const [a, b] = step < 0 ? [end, k - 1] : [k + 1, end];
      if (wellKnownPlace(doc.text.slice(t[a].span[0], t[b].span[1]))) return true;
      k = end + step;
    }
    // "four villages: Kampala, Oruvo and Mbeto": a list headed by a plural place kind.
    if (step < 0 && same(k - 1) && LIST_OPENERS.has(t[k].text.toLowerCase()))
      return isPlaceKindPlural(t[k - 1].text.toLowerCase());
  }
  return false;
}

/** What opens a list after its head noun: "villages: A, B", "districts including A", "towns like A". */
const LIST_OPENERS: ReadonlySet<string> = new Set([':', 'including', 'like']);

/** "villages", "cities": the plural of a place-kind noun. */
const isPlaceKindPlural = (word: string) =>
  (word.endsWith('ies') && PLACE_KIND_NOUNS.has(`${word.slice(0, -3)}y`)) ||
  (word.endsWith('s') && PLACE_KIND_NOUNS.has(word.slice(0, -1)));

/** Forms of "be" before "from" that give a person's origin ("who was from Menoufia"). */
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been']);

/** What joins the items of a list. */
const LIST_JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or']);

/** A town this populous is known well enough to vouch for the items listed beside it. */
const MIN_LISTED_TOWN_POPULATION = 100_000;

/** A country, a first-level region or a town of MIN_LISTED_TOWN_POPULATION people or more. */
const wellKnownPlace = (word: string) =>
  knownPlaces(word).some(
    (p) => p.kind === 'country' || p.kind === 'admin1' || (p.kind === 'city' && p.pop >= MIN_LISTED_TOWN_POPULATION),
  );

/** Longest region name looked for after a town: "Inner Mongolia", "New South Wales". */
const MAX_REGION_WORDS = 3;

/** Whether a country, a first-level region or a US state's postal code starts at token `from`. */
function regionFollows(doc: Doc, from: number): boolean {
  const t = doc.tokens;
  if (usStateByPostalCode(t[from].text)) return true;
  for (let to = from + 1; to <= Math.min(t.length, from + MAX_REGION_WORDS); to++) {
    if (t[to - 1].sentence !== t[from].sentence || !isCapitalised(t[to - 1].text)) break;
    const name = doc.text.slice(t[from].span[0], t[to - 1].span[1]);
    if (knownPlaces(name).some((p) => p.kind === 'country' || p.kind === 'admin1')) return true;
  }
  return false;
}

/**
 * "Denver, CO": a US state's postal code after a town and a comma is that state, whatever the
 * tagger read in it ("CO" as a company's "Co."). Not "DC": "Washington, DC" is the capital's own
 * name, and the geocoder reads "Washington" beside a region of its own as that region's namesake.
 * At a sentence's end the tokenizer keeps the full stop on the code ("in Harrisburg, PA. The
 * show ..."), as it does on abbreviations, and may not end the sentence there; codes are written
 * without stops, so one after a code is a sentence's.
 */
export function stateCodeAfterTown(doc: Doc, at: number): boolean {
  const t = doc.tokens;
  if (at < 2 || t[at - 1].text !== ',' || t[at - 2].sentence !== t[at].sentence || !isCapitalised(t[at - 2].text))
    return false;
  const word = t[at].text;
  const code = word.endsWith('.') ? word.slice(0, -1) : word;
  return /^[A-Z]{2}$/.test(code) && code !== 'DC' && usStateByPostalCode(code) !== undefined;
}

/** Longest name read as a town placed by its sentence ("Virginia Beach", "Palm Bay"). */
const MAX_PLACED_TOWN_WORDS = 3;
/** Adjectives allowed between an apposition's determiner and its place kind ("a small village"). */
const MAX_KIND_ADJECTIVES = 2;

/**
 * Whether the sentence says that a name the tagger read as a person or an organisation is a town
 * the gazetteer knows: where a person lives, after the person's age ("Tays, 32, of Franklin"); the region right after it and a comma holds a town of that name ("Kent,
 * Washington"; a country's or first-level region's name, not followed by a possessive or a noun:
 * "Paxton, Texas's attorney general"), or it is a town of the region's country and a US state's
 * postal code follows ("Quick Oil Stage, Bristow, VA"; not "McDonough, VA secretary"),
 * or an apposition calls it a place of some kind ("of Addison, a village north of Elmira";
 * not "Smith, a town councillor", whose head is the noun after).
 */
export function placedBySentence(doc: Doc, [from, to]: [number, number]): boolean {
  const t = doc.tokens;
  if (to - from > MAX_PLACED_TOWN_WORDS) return false;
  const towns = knownPlaces(doc.text.slice(t[from].span[0], t[to - 1].span[1])).filter(
    (p) => p.kind !== 'country' && p.kind !== 'admin1',
  );
  if (towns.length === 0) return false;
  if (residenceAfterAge(doc, from)) return true;
  if (to + 1 >= t.length || t[to].text !== ',') return false;
  const sentence = t[from].sentence;
  const same = (k: number) => k < t.length && t[k].sentence === sentence;
  if (!same(to + 1)) return false;
  const region = regionAt(doc, to + 1);
  if (region) {
    const after = t[region.end];
    if (after && same(region.end) && (POSSESSIVES.has(after.text) || after.pos === 'NOUN')) return false;
    // A postal code is no word of a sentence: the town may be one of that name elsewhere, as the
    // gazetteer holds towns of 1,000 people or more ("Bristow, VA": only Bristow, Oklahoma).
    return towns.some(
      (p) =>
        p.cc === region.place.cc && (region.code || region.place.kind === 'country' || p.admin === region.place.admin),
    );
  }
  if (!DESCRIPTION_DETERMINERS.has(t[to + 1].text.toLowerCase())) return false;
  let k = to + 2;
  while (k < to + 2 + MAX_KIND_ADJECTIVES && same(k) && t[k].pos === 'ADJ') k++;
  if (!same(k) || !PLACE_KIND_NOUNS.has(t[k].text.toLowerCase())) return false;
  return !same(k + 1) || (t[k + 1].pos !== 'NOUN' && t[k + 1].pos !== 'PROPN');
}

/** Oldest age written after a person's name. */
const MAX_AGE_DIGITS = 3;

/**
 * "Christopher L. Tays, 32, of Franklin": after a person's name and age between commas, "of" and
 * a name give where the person lives, as news reports of arrests, accidents and deaths write it.
 */
function residenceAfterAge(doc: Doc, from: number): boolean {
  const t = doc.tokens;
  if (from < 4 || t[from - 1].text !== 'of' || t[from - 2].text !== ',' || t[from - 4].text !== ',') return false;
  const age = t[from - 3].text;
  return age.length <= MAX_AGE_DIGITS && /^\p{Nd}+$/u.test(age) && t[from - 4].sentence === t[from].sentence;
}

const POSSESSIVES: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
const DESCRIPTION_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** The country or first-level region (or US state's postal code) starting at token `from`, and where it ends. */
function regionAt(doc: Doc, from: number): { place: Place; end: number; code?: boolean } | undefined {
  const t = doc.tokens;
  const code = t[from].text.replace(/\.$/, '');
  const state = /^[A-Z]{2}$/.test(code) ? usStateByPostalCode(code) : undefined;
  if (state) return { place: state, end: from + 1, code: true };
  let found: { place: Place; end: number } | undefined;
  for (let to = from + 1; to <= Math.min(t.length, from + MAX_REGION_WORDS); to++) {
    if (t[to - 1].sentence !== t[from].sentence || !isCapitalised(t[to - 1].text)) break;
    const name = doc.text.slice(t[from].span[0], t[to - 1].span[1]);
    const place = knownPlaces(name).find((p) => p.kind === 'country' || p.kind === 'admin1');
    if (place) found = { place, end: to };
  }
  return found;
}
