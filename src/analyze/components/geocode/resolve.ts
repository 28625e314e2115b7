// Picks one gazetteer place for each GPE/LOC entity. A candidate's score is its prior (population,
// kind, capital status) plus its coherence with the rest of the article: the countries it names
// outright, its nationalities, its dateline, and the countries and regions the other places
// resolve to. Two passes: the second sees the first pass's choices.
import { boundedMemo } from '../../../text/bounded-memo.js';
import type { Entity } from '../../../record/types.js';
import type { Doc } from '../../doc.js';
import {
  countryNameSpelledOut,
  demonymCountry,
  knownPlacesForGeocoding,
  lookupPlacesForGeocoding,
  type Place,
} from '../../resources/gazetteer.js';
import { COMPASS } from '../../resources/compass.js';
import { LETTER } from '../../../text/letters.js';
import { isLexiconWord } from '../tokens.js';
import { its, LEXICON_SIZE, readWink } from '../../resources/wink.js';
import { addressedNames, listedNames, narrowByContext, postalCodeStates, sharedRegion } from './context.js';
import { preferNamesakeCity } from './namesakes.js';
import { haversineKm } from './distance.js';

/** Prior bonus by kind: a name that is a country or region usually means the country or region. */
const KIND_BONUS: Readonly<Record<Place['kind'], number>> = {
  country: 4,
  region: 3.5,
  admin1: 1.5,
  admin2: 0,
  city: 0,
};
/** Prior bonus for capitals and regional seats (GeoNames feature codes). */
const SEAT_BONUS: Readonly<Record<string, number>> = { PPLC: 1, PPLA: 0.5, PPLA2: 0.2 };
/** Score per vote for the candidate's country: one mention of a country is worth a tenfold population. */
const COUNTRY_VOTE = 1;
/** Cap on the country votes that count, so a long article about one country cannot drown a foreign capital. */
const MAX_COUNTRY_VOTES = 2;
/**
 * Score when the candidate lies in an admin-1 region the article names ("Staunton, Virginia"),
 * in full when at least FULL_REGION_SHARE of the mentions of the article's other places below
 * country level lie in that region, and in proportion below: a story about Virginia places its
 * towns there, a biography's one "Little Rock, Arkansas" does not move Nashville to Arkansas.
 */
const REGION_MATCH = 2.5;
const FULL_REGION_SHARE = 0.5;
/**
 * The same for a region of the article's main country that no entity names but where the
 * article's other places lie ("Addison" beside Ithaca and New York City is the New York village,
 * not the larger Addison, Illinois).
 */
const UNNAMED_REGION_MATCH = 2.5;
/** Other places that must lie in such a region: one Miami does not move "Cleveland" to Florida. */
const MIN_UNNAMED_REGION_PLACES = 2;
/**
 * Score per other first-level region of the same country the article names, capped: among
 * Alabama, Iowa and Texas, "Georgia" is the state, not the country.
 */
const SIBLING_REGION_VOTE = 1;
const MAX_SIBLING_VOTES = 2;
/**
 * Bonus for places in the article's main country (the country most of its chosen places lie in,
 * with at least MIN_MAIN_COUNTRY_PLACES and a clear lead): a US local story keeps "Dublin" and
 * "Athens" in the US, and "Georgia" beside Alabama is the state.
 */
const MAIN_COUNTRY_BONUS = 1;
const MIN_MAIN_COUNTRY_PLACES = 2;
/**
 * Score for a town or county within NEIGHBOUR_KM of a town or county the article's other places
 * resolve to: the places of one story lie together, and "Austin" beside Scott County, Indiana is
 * the Indiana town that county holds, not the Texas capital. About a county's width (US counties
 * average some 40 km across); a fraction of a region's match, enough to settle a namesake the
 * region's vote leaves close.
 */
const NEIGHBOUR_BONUS = 1;
const NEIGHBOUR_KM = 50;
/** Most passes after the second: choices settle in one or two. */
const MAX_SETTLING_PASSES = 3;
/** Weight of the dateline's country among the votes. */
const DATELINE_VOTES = 1;

type Votes = Map<string, number>;

/**
 * Drops a county when a more populous town of the same country bears its name: the bare name is
 * the town ("St. Louis", "Washington"), and a county needs its generic word ("St. Louis
 * County"). Otherwise a region the article names (Minnesota, New York) would give its namesake
 * county the town's mentions.
 */
function preferNamesakeTown(cands: Place[]): Place[] {
  return cands.filter(
    (c) => c.kind !== 'admin2' || !cands.some((t) => t.kind === 'city' && t.cc === c.cc && t.pop > c.pop),
  );
}

/**
 * Drops the towns and counties that share the name of their own country's capital: written
 * alone, "Washington" in American news is the capital, as preferNamesakeCity has it for the
 * state; Washington, Pennsylvania needs its address ("Washington, Pa."), which narrowByContext reads.
 */
function preferNationalCapital(cands: Place[]): Place[] {
  const capitals = cands.filter((c) => c.kind === 'city' && c.fc === 'PPLC');
  if (capitals.length === 0) return cands;
  return cands.filter(
    (c) => (c.kind !== 'city' && c.kind !== 'admin2') || capitals.includes(c) || !capitals.some((k) => k.cc === c.cc),
  );
}

const vote = (votes: Votes, key: string, n = 1) => votes.set(key, (votes.get(key) ?? 0) + n);
const minusOne = (votes: Votes, key: string): Votes => new Map(votes).set(key, Math.max(0, (votes.get(key) ?? 0) - 1));

/**
 * The region votes of the places chosen: a first-level region votes for itself ("CC.admin") and,
 * by bare country code, for its country's other first-level regions; a county or province whose
 * name has no namesake in another region votes for the first-level region it lies in, as naming a
 * part of a region names the region ("the island of Bohol" puts a "Mabini" of the article in
 * Central Visayas). "Monroe County" is a county of seventeen states, and its first choice, made
 * before the article's other places are weighed, says nothing of which.
 */
