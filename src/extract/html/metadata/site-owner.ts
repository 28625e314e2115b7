// A personal site is named after its owner ("Polly Barks", "Jane Doe — Notes"): with no author
// anywhere else on the page, that name is the author. Only a name that opens with a known given
// name counts, so an outlet named like a person's name ("Harvard Crimson") is not taken. An
// author given by first name only ("Brett") on a site named after them ("Brett Larkin Yoga")
// gets the full name from the site's.
import { cleanAuthors } from '../../authors.js';
import { englishGivenNames, isWorldGivenName } from '../../../text/given-names.js';
import type { PageScan } from './scan.js';

function isGivenName(word: string): boolean {
  const low = word.toLowerCase();
  return englishGivenNames().has(low) || isWorldGivenName(low);
}

/** Separators between a page title and the site's name ("Post title | Jane Doe"). */
const TITLE_SITE_SEPARATOR = /\s+[|–—·-]\s+/;
/** A site owner's name: a given name and a surname, perhaps with a middle initial. Longer names
 * are mostly organisations ("Ava Community Energy", "Penn State DuBois"). */
const OWNER_NAME = /^(\p{Lu}[\p{L}'’-]+)(?:\s\p{Lu}\.)?\s\p{Lu}[\p{L}'’-]+$/u;

/** Names the site goes by: og:site_name, and the last part of a title that has several. */
function siteNames(scan: PageScan): string[] {
  const titleParts = scan.titleText?.split(TITLE_SITE_SEPARATOR) ?? [];
  return [
    ...(scan.metas.get('og:site_name') ?? []),
    ...(titleParts.length > 1 ? [titleParts[titleParts.length - 1]] : []),
  ];
}

/** A site name that is a given name and a surname, perhaps with one or two capitalised words
 * after ("Brett Larkin Yoga"); a phrase ("Lillie Eats and Tells") is no name. */
const OPENS_WITH_NAME = /^(\p{Lu}[\p{L}'’-]+)\s(\p{Lu}[\p{L}'’-]+)(?:\s\p{Lu}[\p{L}'’-]*){0,2}$/u;

/** The full name of an author given by a first name alone, from a site named after them
 * ("Brett" on "Brett Larkin Yoga" -> "Brett Larkin"), else null. */
export function ownerFullName(scan: PageScan, firstName: string): string | null {
  if (!isGivenName(firstName)) return null;
  for (const candidate of siteNames(scan)) {
    const trimmed = candidate.trim();
    // The name must open the site's name: testing that first spares compiling OPENS_WITH_NAME
    // (about 64 KB of regex bytecode) on most pages.
    const m = trimmed.startsWith(firstName) ? OPENS_WITH_NAME.exec(trimmed) : null;
    if (m && m[1] === firstName) return `${m[1]} ${m[2]}`;
  }
  return null;
}

/** Whether a site's name is a person's: a known given name and a surname ("Anil Madhavapeddy");
 * an author of that name on that site is its owner, not the organisation. */
export function isOwnerName(name: string): boolean {
  const given = OWNER_NAME.exec(name)?.[1];
  return !!given && isGivenName(given);
}

/** The site owner's name when the site is named after a person, else null. */
export function siteOwner(scan: PageScan): string | null {
  for (const candidate of siteNames(scan)) {
    const names = cleanAuthors(candidate.trim());
    if (names.length === 1 && isOwnerName(names[0])) return names[0];
  }
  return null;
}
