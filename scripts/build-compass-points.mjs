// node scripts/build-compass-points.mjs <libpostal dictionaries folder>
// Writes models/compass-points.txt: the English compass points ("north", "southwest"), one a line,
// sorted, for the entity rule that a place followed in its name by one names a part of that
// place ("Kowloon West", place-led-names.ts). The first spelling of each entry of libpostal's
// English directionals.txt that is one word and a point of the compass: not the adjectives in
// "-ern" nor "upper", "lower", "middle", "central", "center", "centre", which stand before a
// place's name ("Upper Egypt").
// Source: libpostal's address dictionaries via pelias-parser 4.1.0 (libpostal-dictionaries.mjs).
import { dictionariesFolder, entries, writeWordList } from './libpostal-dictionaries.mjs';

const dir = dictionariesFolder('build-compass-points.mjs');
const NOT_POINTS = new Set(['upper', 'lower', 'middle', 'central', 'center', 'centre']);

const words = new Set();
for (const [w] of entries(dir, 'en', 'directionals.txt')) {
  if (/^\p{L}+$/u.test(w) && !w.endsWith('ern') && !NOT_POINTS.has(w)) words.add(w);
}
writeWordList('compass-points.txt', words, 'compass points');