function regionVotes(chosen: ReadonlyMap<Entity, Place>, candidates: ReadonlyMap<Entity, Place[]>): Votes {
  const regions: Votes = new Map();
  for (const [e, p] of chosen)
    if (p.kind === 'admin1') {
      vote(regions, `${p.cc}.${p.admin}`);
      vote(regions, p.cc);
    } else if (p.kind === 'admin2' && p.admin !== undefined && sharedRegion(candidates.get(e) ?? []))
      vote(regions, `${p.cc}.${p.admin}`);
  return regions;
}

/** Region votes less those an entity's own choice cast (a place is not evidence for itself). */
function withoutOwnRegion(regions: Votes, own: Place | undefined): Votes {
  if (own?.kind === 'admin1') return minusOne(minusOne(regions, `${own.cc}.${own.admin}`), own.cc);
  if (own?.kind === 'admin2' && own.admin !== undefined) return minusOne(regions, `${own.cc}.${own.admin}`);
  return regions;
}

/** The share of the article's mentions below country level that lie in a region ("CC.admin"). */
type RegionShare = (region: string) => number;
const wholeShare: RegionShare = () => 1;
/** How many of the article's other places lie in a region ("CC.admin"). */
type RegionCount = (region: string) => number;

function score(
  p: Place,
  countries: Votes,
  regions: Votes,
  main?: string,
  share = wholeShare,
  placesIn?: RegionCount,
  nearOther?: (p: Place) => boolean,
): number {
  let s = Math.log10(p.pop + 10) + KIND_BONUS[p.kind] + (p.fc ? (SEAT_BONUS[p.fc] ?? 0) : 0);
  if (main && p.cc === main) s += MAIN_COUNTRY_BONUS;
  if (p.cc) s += COUNTRY_VOTE * Math.min(MAX_COUNTRY_VOTES, countries.get(p.cc) ?? 0);
  const region = `${p.cc}.${p.admin}`;
  if (p.kind === 'city' || p.kind === 'admin2') {
    if ((regions.get(region) ?? 0) > 0) s += REGION_MATCH * Math.min(1, share(region) / FULL_REGION_SHARE);
    else if (main && p.cc === main && (placesIn?.(region) ?? 0) >= MIN_UNNAMED_REGION_PLACES)
      s += UNNAMED_REGION_MATCH * Math.min(1, share(region) / FULL_REGION_SHARE);
  }
  if (isLocal(p) && nearOther?.(p)) s += NEIGHBOUR_BONUS;
  // `regions` also counts the chosen regions by bare country code (see resolvePlaces).
  if (p.kind === 'admin1') s += SIBLING_REGION_VOTE * Math.min(MAX_SIBLING_VOTES, regions.get(p.cc) ?? 0);
  return s;
}

export function best(
  candidates: readonly Place[],
  countries: Votes,
  regions: Votes,
  exclude?: Place[],
  main?: string,
  share?: RegionShare,
  placesIn?: RegionCount,
  nearOther?: (p: Place) => boolean,
): Place | undefined {
  let top: Place | undefined;
  let topScore = -Infinity;
  const votes = exclude ? without(countries, exclude) : countries;
  for (const p of candidates) {
    const s = score(p, votes, regions, main, share, placesIn, nearOther);
    if (s > topScore) {
      top = p;
      topScore = s;
    }
  }
  return top;
}

/**
 * Mentions of the chosen places below country level: all of them, and by first-level region
 * ("CC.admin"); and the places themselves by region.
 */
interface RegionMentions {
  total: number;
  byRegion: Votes;
  placesByRegion: Votes;
}

/** The first-level region ("CC.admin") of a place below country level; undefined for others. */
function regionOf(p: Place): string | undefined {
  if (!p.cc || p.admin === undefined || (p.kind !== 'admin1' && p.kind !== 'admin2' && p.kind !== 'city')) return;
  return `${p.cc}.${p.admin}`;
}

function regionMentions(chosen: ReadonlyMap<Entity, Place>): RegionMentions {
  const byRegion: Votes = new Map();
  const placesByRegion: Votes = new Map();
  let total = 0;
  for (const [e, p] of chosen) {
    const region = regionOf(p);
    if (region === undefined) continue;
    total += e.mentions.length;
    vote(byRegion, region, e.mentions.length);
    vote(placesByRegion, region);
  }
  return { total, byRegion, placesByRegion };
}

/** How many places lie in a region, less one entity's own choice. */
function regionPlaces({ placesByRegion }: RegionMentions, e: Entity, own?: Place): RegionCount {
  const ownKey = own ? regionOf(own) : undefined;
  return (region) => (placesByRegion.get(region) ?? 0) - (region === ownKey ? 1 : 0);
}

/** A region's share of the mentions, less those of one entity's own choice (a place is not evidence for itself). */
function regionShare({ total, byRegion }: RegionMentions, e?: Entity, own?: Place): RegionShare {
  const ownKey = e && own ? regionOf(own) : undefined;
  const ownMentions = ownKey !== undefined && e ? e.mentions.length : 0;
  return (region) => {
    const rest = total - ownMentions;
    if (rest <= 0) return 0;
    return ((byRegion.get(region) ?? 0) - (region === ownKey ? ownMentions : 0)) / rest;
  };
}

/** Votes minus the ones a place's own names cast (a place is not evidence for itself). */
function without(votes: Votes, own: Place[]): Votes {
  const self = own.find((p) => p.kind === 'country');
  if (!self) return votes;
  const copy = new Map(votes);
  copy.set(self.cc, Math.max(0, (copy.get(self.cc) ?? 0) - 1));
  return copy;
}

