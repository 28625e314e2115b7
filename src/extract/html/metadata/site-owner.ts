// A personal site is named after its owner ("Polly Barks", "Jane Doe — Notes"): with no author
// anywhere else on the page, that name is the author. Only a name that opens with a known given
// name counts, so an outlet named like a person's name ("Harvard Crimson") is not taken.
import { cleanAuthors } from '../../authors.js';
import { englishGivenNames, worldGivenNames } from '../../../text/given-names.js';
import type { PageScan } from './scan.js';

function isGivenName(word: string): boolean {
  const low = word.toLowerCase();
  return englishGivenNames().has(low) || worldGivenNames().has(low);
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
