// "Senate Leader", "Senior Vice President", "General Manager": a post written in capitals, which the
// tagger may read as a person's name or an organisation's. No person's name ends in one of these nouns.
import type { Doc } from '../../doc.js';
import { isCapitalised } from '../../../text/letters.js';
import { nestedPlaces, type Mention } from './classify.js';

/**
 * The posts that head no organisation's or publication's name either (not "Leader" of the "Argus
 * Leader", "Economist", "Scientist", "Director", "Manager"): a name typed ORG that ends in one is a
 * post ("UK Home Secretary", "Foreign Minister"), unless an "of" names the office ("Office of the
 * President").
 */
export const OFFICE_HOLDERS: ReadonlySet<string> = new Set([
  'president',
  'vice-president',
  'minister',
  'premier',
  'secretary',
  'senator',
  'governor',
  'attorney',
  'ambassador',
  'envoy',
  'chairman',
  'chairwoman',
  'chairperson',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'congressman',
  'congresswoman',
  'councillor',
  'councilman',
]);

/**
 * Nouns that head the name of a post (from general knowledge of English job titles), less those
 * that are also surnames ("King", "Bishop", "Chancellor", "Mayor", "Speaker", "Judge", "Dean",
 * "Marshal", "Major", "Coach"): a name ending in one of those may be a person's.
 */
const POST_HEADS: ReadonlySet<string> = new Set([
  ...OFFICE_HOLDERS,
  'director',
  'leader',
  'officer',
  'deputy',
  'commissioner',
  'inspector',
  'analyst',
  'researcher',
  'economist',
  'scientist',
  'correspondent',
  'editor',
  'founder',
  'manager',
  'executive',
  'official',
  'lawyer',
  'expert',
  'lawmaker',
  'legislator',
  'professor',
  'sheriff',
]);

/**
 * The posts of POST_HEADS (and their plurals) that are held in a body, never in a person: "the
 * director of Acme", "the chief executive of Acme Media". Not those held for a person too ("a
 * spokeswoman for Neumann", "the lawyer of Smith", "an envoy of the president", "his secretary").
 */
export const BODY_POSTS: ReadonlySet<string> = new Set([
  'president',
  'vice-president',
  'chairman',
  'chairwoman',
  'chairperson',
  'director',
  'founder',
  'manager',
  'executive',
  'officer',
  'leader',
  'editor',
]);

const lastWord = (text: string) => text.slice(text.lastIndexOf(' ') + 1).toLowerCase();

/**
 * Drops the person mentions (and the words not yet typed, which decide() may make persons) whose
 * last word heads a post's name, and the lone words right before such a head written in capitals:
 * the "Vice" of "Vice President Biden", the "Deputy" of "Deputy Director Lee"; an organisation
 * that names a post gives way to the places in it.
 */
export function dropPostTitles(doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.flatMap((m) => {
    // "the then [UK Home Secretary], Sajid Javid": the post is no organisation; its place stays.
    if (isPostTypedOrg(m)) return nestedPlaces(doc, m.tok[0], m.tok[1]);
    const keep =
      (m.type !== 'PERSON' && m.type !== null) || !(POST_HEADS.has(lastWord(m.text)) || beforePostHead(doc, m));
    return keep ? [m] : [];
  });
}

const isPostTypedOrg = (m: Mention) =>
  m.type === 'ORG' && m.tok[1] - m.tok[0] >= 2 && OFFICE_HOLDERS.has(lastWord(m.text)) && !/ of /i.test(m.text);

function beforePostHead(doc: Doc, m: Mention): boolean {
  if (m.tok[1] - m.tok[0] !== 1) return false;
  const next = doc.tokens[m.tok[1]];
  return (
    next !== undefined &&
    next.sentence === doc.tokens[m.tok[0]].sentence &&
    isCapitalised(next.text) &&
    POST_HEADS.has(next.lower)
  );
}
