// node scripts/build-company-words.mjs [path/to/companies.txt]
// Writes models/company-words.txt: the words of company names that are nobody's given name or
// surname, one per line (sorted), for the entity rule that retypes a company the tagger read as a
// person ("Uber", "Gannett", "Northrop Grumman": src/analyze/components/entities/company-words.ts).
// Source: the company dictionary of cspell, @cspell/dict-companies 3.2.13 (MIT, Street Side
// Software), its dict/companies.txt: one word of a company's or brand's name a line (2,300-odd).
// The package is not a dependency: fetch it with `npm pack @cspell/dict-companies@3.2.13` and pass
// the unpacked package/dict/companies.txt (default: the copy under node_modules, if installed).
// Left out, as they may be a person's name: the given names of models/given-names.txt and the
// surnames of every locale of @faker-js/faker (MIT, a devDependency, read only here); plain English
// words (a common noun, adjective or verb in wink's English lexicon: "Caterpillar", "Services",
// "Free"), which a company's name shares with the rest of the language; words of fewer than three
// letters; tickers and acronyms ("AAPL", "3M": a name here is a capital and then a lower-case
// letter somewhere).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { personNameWords } from './person-name-words.mjs';

const require = createRequire(import.meta.url);

const SOURCE = process.argv[2] ?? new URL('../node_modules/@cspell/dict-companies/dict/companies.txt', import.meta.url);
const OUT = new URL('../models/company-words.txt', import.meta.url);
/** A capitalised word with a lower-case letter: a name, not a ticker or an acronym. */
const WORD = /^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*$/u;

const personNames = personNameWords();

/** Whether a word is a common noun, adjective or verb of wink's lexicon (as scripts/build-gazetteer.mjs asks). */
const plainWord = (() => {
  const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
  const its = nlp.its;
  const read = (w) => nlp.readDoc(`the ${w} were there`).tokens().itemAt(1);
  const lexiconSize = read('qzxjqzxj').out(its.uniqueId);
  return (word) => {
    const t = read(word.toLowerCase());
    return t.out(its.uniqueId) < lexiconSize && t.out(its.pos) !== 'PROPN';
  };
})();

const words = new Set();
for (const line of readFileSync(SOURCE, 'utf8').split('\n')) {
  const word = line.trim().normalize('NFC');
  if (word.length < 3 || word.startsWith('#') || !WORD.test(word)) continue;
  if (personNames.has(word.toLowerCase()) || plainWord(word)) continue;
  words.add(word);
}
const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(OUT, sorted.join('\n') + '\n');
console.log(`${sorted.length} company words -> ${OUT.pathname}`);
