// A personal site is named after its owner ("Polly Barks", "Jane Doe — Notes"): with no author
// anywhere else on the page, that name is the author. Only a name that opens with a known given
// name counts, so an outlet named like a person's name ("Harvard Crimson") is not taken. An
// author given by first name only ("Brett") on a site named after them ("Brett Larkin Yoga")
// gets the full name from the site's.
import { cleanAuthors } from '../../authors.js';
import { isGivenName } from '../../../text/given-names.js';
import type { PageScan } from './scan.js';
import { decodeReferences } from './entities.js';

/** Separators between a page title and the site's name ("Post title | Jane Doe"). */
const TITLE_SITE_SEPARATOR = /\s+[|–—·-]\s+/;
/** A site owner's name: a given name and a surname, perhaps with a middle initial. Longer names
 * are mostly organisations ("Ava Community Energy", "Penn State DuBois"). */
const OWNER_NAME = /^(\p{Lu}[\p{L}'’-]+)(?:\s\p{Lu}\.)?\s\p{Lu}[\p{L}'’-]+$/u;

/** Names the site goes by: og:site_name, the last part of a title that has several, and the
 * titles of its feeds (<link rel=alternate type=application/rss+xml title="Jane Doe">). */
function siteNames(scan: PageScan): string[] {
  const titleParts = scan.titleText?.split(TITLE_SITE_SEPARATOR) ?? [];
  return [
    ...(scan.metas.get('og:site_name') ?? []),
    ...(titleParts.length > 1 ? [titleParts[titleParts.length - 1]] : []),
  ];
}

/** What feed titles add after the site's name ("Jane Doe » Feed", "Jane Doe - RSS"). */
const FEED_TITLE_TAIL = /\s*(?:[»›|:–—-]\s*)?(?:comments\s+)?(?:feed|rss|atom)(?:\s+feed)?\s*$/i;

/** The titles of the feeds the page links to, without "» Feed"; comment feeds left out. */
function feedTitles(scan: PageScan): string[] {
  return scan.feedTitles
    .filter((t) => !/comments/i.test(t))
    .map((t) => decodeReferences(t).replace(FEED_TITLE_TAIL, ''));
}

/** Whether the page's host is a subdomain named by the person's given name ("jane.example-blogs.dev"
 * for Jane Doe): blogging platforms give each writer one. Registrable names are not used, since
 * firms are named after their founders ("dowjones.com"). */
function subdomainNames(name: string, url: string | undefined): boolean {
  let labels: string[];
  try {
    labels = url ? new URL(url).hostname.toLowerCase().split('.') : [];
  } catch {
    return false;
  }
  if (labels[0] === 'www') labels.shift();
  if (labels.length < 3) return false;
  // The given name alone: a subdomain spelling a whole two-word name is as often a product's
  // ("beconnected." for "Be Connected").
  return labels[0] === name.toLowerCase().split(/\s+/)[0];
}

/** A site name that is a given name and a surname, perhaps with one or two capitalised words
 * after ("Brett Larkin Yoga"); a phrase ("Lillie Eats and Tells") is no name. */
const OPENS_WITH_NAME = /^(\p{Lu}[\p{L}'’-]+)\s(\p{Lu}[\p{L}'’-]+)(?:\s\p{Lu}[\p{L}'’-]*){0,2}$/u;

/** The full name of an author given by a first name alone, from a site named after them
 * ("Brett" on "Brett Larkin Yoga" -> "Brett Larkin"), else null. */
export function ownerFullName(scan: PageScan, firstName: string): string | null {
  if (!isGivenName(firstName.toLowerCase())) return null;
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
  return !!given && isGivenName(given.toLowerCase());
}

/** The site owner's name when the site is named after a person, else null: a name that opens
 * with a known given name, or any two-word name whose given name is the page's subdomain. */
export function siteOwner(scan: PageScan, url?: string): string | null {
  for (const candidate of [...siteNames(scan), ...feedTitles(scan)]) {
    const names = cleanAuthors(candidate.trim());
    if (names.length !== 1) continue;
    if (isOwnerName(names[0]) || (OWNER_NAME.test(names[0]) && subdomainNames(names[0], url))) return names[0];
  }
  return null;
}