/** Generic words that may follow a region's name without being part of it ("New York State", "Khatlon province"). */
const REGION_WORDS: ReadonlySet<string> = new Set([
  'state',
  'province',
  'region',
  'oblast',
  'governorate',
  'prefecture',
  'territory',
  'district',
]);

/**
 * A US legislator's party and state as the American press writes them after the name ("Sen. Ted
 * Cruz, R-Texas", "D-Calif."): the state is the place.
 */
const PARTY_STATE_LABEL = /^[A-Z]-(\p{Lu}.*)$/u;

/**
 * Places a mention may name: "northern Afghanistan" looks up "Afghanistan", "New York State" the
 * region "New York". `namePart` is set when they were found only after taking a capitalised
 * compass word off a name the gazetteer lacks ("West Midlands" -> "Midlands"), or only as a
 * region's acronym ("CBP").
 */
function lookupMention(surface: string): { places: Place[]; namePart: boolean } {
  const label = PARTY_STATE_LABEL.exec(surface);
  if (label) {
    const states = lookupPlacesForGeocoding(label[1]).filter((p) => p.kind === 'admin1' && p.cc === 'US');
    if (states.length > 0) return { places: states, namePart: false };
  }
  // The whole name first when it is capitalised: "Northern Ireland" and "Western Europe" are
  // places of their own, "northern Africa" is a part of Africa.
  const space = surface.indexOf(' ');
  const first = space > 0 ? surface.slice(0, space).toLowerCase() : '';
  const compass = COMPASS.has(first);
  const capitalised = /^\p{Lu}/u.test(surface);
  if (!compass || capitalised) {
    const whole = lookupPlacesForGeocoding(surface);
    // A region known only by an acronym among its alternate names ("CBP" Cao Bằng Province, "SAD"
    // Santa Ana Department) needs its country vouched for like a compass part: capitals are more
    // often another thing's initials (an agency, a service) than a foreign region.
    if (whole.length > 0) return { places: whole, namePart: whole.every(regionAcronym) };
  }
  // "West Midlands" reaches "Midlands" through innerPlace, "Northern Kasai" by the strip here.
  const namePart = capitalised && (compass || COMPASS_POINTS.has(first));
  return { places: lookupInner(compass ? surface.slice(space + 1) : surface), namePart };
}

/** A region (not a country) matched through one of its acronyms (GeoNames alternate names). */
function regionAcronym(p: Place): boolean {
  return p.acronym === true && p.kind !== 'country';
}

/** The four points, which head region names as "West Midlands" and "North Eastern Province" do. */
const COMPASS_POINTS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west']);

function lookupInner(surface: string): Place[] {
  const found = lookupPlacesForGeocoding(surface);
  if (found.length > 0) return found;
  const last = surface.lastIndexOf(' ');
  if (last < 0) return found;
  if (REGION_WORDS.has(surface.slice(last + 1).toLowerCase())) {
    const region = lookupPlacesForGeocoding(surface.slice(0, last)).filter(
      (p) => p.kind === 'admin1' || p.kind === 'admin2',
    );
    if (region.length > 0) return region;
  }
  const words = surface.split(' ');
  return countryNameSpelledOut(words) ?? innerPlace(words);
}

/** Head words of names, which name no place on their own. */
const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'valley',
  'river',
  'lake',
  'bay',
  'island',
  'islands',
  'mountain',
  'mountains',
  'creek',
  'delta',
  'plateau',
  'coast',
  'province',
  'county',
  'district',
  'region',
  'state',
  'city',
  'town',
  'village',
  'villages',
  'port',
  'hall',
  'zoo',
  'centre',
  'center',
  'medical',
  'university',
  'hospital',
  'police',
  'department',
  'airport',
  'republic',
  'nation',
  'north',
  'south',
  'east',
  'west',
  'central',
  'eastern',
  'western',
  'northern',
  'southern',
  'upper',
  'lower',
]);

/** Words that join the parts of a longer name ("Villages of Sudan"). */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'de', 'del']);

/** Shortest inner name looked up; shorter capitalised words are initials or abbreviations of other things. */
const MIN_INNER_NAME_LENGTH = 4;

/**
 * The country an all-capitals word abbreviates ("US", "UK"), as the gazetteer's acronyms have it;
 * else none. Exported for its test.
 */
export function countryAcronym(word: string): Place[] {
  if (!/^\p{Lu}{2,3}$/u.test(word)) return [];
  const found = lookupPlacesForGeocoding(word);
  return found.length > 0 && found.every((p) => p.kind === 'country' && p.acronym === true) ? found : [];
}

/**
 * A place named inside a longer name the gazetteer lacks ("Salinas Valley", "Villages of Sudan",
 * "Nyanza Province"): the longest run of words, from either end, that names a place. Words that
 * are generic heads or connectors never stand alone ("Valley", "of").
 */
function innerPlace(words: readonly string[]): Place[] {
  for (let k = words.length - 1; k >= 1; k--) {
    for (const from of [words.length - k, 0]) {
      const part = words.slice(from, from + k);
      if (!/^\p{Lu}/u.test(part[0]) || !/^\p{Lu}/u.test(part[part.length - 1])) continue;
      if (part.join(' ').length < MIN_INNER_NAME_LENGTH) {
        // A country's own capitals head a name as its spelled-out name does ("US Centers for
        // Disease Control", "UK Border Agency"); other short capitals are another thing's initials.
        const country = from === 0 && k === 1 ? countryAcronym(part[0]) : [];
        if (country.length > 0) return country;
        continue;
      }
      if (k === 1 && GENERIC_WORDS.has(part[0].toLowerCase())) continue;
      // A place at the start of a longer name heads it ("U.S. Centers for Disease Control",
      // "Randwick Racecourse"); one at the end only when what comes before it is generic words or
      // connectors ("Villages of Sudan"): a name word before it makes another name ("Nueva
      // Ecija" is not Écija, "Mbanza Congo" not the Congo).
      const before = words.slice(0, from);
      if (!before.every((w) => GENERIC_WORDS.has(w.toLowerCase()) || CONNECTORS.has(w.toLowerCase()))) continue;
      const found = lookupPlacesForGeocoding(part.join(' '));
      if (found.length > 0) return found;
    }
  }
  return [];
}

