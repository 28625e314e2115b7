// Author names from raw byline values: drops "By"/"Written by", dates, roles, e-mail addresses
// and URLs; splits multi-author bylines ("A, B and C", "A & B"); keeps credentials off the list.
// (Interim, until the shared src/extract/authors.ts lands; then this file goes.)

/** Lead-ins of bylines in English and the main European languages. */
const LEAD_IN = /^\s*(written\s+by|posted\s+by|published\s+by|reviewed\s+by|by|von|par|por|di|door|av|af|author|autor|auteur|text)\s*[:\-–—]?\s+/i;
/** A date or "updated"/"published" clause that follows the name in a byline block. */
const TRAILING_CLAUSE = /\s*(\||•|·|—|–|-|,)?\s*(updated|published|posted|on|le|am|el|il)?\s*[:]?\s*(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\p{L}{3,9}\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4}|\d+\s+(minutes?|hours?|days?)\s+ago).*$/iu;
/** Separators between several authors. */
const AUTHOR_SEPARATOR = /\s*(?:,\s*and\s+|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+|\s+e\s+|\s+en\s+|\s*&\s*|\s*;\s*|\s*\|\s*|,\s*)/i;
/** Credentials and roles that follow names after a comma ("Jane Doe, MD", "John Roe, Staff Writer"). */
const CREDENTIAL = /^(ph\.?\s?d\.?|m\.?d\.?|r\.?d\.?|m\.?s\.?|m\.?a\.?|b\.?a\.?|jr\.?|sr\.?|mph|mba|rn|cpa|esq\.?|e-ryt\s*\d*|staff\s+writer|contributor|senior\s+.*|.*\s+(editor|reporter|correspondent|writer|columnist)|editor|reporter|correspondent|columnist)$/i;
/** A one-word run of capitals after a comma is a credential ("MS", "RD", "FAND", "E-RYT"). */
const CREDENTIAL_ABBREVIATION = /^[A-Z]{2,6}(-[A-Z]+)?( \d+)?$/;
/** Names that stand for the publication rather than a person; used only when nothing better exists. */
export const GENERIC_AUTHOR = /^(staff|admin|administrator|editor|editors|editorial(\s+(staff|team|board))?|staff\s+(writer|reporter)s?|web\s*master|guest|anonymous|unknown|redaktion|rédaction|redacción|redazione|newsroom|news\s+desk)$/i;
/** An author value that is a link or an address rather than a name. */
const NOT_A_NAME = /^(https?:|www\.|@)|\S+@\S+\.\S+|^\d+$/i;
/** Longest plausible single author name; longer strings are sentences, not names. */
const MAX_NAME_CHARS = 60;
/** Most words in a plausible name ("Maria de la Cruz Fernández y López" has 7). */
const MAX_NAME_WORDS = 7;

export function cleanAuthorNames(raw: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const value of raw) {
    let s = value.replace(/\s+/g, ' ').trim();
    if (NOT_A_NAME.test(s)) continue;
    s = s.replace(LEAD_IN, '').replace(TRAILING_CLAUSE, '').trim();
    for (let part of s.split(AUTHOR_SEPARATOR)) {
      part = part.replace(LEAD_IN, '').replace(/^[\s,.;:|–—-]+|[\s,;:|–—-]+$/g, '').trim();
      if (!part || CREDENTIAL.test(part) || CREDENTIAL_ABBREVIATION.test(part) || NOT_A_NAME.test(part)) continue;
      if (part.length > MAX_NAME_CHARS || part.split(' ').length > MAX_NAME_WORDS) continue;
      const key = part.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(part);
    }
  }
  return out;
}
