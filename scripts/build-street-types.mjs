// node scripts/build-street-types.mjs <libpostal dictionaries folder>
// Writes models/street-types.txt: the words that name a kind of street, road or square in
// languages other than English ("corso", "via", "rue", "calle", "avenida", "rua"), one a line,
// sorted, for the entity rule that a name right after such a word is a street, a facility, not the
// person or the town it is named after ("corso Monforte, 15, Milan" is no person Monforte;
// street-types.ts). The full word (the first spelling) of every entry of each language's
// street_types.txt but English's (WordNet's street heads, models/street-heads.txt, cover English, whose street word
// follows the name): single words of letters only, three letters or more, lower-cased.
// Source: libpostal's address dictionaries via pelias-parser 4.1.0 (libpostal-dictionaries.mjs).
import { dictionariesFolder, entries, languagesWith, writeWordList } from './libpostal-dictionaries.mjs';

const dir = dictionariesFolder('build-street-types.mjs');
const WORD = /^\p{L}{3,}$/u;

const words = new Set();
for (const language of languagesWith(dir, 'street_types.txt')) {
  if (language === 'en') continue;
  // The full word only: the spellings after it are abbreviations ("foro|for", "androna|and").
  for (const [w] of entries(dir, language, 'street_types.txt')) if (WORD.test(w)) words.add(w);
}
writeWordList('street-types.txt', words, 'street words');
