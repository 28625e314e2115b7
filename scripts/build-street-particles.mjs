// node scripts/build-street-particles.mjs <libpostal dictionaries folder>
// Writes models/street-particles.txt: the small words that stand between a street word and the
// street's name in languages other than English ("rue de Rivoli", "via del Corso", "avenida de
// la Constitución"), one a line, sorted, for the entity rule that such a street is a facility
// (street-types.ts). Every single-word entry (letters only, its first spelling) of each
// language's stopwords.txt but English's (two letters or more), less every spelling in English's
// stopwords.txt ("the", "a", "in", "via"), so that "via the Azores" keeps its place.
// Source: libpostal's address dictionaries via pelias-parser 4.1.0 (libpostal-dictionaries.mjs).
import { dictionariesFolder, entries, languagesWith, writeWordList } from './libpostal-dictionaries.mjs';

const dir = dictionariesFolder('build-street-particles.mjs');
// Two letters or more: a lone letter ("e", "y", "o") is too often something else.
const WORD = /^\p{L}{2,}$/u;

const english = new Set(entries(dir, 'en', 'stopwords.txt').flat());
const words = new Set();
for (const language of languagesWith(dir, 'stopwords.txt')) {
  if (language === 'en') continue;
  for (const [w] of entries(dir, language, 'stopwords.txt')) {
    if (WORD.test(w) && !english.has(w)) words.add(w);
  }
}
writeWordList('street-particles.txt', words, 'street particles');