/** Most words before a mention that may complete a country's long name ("Democratic Republic of the"). */
const MAX_NAME_PREFIX_WORDS = 4;
/** A character of such a word (one code point). */
const NAME_CHAR = new RegExp(`^[${LETTER}'’]$`, 'u');

/** Whether the code point ending at `k` is a surrogate pair. */
const isPairBefore = (text: string, k: number) =>
  k > 1 && (text.charCodeAt(k - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(k - 2) & 0xfc00) === 0xd800;

/** Whether the code point ending at `k` is a letter, mark or apostrophe (ASCII ones without a pattern). */
function isNameCharBefore(text: string, k: number): boolean {
  const c = text.charCodeAt(k - 1);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x27;
  return NAME_CHAR.test(text.slice(isPairBefore(text, k) ? k - 2 : k - 1, k));
}

/**
 * The last one to MAX_NAME_PREFIX_WORDS words of `text`, each followed by one space, up to its
 * end ("Democratic Republic of "), or "" (what `((?:[letter'’]+ ){1,4})$` matches), read back
 * from the end: the pattern tried every start in the text, a word at a time. Exported for its test.
 */
export function wordsBefore(text: string): string {
  let start = -1;
  let i = text.length;
  for (let words = 0; words < MAX_NAME_PREFIX_WORDS && i > 0 && text[i - 1] === ' '; words++) {
    let k = i - 1;
    while (k > 0 && isNameCharBefore(text, k)) k -= isPairBefore(text, k) ? 2 : 1;
    if (k === i - 1) break;
    start = i = k;
  }
  return start < 0 ? '' : text.slice(start);
}

/**
 * The country a mention completes with the words before it: recognition may keep only "Congo"
 * of "Democratic Republic of Congo", and "Congo" alone is the other Congo.
 */
function longCountryName(doc: Doc, start: number, end: number): Place[] {
  const before = wordsBefore(doc.text.slice(Math.max(0, start - 60), start))
    .split(' ')
    .filter(Boolean);
  for (let k = before.length; k >= 1; k--) {
    // Only a capitalised word starts a name: "south Sudan" is a part of Sudan, "South Sudan" the country.
    if (!/^\p{Lu}/u.test(before[before.length - k])) continue;
    const countries = lookupPlacesForGeocoding(`${before.slice(-k).join(' ')} ${doc.text.slice(start, end)}`).filter(
      (p) => p.kind === 'country',
    );
    if (countries.length > 0) return countries;
  }
  return [];
}

/** Initials written right before a mention, with no space ("W." of "R-W.Va."). */
const INITIALS_BEFORE = /(?:\p{Lu}\.)+$/u;

/**
 * The places a dotted abbreviation names with the initials written against it: recognition may
 * keep only "Va." of "W.Va." (West Virginia), and "Va." alone is Virginia.
 */
function joinedAbbreviation(doc: Doc, start: number, end: number): Place[] {
  const surface = doc.text.slice(start, end);
  if (!surface.endsWith('.')) return [];
  const initials = INITIALS_BEFORE.exec(doc.text.slice(Math.max(0, start - 8), start));
  return initials ? lookupPlacesForGeocoding(initials[0] + surface) : [];
}

/** The gazetteer candidates an entity's names may refer to. */
export function candidatesOf(doc: Doc, e: Entity): Place[] {
  return lookupEntity(doc, e).places;
}

/**
 * An entity's candidates, and whether every one of them was found only inside a compass-qualified
 * name the gazetteer lacks (see lookupMention).
 */
function lookupEntity(doc: Doc, e: Entity): { places: Place[]; namePart: boolean } {
  const seen = new Set<Place>();
  let namePart = true;
  for (const [s, t] of e.mentions) {
    const long = longCountryName(doc, s, t);
    const joined = joinedAbbreviation(doc, s, t);
    const found =
      long.length > 0 || joined.length > 0
        ? { places: long.length > 0 ? long : joined, namePart: false }
        : lookupMention(doc.text.slice(s, t));
    for (const p of found.places) seen.add(p);
    if (found.places.length > 0) namePart &&= found.namePart;
  }
  const places = [...seen];
  if (places.length > 0 && places.every(regionAcronym) && spelledOutAsOther(doc, e, places))
    return { places: [], namePart: false };
  return { places, namePart: namePart && places.length > 0 };
}

/** Lower-case words an expansion carries between its initials ("Serviço de Atendimento", "Bank of America"). */
const EXPANSION_LINKS: ReadonlySet<string> = new Set(
  'of the and for on de do da dos das del della di du des la le el y e et und van von'.split(' '),
);
/** How far before an acronym in brackets its spelled-out words are looked for. */
const EXPANSION_CHARS = 160;

/**
 * The words an article writes an acronym out as, just before it in brackets: "Serviço de
 * Atendimento Domiciliar (SAD)" -> "Serviço de Atendimento Domiciliar". Each capitalised word
 * gives the next initial; lower-case linking words are skipped.
 */
function spelledOut(text: string, acronym: string): string | undefined {
  const letters = [...acronym.replace(/[^\p{Lu}]/gu, '')];
  if (letters.length < 2) return undefined;
  for (let at = text.indexOf(`(${acronym})`); at >= 0; at = text.indexOf(`(${acronym})`, at + 1)) {
    const before = text.slice(Math.max(0, at - EXPANSION_CHARS), at).trimEnd();
    const words = before.split(/\s+/);
    let need = letters.length - 1;
    for (let i = words.length - 1; i >= 0 && need >= 0; i--) {
      const w = words[i];
      if (EXPANSION_LINKS.has(w)) continue;
      if (w[0]?.toUpperCase() !== letters[need] || !/^\p{Lu}/u.test(w)) break;
      if (need-- === 0) return words.slice(i).join(' ');
    }
  }
  return undefined;
}

/**
 * Whether the article spells a region's acronym out as another thing ("Serviço de Atendimento
 * Domiciliar (SAD)", not the Santa Ana Department): then the capitals are that thing's initials,
 * whatever country the article names. "New South Wales (NSW)" spells the region itself.
 */
function spelledOutAsOther(doc: Doc, e: Entity, regions: readonly Place[]): boolean {
  const ids = new Set(regions.map((p) => `${p.cc}.${p.admin}`));
  for (const [s, t] of e.mentions) {
    const expansion = spelledOut(doc.text, doc.text.slice(s, t));
    if (expansion !== undefined)
      return !knownPlacesForGeocoding(expansion).some((p) => p.kind === 'admin1' && ids.has(`${p.cc}.${p.admin}`));
  }
  return false;
}

/**
 * Whether every mention of an entity is capitals that the article spells out just before them in
 * brackets as a name the gazetteer knows as no place ("Serviço de Atendimento Domiciliar (SAD)"):
 * the capitals are that body's initials, not a place's ("New South Wales (NSW)" stays).
 */
function spelledOutAsNoPlace(doc: Doc, e: Entity): boolean {
  return e.mentions.every(([s, t]) => {
    const surface = doc.text.slice(s, t);
    if (!/^\p{Lu}{2,}$/u.test(surface)) return false;
    const expansion = spelledOut(doc.text, surface);
    return expansion !== undefined && knownPlacesForGeocoding(expansion).length === 0;
  });
}

/**
 * A town smaller than this whose name is an ordinary English word ("Earth", Texas; "Mars",
 * Pennsylvania), or ordinary words only ("Central Park", a hamlet in Washington state; "Rice
 * Lake"), is what a capitalised name means only when the article names its region: such a name
 * is more often a park, a lake or a street than the hamlet that took it.
 */
const WORD_TOWN_MAX_POPULATION = 10_000;

/** The first-level regions ("CC.admin") located entities may name, each with the entities that may name it. */
function namedRegions(candidates: ReadonlyMap<Entity, Place[]>): Map<string, Set<Entity>> {
  const out = new Map<string, Set<Entity>>();
  for (const [e, cands] of candidates)
    for (const p of cands) {
      if (p.kind !== 'admin1') continue;
      const code = `${p.cc}.${p.admin}`;
      const by = out.get(code);
      if (by) by.add(e);
      else out.set(code, new Set([e]));
    }
  return out;
}

/**
 * Whether a town (or a first-level region as small) is such a word town for the entity that
 * names it, with no other entity naming its region. The name as the article writes it counts
 * too: "Store" is the word even where it matched Štore (Slovenia, a town and a municipality)
 * with its diacritics folded away.
 */
function wordTown(p: Place, regions: ReadonlyMap<string, ReadonlySet<Entity>>, e: Entity): boolean {
  if ((p.kind !== 'city' && p.kind !== 'admin1') || p.pop >= WORD_TOWN_MAX_POPULATION) return false;
  const namers = regions.get(`${p.cc}.${p.admin}`);
  if (namers && [...namers].some((x) => x !== e)) return false;
  return (p.kind === 'city' ? [p.name, e.name] : [e.name]).some((name) => name.split(/[\s-]+/).every(isLexiconWord));
}

function memoByEntity<T>(places: (e: Entity) => T): (e: Entity) => T {
  const memo = new Map<Entity, T>();
  return (e) => {
    let found = memo.get(e);
    if (!found) memo.set(e, (found = places(e)));
    return found;
  };
}

/**
 * A generic top-level domain written against a name (IANA's original and commonest generic
 * ones, and "co" of "co.uk"): "Subscribe to NJ.com's newsletters" names a website, not New Jersey.
 */
const DOMAIN_AFTER = /^\.(?:com|net|org|edu|gov|info|biz|io|co)(?![\p{L}\p{N}])/iu;

/** Whether every mention of an entity is the first part of a web address ("NJ" of "NJ.com"). */
function isWebsite(doc: Doc, e: Entity): boolean {
  return e.mentions.every(([, t]) => DOMAIN_AFTER.test(doc.text.slice(t, t + 6)));
}

/** Chooses a place for every GPE/LOC entity and for the dateline. */
export function resolvePlaces(doc: Doc, entities: readonly Entity[]): { chosen: Map<Entity, Place>; dateline?: Place } {
  // An entity's candidates read every one of its mentions, and the address and list rules ask
  // for a place's once per neighbouring mention: each entity's are worked out once.
  const lookedUp = memoByEntity((x) => lookupEntity(doc, x));
  const lookup = (x: Entity) => lookedUp(x).places;
  // Names the tagger took for people or organisations that addresses and lists show are places.
  // Only a name used one way throughout: "Jimmy Philmont" and "Philmont" are a person.
  const named = memoByEntity((x) => {
    const surfaces = new Set(x.mentions.map(([s, t]) => doc.text.slice(s, t)));
    return surfaces.size === 1 ? lookupPlacesForGeocoding([...surfaces][0]) : [];
  });
  for (const e of addressedNames(doc, entities, lookup, named)) e.type = 'GPE';
  for (const e of listedNames(doc, entities, lookup, named)) e.type = 'GPE';
  for (const e of entities)
    if ((e.type === 'GPE' || e.type === 'LOC') && (isWebsite(doc, e) || spelledOutAsNoPlace(doc, e))) e.type = 'ORG';
  const located = entities.filter((e) => e.type === 'GPE' || e.type === 'LOC');
  const raw = new Map(located.map((e) => [e, lookup(e)]));
  for (const [e, state] of postalCodeStates(doc, raw)) raw.set(e, state);
  const narrowed = narrowByContext(doc, raw);
  const regionsNamed = namedRegions(raw);
  // The namesake conventions choose among what an address or generic word left: "Hanoi, Vietnam"
  // leaves the city and the region of Hanoi, and the city dominates the region.
  // An address read only as word towns ("together with Canada, Mexico" as Cañada, Mexico) gives
  // way to what the name means alone.
  const conventions = (e: Entity, places: readonly Place[]) =>
    preferNationalCapital(preferNamesakeTown(preferNamesakeCity(places))).filter((p) => !wordTown(p, regionsNamed, e));
  const candidates = new Map(
    located.map((e) => {
      const near = narrowed.get(e);
      const read = near && conventions(e, near);
      return [e, read && (read.length > 0 || near.length === 0) ? read : conventions(e, raw.get(e) ?? [])] as const;
    }),
  );
  const countries: Votes = new Map();
  for (const [, cands] of candidates) {
    const country = cands.find((p) => p.kind === 'country');
    if (country) vote(countries, country.cc);
  }
  for (const e of entities) {
    const cc = e.type === 'NORP' ? demonymCountry(e.name) : undefined;
    if (cc) vote(countries, cc);
  }
  const datelineCands = doc.article.dateline?.place ? lookupPlacesForGeocoding(doc.article.dateline.place) : [];
  const first = new Map<Entity, Place>();
  for (const [e, cands] of candidates) {
    const p = best(cands, countries, new Map(), cands);
    if (p) first.set(e, p);
  }
  // A place found only inside a compass-qualified name the gazetteer lacks ("West Midlands" ->
  // Zimbabwe's "Midlands") is the name's place only in a country the rest of the article vouches
  // for ("Western Kasai" in a Congo story); elsewhere the name is another place, left unplaced.
  // World regions and seas belong to no country and stay ("Eastern Mediterranean").
  // So for a name of ordinary words that regions of two or more countries bear ("National
  // Capital", "Central"): a description, which means the region of a country the article is
  // about ("the National Capital" in a Delhi story is India's), not another country's.
  for (const [e, cands] of candidates) {
    if (!lookedUp(e).namePart && !descriptiveRegionName(e.name, cands)) continue;
    const vouched = vouchedCountries(e, first, without(countries, cands), datelineCands);
    // A region's acronym in an article that names no other country keeps its reading ("Two
    // people in NSW died"): only another country's places speak against it.
    if (vouched.size === 0 && cands.length > 0 && cands.every(regionAcronym)) continue;
    candidates.set(
      e,
      cands.filter((p) => !p.cc || vouched.has(p.cc)),
    );
    const own = first.get(e);
    if (own?.cc && !vouched.has(own.cc)) first.delete(e);
  }
  // Second pass: every other place's first choice votes for its country and region.
  const regions = regionVotes(first, candidates);
  const withNeighbours: Votes = new Map(countries);
  for (const p of first.values()) if (p.kind !== 'country' && p.cc) vote(withNeighbours, p.cc);
  const firstMentions = regionMentions(first);
  const dateline = best(datelineCands, withNeighbours, regions, undefined, undefined, regionShare(firstMentions));
  if (dateline?.cc) vote(withNeighbours, dateline.cc, DATELINE_VOTES);
  const chosen = new Map<Entity, Place>();
  for (const [e, cands] of candidates) {
    // A place is not evidence for itself: take back the votes its own first choice cast.
    const own = first.get(e);
    const countryVotes = own && own.kind !== 'country' && own.cc ? minusOne(withNeighbours, own.cc) : withNeighbours;
    const p = best(
      cands,
      countryVotes,
      withoutOwnRegion(regions, own),
      cands,
      undefined,
      regionShare(firstMentions, e, own),
    );
    if (p) chosen.set(e, p);
  }
  // Later passes settle namesakes together, each seeing the previous pass's regions; a few rounds suffice.
  let settled = chosen;
  for (let round = 0; round < MAX_SETTLING_PASSES; round++) {
    const next = thirdPass(candidates, settled, withNeighbours);
    const same = [...next].every(([e, p]) => settled.get(e) === p);
    settled = next;
    if (same) break;
  }
  return {
    chosen: preferLocalTown(
      leaveUnvouchedNamesakes(settled, candidates, raw, entities, dateline),
      candidates,
      entities,
      dateline,
    ),
    dateline,
  };
}

/** Other places a local story must place in one first-level region. */
const MIN_LOCAL_PLACES = 2;
/**
 * Farthest a town may lie from the nearest of the story's other places to count as one of them:
 * about a county's width and the next town's, well inside the 161 km by which geoparsing is judged.
 */
const LOCAL_TOWN_KM = 150;

/**
 * A country's name in a local story is the namesake town of the story's region: when every other
 * place the article resolves lies in one first-level region of another country (that country
 * itself may be named), MIN_LOCAL_PLACES of them or more, no nationality or dateline points
 * elsewhere, and a town of the name (KNOWN_TOWN_POPULATION or more) lies in that region within
 * LOCAL_TOWN_KM of one of them. "Lebanon" beside Nashville and Murfreesboro is Lebanon,
 * Tennessee; "Palestine" beside Tyler and Longview the Texas town. Any other country, region of a
 * world scale or nationality leaves the country ("Lebanese families who fled Lebanon").
 */
function preferLocalTown(
  chosen: Map<Entity, Place>,
  candidates: ReadonlyMap<Entity, Place[]>,
  entities: readonly Entity[],
  dateline: Place | undefined,
): Map<Entity, Place> {
  const countries = [...chosen.values()].filter((p) => p.kind === 'country');
  if (countries.length === 0) return chosen;
  const out = new Map(chosen);
  for (const [e, p] of chosen) {
    if (p.kind !== 'country') continue;
    const others = [...chosen].filter(([x]) => x !== e).map(([, q]) => q);
    const local = others.filter((q) => q.kind !== 'country');
    const region = local.length > 0 ? regionOf(local[0]) : undefined;
    if (region === undefined || local.length < MIN_LOCAL_PLACES) continue;
    const cc = local[0].cc;
    if (!local.every((q) => regionOf(q) === region) || !others.every((q) => q.cc === cc)) continue;
    if (dateline && regionOf(dateline) !== region && dateline.cc !== cc) continue;
    if (entities.some((x) => x.type === 'NORP' && (demonymCountry(x.name) ?? cc) !== cc)) continue;
    const town = (candidates.get(e) ?? [])
      .filter(
        (c) =>
          c.kind === 'city' &&
          regionOf(c) === region &&
          c.pop >= KNOWN_TOWN_POPULATION &&
          local.some((q) => haversineKm(c, q) <= LOCAL_TOWN_KM),
      )
      .sort((a, b) => b.pop - a.pop)[0];
    if (town) out.set(e, town);
  }
  return out;
}

/**
 * A place that needs no other evidence to be what a name means: a national capital or a city or
 * region of a million people or more (what Wikipedia's lists of "million cities" gather).
 */
const SELF_EVIDENT_POPULATION = 1_000_000;
/**
 * A place smaller than this, in a country the article gives no other evidence for, is too small
 * to be named without its country: the name is more likely a street, a district or a feature the
 * gazetteer lacks ("Piccadilly" in a London story is not the Australian hamlet). GeoNames' own
 * cut for its list of towns (cities5000).
 */
const KNOWN_TOWN_POPULATION = 5_000;

/**
 * The seat of a first-order region (a state or province capital, GeoNames' PPLA) of this size or
 * more is also what its name means without other evidence: a city by the usual 100,000 mark
 * ("Constanța" is the Romanian port, not the German town of that alternate name).
 */
const SELF_EVIDENT_SEAT_POPULATION = 100_000;

const selfEvident = (p: Place) =>
  p.kind === 'country' ||
  p.fc === 'PPLC' ||
  p.pop >= SELF_EVIDENT_POPULATION ||
  (p.fc === 'PPLA' && p.pop >= SELF_EVIDENT_SEAT_POPULATION);

/**
 * The seat of a second-order region (a county or council seat, GeoNames' PPLA2) of 100,000 or
 * more whose name's candidates in other countries are all under a tenth of its size (an order of
 * magnitude) is also what its name means without other evidence: Glasgow (591,000) beside
 * Glasgow, Kentucky, Las Vegas (624,000) beside the villages of the name in Honduras and
 * Venezuela. A town that is no seat ("Westminster", Colorado, 113,000) still needs evidence: a
 * London district the gazetteer lacks bears its name.
 */
const DOMINANT_SEAT_POPULATION = 100_000;
const DOMINANCE = 10;
const dominantSeat = (p: Place, cands: readonly Place[]) =>
  p.fc === 'PPLA2' &&
  p.pop >= DOMINANT_SEAT_POPULATION &&
  cands.every((c) => !c.cc || c.cc === p.cc || c.pop * DOMINANCE <= p.pop);

/**
 * A town or county under this size, in another country than the article's main one (see
 * mainCountry), needs evidence too, though its name is known in one country only: a US story's
 * "Yerba Buena" is the San Francisco theatre and gardens, not the Argentine town of 51,000 that is
 * the gazetteer's only entry of the name. The usual 100,000 mark of a city, as for a regional seat
 * (SELF_EVIDENT_SEAT_POPULATION). With no main country (one other place, or two countries level)
 * the 5,000 of KNOWN_TOWN_POPULATION stays the mark.
 */
const FOREIGN_TOWN_POPULATION = 100_000;
const smallTownAbroad = (p: Place, main: string | undefined) =>
  main !== undefined && p.cc !== main && (p.kind === 'city' || p.kind === 'admin2') && p.pop < FOREIGN_TOWN_POPULATION;

/** How many countries a name's candidates lie in (continents and seas count for none). */
const countriesOf = (cands: readonly Place[]) => new Set(cands.filter((p) => p.cc).map((p) => p.cc)).size;

/**
 * Leaves unplaced a place chosen in a country the rest of the article gives no evidence for,
 * when the article does name other countries, if it is a namesake (its name's candidates lie in
 * two or more countries) or a place too small to be named without its country: "Westminster" in
 * a London story is not a Colorado city, "Nyanza" in a Kenyan story not the Rwandan town, though
 * the gazetteer knows only those. The evidence for a country is what the rest of the article
 * settles beyond doubt: the country named (by its name or a nationality), the dateline's country,
 * and the places no namesake could be (a name known in one country only, a capital, a city of a
 * million, a regional capital of 100,000). A well-known place needs none ("London" in a story about Sierra Leone). A candidate of
 * the name in a country with evidence is taken instead when there is one.
 */
function leaveUnvouchedNamesakes(
  chosen: Map<Entity, Place>,
  candidates: ReadonlyMap<Entity, Place[]>,
  names: ReadonlyMap<Entity, Place[]>,
  entities: readonly Entity[],
  dateline: Place | undefined,
): Map<Entity, Place> {
  // Whether a choice needs evidence from the rest of the article; those that need none are evidence.
  const main = mainCountry(chosen);
  const needsEvidence = (e: Entity, p: Place) =>
    !selfEvident(p) &&
    !dominantSeat(p, names.get(e) ?? []) &&
    (countriesOf(names.get(e) ?? []) > 1 || p.pop < KNOWN_TOWN_POPULATION || smallTownAbroad(p, main));
  const evidence: Votes = new Map();
  const from = new Map<Entity, string>();
  for (const e of entities) {
    const cc = e.type === 'NORP' ? demonymCountry(e.name) : undefined;
    if (cc) vote(evidence, cc);
  }
  if (dateline?.cc) vote(evidence, dateline.cc);
  for (const [e, p] of chosen)
    if (p.cc && !needsEvidence(e, p)) {
      vote(evidence, p.cc);
      from.set(e, p.cc);
    }
  const out = new Map(chosen);
  for (const [e, p] of chosen) {
    if (!p.cc || !needsEvidence(e, p)) continue;
    const others = minusOwn(evidence, from.get(e));
    if (others.size === 0 || others.has(p.cc)) continue;
    const instead = best(
      (candidates.get(e) ?? []).filter((c) => others.has(c.cc)),
      others,
      new Map(),
    );
    if (instead) out.set(e, instead);
    else out.delete(e);
  }
  return out;
}

/** The countries with evidence once an entity's own is taken back. */
function minusOwn(evidence: Votes, own: string | undefined): Votes {
  const out: Votes = new Map();
  for (const [cc, n] of evidence) if (n - (cc === own ? 1 : 0) > 0) out.set(cc, n - (cc === own ? 1 : 0));
  return out;
}

/**
 * Whether a name is made of ordinary words (each in wink's lexicon and read as no proper noun:
 * "national", "capital"; not "virginia") and its candidates are first- or second-level regions
 * of two or more countries.
 */
function descriptiveRegionName(name: string, cands: readonly Place[]): boolean {
  if (cands.length < 2 || !cands.every((p) => p.kind === 'admin1' || p.kind === 'admin2')) return false;
  if (new Set(cands.map((p) => p.cc)).size < 2) return false;
  return name.split(' ').every(ordinaryWord);
}

/** Whether a word read in a noun slot ("the national were there") is a lexicon word and no proper noun. */
const ordinaryWord = boundedMemo(
  (word: string) =>
    /^\p{L}+$/u.test(word) &&
    readWink(`the ${word.toLowerCase()} were there`, (d) => {
      const t = d.tokens().itemAt(1);
      return (t.out(its.uniqueId) as number) < LEXICON_SIZE && t.out(its.pos) !== 'PROPN';
    }),
  50_000,
);

/**
 * The countries the article vouches for apart from one entity: those it names outright or by a
 * nationality, the dateline's, and those of the other places' first choices.
 */
function vouchedCountries(e: Entity, first: ReadonlyMap<Entity, Place>, countries: Votes, dateline: readonly Place[]) {
  const out = new Set([...countries].filter(([, n]) => n > 0).map(([cc]) => cc));
  for (const p of dateline) if (p.cc) out.add(p.cc);
  for (const [other, p] of first) if (other !== e && p.cc) out.add(p.cc);
  return out;
}

/**
 * The country the article's chosen places are mentioned in most often, when it holds at least
 * MIN_MAIN_COUNTRY_PLACES of them and its mentions lead the next country's. Mentions, not places:
 * a Delhi story that names Delhi thirty times and four American cities once each is about India,
 * and its "Punjab" is India's.
 */
function mainCountry(chosen: Map<Entity, Place>): string | undefined {
  const places: Votes = new Map();
  const mentions: Votes = new Map();
  for (const [e, p] of chosen)
    if (p.cc) {
      vote(places, p.cc);
      vote(mentions, p.cc, e.mentions.length);
    }
  const ranked = [...mentions].sort((a, b) => b[1] - a[1]);
  if (
    ranked.length === 0 ||
    (places.get(ranked[0][0]) ?? 0) < MIN_MAIN_COUNTRY_PLACES ||
    (ranked[1] && ranked[1][1] >= ranked[0][1])
  )
    return undefined;
  return ranked[0][0];
}

/** A town or a county: what the neighbour evidence weighs and is weighed by. */
const isLocal = (p: Place) => p.kind === 'city' || p.kind === 'admin2';

/**
 * Whether a place lies within NEIGHBOUR_KM of another entity's town or county. Only among a name's
 * towns and counties: a country's or a region's name beside its namesake town's neighbours stays
 * the country ("Troops left Lebanon for Nashville"); preferLocalTown weighs that case.
 */
const nearAnother = (c: Place, e: Entity, local: readonly (readonly [Entity, Place])[]) =>
  local.some(([x, q]) => x !== e && !samePlace(c, q) && haversineKm(c, q) <= NEIGHBOUR_KM);

/** Whether two entries are one place under two names ("New York" and "New York City"): no neighbour of itself. */
const samePlace = (a: Place, b: Place) =>
  (a.geonameId !== undefined && a.geonameId === b.geonameId) || (a.lat === b.lat && a.lon === b.lon);

/**
 * A further pass: with the article's main country known and the regions the last pass chose,
 * namesakes settle together ("Georgia" with Alabama is the state; then "Athens" and "Dublin"
 * beside it are the Georgia towns).
 */
function thirdPass(candidates: Map<Entity, Place[]>, chosen: Map<Entity, Place>, votes: Votes): Map<Entity, Place> {
  const main = mainCountry(chosen);
  if (!main) return chosen;
  const regions = regionVotes(chosen, candidates);
  const mentions = regionMentions(chosen);
  const local = [...chosen].filter(([, q]) => isLocal(q));
  const out = new Map<Entity, Place>();
  for (const [e, cands] of candidates) {
    const own = chosen.get(e);
    const p = best(
      cands,
      votes,
      withoutOwnRegion(regions, own),
      cands,
      main,
      regionShare(mentions, e, own),
      regionPlaces(mentions, e, own),
      cands.every(isLocal) ? (c) => nearAnother(c, e, local) : undefined,
    );
    if (p) out.set(e, p);
  }
  return out;
}
