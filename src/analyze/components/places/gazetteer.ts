// The place gazetteer: build/gazetteer.json (written by scripts/build-gazetteer.mjs from npm
// package data), loaded lazily once per process and indexed by normalised name. Lookups are Map
// gets, so the per-document cost is linear in the number of capitalised spans.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type PlaceKind = 'country' | 'admin1' | 'region' | 'city';

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

export interface Country { cc: string; name: string; lat: number; lon: number; names: string[]; demonyms: string[] }

export interface Gazetteer {
  /** Places by normalised name (see `placeKey`). */
  byName: Map<string, Place[]>;
  /** Countries by ISO code. */
  countries: Map<string, Place>;
  /** Country codes by normalised demonym ("tajik", "tajiks", "russian"). */
  demonyms: Map<string, string>;
  /** Admin-1 region names by "CC.code". */
  admin1Names: Map<string, string>;
  loadMs: number;
}

interface GazetteerFile {
  regions: { name: string; lat: number; lon: number }[];
  countries: (Country & { region: string; subregion: string })[];
  admin1: { code: string; name: string; lat: number; lon: number }[];
  cities: { id: number[]; name: string[]; alt: string[]; cc: string[]; admin: string[]; pop: number[]; lat: number[]; lon: number[]; fc: string[] };
}

export const GAZETTEER_PATH = fileURLToPath(new URL('../../../../build/gazetteer.json', import.meta.url));

/** Abbreviated generic words in place names, spelled out so "St. Petersburg" finds "Saint Petersburg". */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([['st', 'saint'], ['ste', 'sainte'], ['ft', 'fort'], ['mt', 'mount'], ['pt', 'port']]);
/** Characters that vary between spellings of one name: diacritics, dots, hyphens, apostrophes. */
const DIACRITICS = /[\u0300-\u036f]/g;
const SEPARATORS = /[-‐–\s]+/g;
const DROPPED = /[.'’]/g;

/** The lookup key of a place name: lower case, no diacritics or dots, abbreviations spelled out. */
export function placeKey(name: string): string {
  const words = name.normalize('NFD').replace(DIACRITICS, '').toLowerCase().replace(DROPPED, '').split(SEPARATORS).filter(Boolean);
  if (words[0] === 'the') words.shift();
  return words.map((w) => ABBREVIATIONS.get(w) ?? w).join(' ');
}

const isAcronym = (name: string) => name.length <= 5 && name.replace(DROPPED, '') === name.replace(DROPPED, '').toUpperCase();

/**
 * Region names that are plain English words ("Western" Province of Ghana, "West" Region of
 * Cameroon): capitalised in "Western banks" or "the West", they would be read as the region.
 */
const WORD_REGION_NAMES: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'centre', 'center',
  'north east', 'north west', 'south east', 'south west', 'northeast', 'northwest', 'southeast', 'southwest',
  'coast', 'capital', 'upper', 'lower', 'islands', 'lakes', 'mountain',
]);

let cached: Gazetteer | null = null;

/** The gazetteer, loaded on first use. Throws a one-line error when the index was never built. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  if (!existsSync(GAZETTEER_PATH)) throw new Error(`gazetteer index missing at ${GAZETTEER_PATH}: run \`npm run build\``);
  const started = performance.now();
  const file = JSON.parse(readFileSync(GAZETTEER_PATH, 'utf8')) as GazetteerFile;
  cached = index(file);
  cached.loadMs = performance.now() - started;
  return cached;
}

function index(file: GazetteerFile): Gazetteer {
  const byName = new Map<string, Place[]>();
  const add = (name: string, place: Place) => {
    const key = placeKey(name);
    if (!key) return;
    const list = byName.get(key);
    const entry = isAcronym(name) ? { ...place, acronym: true } : place;
    if (!list) byName.set(key, [entry]);
    else if (!list.some((p) => p.kind === place.kind && p.name === place.name && p.cc === place.cc && p.admin === place.admin)) list.push(entry);
  };
  const c = file.cities;
  const countryPop = new Map<string, number>();
  const adminPop = new Map<string, number>();
  for (let i = 0; i < c.id.length; i++) {
    countryPop.set(c.cc[i], (countryPop.get(c.cc[i]) ?? 0) + c.pop[i]);
    const ak = `${c.cc[i]}.${c.admin[i]}`;
    adminPop.set(ak, (adminPop.get(ak) ?? 0) + c.pop[i]);
  }
  const countries = new Map<string, Place>();
  const demonyms = new Map<string, string>();
  for (const k of file.countries) {
    const place: Place = { kind: 'country', name: k.name, cc: k.cc, lat: k.lat, lon: k.lon, pop: countryPop.get(k.cc) ?? 0 };
    countries.set(k.cc, place);
    for (const n of k.names) add(n, place);
    for (const d of k.demonyms) {
      const key = placeKey(d);
      if (!demonyms.has(key)) demonyms.set(key, k.cc);
      if (!demonyms.has(`${key}s`)) demonyms.set(`${key}s`, k.cc);
    }
  }
  for (const r of file.regions) add(r.name, { kind: 'region', name: r.name, cc: '', lat: r.lat, lon: r.lon, pop: 0 });
  const admin1Names = new Map<string, string>();
  for (const a of file.admin1) {
    const [cc, admin] = a.code.split('.');
    admin1Names.set(a.code, a.name);
    if (WORD_REGION_NAMES.has(placeKey(a.name))) continue;
    add(a.name, { kind: 'admin1', name: a.name, cc, admin, lat: a.lat, lon: a.lon, pop: adminPop.get(a.code) ?? 0 });
  }
  for (let i = 0; i < c.id.length; i++) {
    const place: Place = { kind: 'city', name: c.name[i], cc: c.cc[i], admin: c.admin[i], lat: c.lat[i], lon: c.lon[i], pop: c.pop[i], geonameId: c.id[i], fc: c.fc[i] };
    add(c.name[i], place);
    if (c.alt[i]) add(c.alt[i], place);
  }
  return { byName, countries, demonyms, admin1Names, loadMs: 0 };
}

/** Places a surface form may name: acronym entries only match when written in capitals. */
export function lookupPlaces(surface: string): Place[] {
  const list = gazetteer().byName.get(placeKey(surface));
  if (!list) return [];
  const inCapitals = isAcronym(surface);
  return list.filter((p) => !p.acronym || inCapitals);
}

/** The country a demonym or ethnonym names ("Tajik", "Tajiks" -> "TJ"), if any. */
export function demonymCountry(surface: string): string | undefined {
  return gazetteer().demonyms.get(placeKey(surface));
}
