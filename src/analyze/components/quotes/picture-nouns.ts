// Nouns that name a picture or a recording ("video", "footage", "photo", "snapshot", "recording",
// "film"): models/picture-nouns.txt, written from WordNet by scripts/build-picture-nouns.mjs
// (hyponyms of "picture, image", "photograph", "recording", "movie, film" and "photographic film"
// whose first noun sense is one of these), read once, on first use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../package-root.js';

const PICTURE_NOUNS_PATH = join(PACKAGE_ROOT, 'models', 'picture-nouns.txt');

let listed: ReadonlySet<string> | null = null;

/** Whether the lower-cased word (or its lemma) names a picture or a recording. */
export function isPictureNoun(word: string): boolean {
  listed ??= new Set(readFileSync(PICTURE_NOUNS_PATH, 'utf8').split('\n').filter(Boolean));
  return listed.has(word);
}
