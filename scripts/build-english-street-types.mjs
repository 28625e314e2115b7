// node scripts/build-english-street-types.mjs <libpostal dictionaries folder>
// Writes models/english-street-types.txt: the English words and abbreviations that name a kind of
// street, road or square after the street's name ("drive", "avenue", "ave", "st"), one a line,
// sorted, for the times rule that a four-digit number before a name and such a word is a house
// number, not a year ("of 1909 Jolinda Drive", times/granular.ts). Every spelling of each entry of
// libpostal's English street_types.txt (the full word and its abbreviations after "|"): single
// words of letters only, two letters or more, lower-cased.
// Source: libpostal's address dictionaries via pelias-parser 4.1.0 (libpostal-dictionaries.mjs).
import { dictionariesFolder, entries, writeWordList } from './libpostal-dictionaries.mjs';

const dir = dictionariesFolder('build-english-street-types.mjs');
const WORD = /^\p{L}{2,}$/u;

const words = new Set();
for (const spellings of entries(dir, 'en', 'street_types.txt'))
  for (const w of spellings) if (WORD.test(w)) words.add(w);
writeWordList('english-street-types.txt', words, 'English street types');
