// The dateline at the start of a story ("Staunton, Dec. 26 –", "MOSCOW (Reuters) -",
// "WASHINGTON —", "KYIV, Ukraine (AP) —", "LONDON, Feb 17 (Reuters) -"): where and when the
// story was filed. Its date is resolved against the publication date (the latest such date not
// after publication), and a dateline far from publication is worth a warning: the post may be
// a re-publication, or the dateline a typo. Shared by the HTML and text-dump extractors.
import type { Warning } from '../record/types.js';
import { MONTH_ALTERNATION_CASED as MONTHS, monthNumber } from './date-words.js';
import { daysBetween, parseDate, yearFromReference } from './dates.js';

export interface FoundDateline {
  /** The dateline as written, without the space after its dash: "Staunton, Dec. 26 –". */
  raw: string;
  place: string | null;
  /** ISO date, or null when the dateline carries no date (or it cannot be resolved). */
  date: string | null;
  /** Whether the dateline writes the year of its date (else the year comes from publication). */
  yearWritten: boolean;
  /** How many characters to cut from the paragraph start to remove the dateline and the space after it. */
  length: number;
}

/** A dateline date more than this many days from publication gets a warning (a week covers slow blogs). */
export const DATELINE_FAR_DAYS = 7;
/** Datelines are short; a longer "place" is a sentence that happens to contain a dash. */
const MAX_DATELINE_LENGTH = 80;

const UPPER_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’.-]+";
const TITLE_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’.-]*\\p{Ll}";
// "SAN FRANCISCO", "ST. PETERSBURG" / "Staunton", "Rio de Janeiro", "Ho Chi Minh City"
// "NEW YORK/LONDON (Reuters) -": wire stories filed from two cities.
const UPPER_PLACE = `${UPPER_WORD}(?:[ /-]${UPPER_WORD}){0,3}`;
const TITLE_PLACE = `${TITLE_WORD}(?:[ -](?:${TITLE_WORD}|de|da|do|del|la|el|am|an|upon|on)){0,3}`;
// A region or country after the city: "KYIV, Ukraine", "Bishkek, KYRGYZSTAN".
const REGION = `(?:,\\s*(${TITLE_PLACE}|${UPPER_PLACE}))?`;
const DATE = `(?:,?\\s*((?:${MONTHS})\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\.?\\s+(?:${MONTHS})\\.?(?:\\s+\\d{4})?))?`;
const AGENCY = "(?:\\s*\\(([\\p{L}\\p{N}/&.' -]{1,40})\\))?";
// "–", "—", "-", "--", and EFE's ".-" ("MADRID, 17 feb (EFE).-").
const DASH = '\\s*(?:[–—―]|-{1,2}|\\.-)(?=\\s)';
const COLON = '\\s*:(?=\\s)';

/** What every dateline holds within its first MAX_DATELINE_LENGTH characters: a capital first
 * letter and a dash or colon before a space (the end of DASH or COLON; the space may be the
 * character after). Paragraphs without them are passed over before the two dateline patterns
 * run: those patterns (every month form in three cases) cost V8 milliseconds to compile for each
 * kind of string they meet, a large share of a one-page process's time. */
const DATELINE_START = /^\p{Lu}/u;
const DATELINE_END = /[–—―:-](?=\s)/u;

const UPPER_DATELINE = new RegExp(`^(${UPPER_PLACE})${REGION}${DATE}${AGENCY}(?:${DASH}|${COLON})`, 'u');
const TITLE_DATELINE = new RegExp(`^(${TITLE_PLACE})${REGION}${DATE}${AGENCY}${DASH}`, 'u');

/** What each dateline pattern needs before it is worth running: each of the two patterns compiles
 * to over 300 KB of regex bytecode (the Unicode classes, repeated), 4–6 ms of CPU for each kind of
 * string in every process that runs it (measured 4 Dec 2026 with the CLI's --no-regexp-tier-up),
 * while these tests cost next to nothing. UPPER_DATELINE starts with an
 * UPPER_WORD, so its first two characters are these. A TITLE_DATELINE match counts only with a
 * date or an agency within MAX_DATELINE_LENGTH characters (see findDateline), and both hold a digit
 * or "(" there; its first word is a TITLE_WORD, whose second character is a lower-case letter, a
 * mark or one of the punctuation marks below. test/extract-text/dateline.test.ts checks them
 * against the patterns. */
const UPPER_START = /^\p{Lu}[\p{Lu}\p{M}'’.-]/u;
const TITLE_START = /^\p{Lu}[\p{Ll}\p{M}'’.-]/u;
const DATE_OR_AGENCY = /[\d(]/;

/** @internal The patterns and their cheap preconditions, for the test that checks one implies the other. */
export const DATELINE_PATTERNS = { UPPER_DATELINE, TITLE_DATELINE, UPPER_START, TITLE_START, DATE_OR_AGENCY };

/** Capitalised lead-ins that look like a dateline but are labels ("BREAKING —", "UPDATE:"). */
const NOT_PLACES = new Set([
  'breaking',
  'update',
  'updated',
  'exclusive',
  'analysis',
  'opinion',
  'editorial',
  'watch',
  'live',
  'video',
  'photos',
  'commentary',
  'review',
  'note',
  'editor’s note',
  "editor's note",
  'correction',
  'summary',
  'warning',
  'ps',
  'p.s',
  'q',
  'a',
  'i',
  'ok',
  'so',
  'but',
  'and',
  'yes',
  'no',
  'now',
  'today',
  'first',
  'meanwhile',
  'however',
]);

export function findDateline(firstParagraph: string, published: string | null): FoundDateline | null {
  const s = firstParagraph.trimStart();
  const lead = firstParagraph.length - s.length;
  if (!DATELINE_START.test(s) || !DATELINE_END.test(s.slice(0, MAX_DATELINE_LENGTH + 1))) return null;
  const upperMatch = UPPER_START.test(s) ? s.match(UPPER_DATELINE) : null;
  const m =
    upperMatch ??
    (TITLE_START.test(s) && DATE_OR_AGENCY.test(s.slice(0, MAX_DATELINE_LENGTH)) ? s.match(TITLE_DATELINE) : null);
  if (!m) return null;
  const [whole, place, region, dateText, agency] = m;
  const upper = upperMatch !== null;
  // A title-case place is too common a sentence opening ("Meanwhile –") to trust without a date or agency.
  if (!upper && !dateText && !agency) return null;
  if (NOT_PLACES.has(place.toLowerCase()) || monthNumber(place) !== null) return null;
  if (region && monthNumber(region) !== null) return null;
  if (whole.length > MAX_DATELINE_LENGTH) return null;
  const rest = s.slice(whole.length).match(/^\s*/u)![0].length;
  const date = dateText ? datelineDate(dateText, published) : null;
  return {
    raw: whole.trim(),
    place: [place, region].filter(Boolean).map(titleCase).join(', '),
    date: date?.slice(0, 10) ?? null,
    yearWritten: !!dateText && /\b\d{4}\b/u.test(dateText),
    length: lead + whole.length + rest,
  };
}

/**
 * The date of "Dec. 26", "17 feb", "March 3, 2022": read directly, since in a dateline even a short
 * lower-case month ("17 feb") is certainly a month; the year comes from the publication date.
 */
function datelineDate(text: string, published: string | null): string | null {
  const month = text.match(/\p{L}+/u),
    day = text.match(/\b\d{1,2}\b/u),
    year = text.match(/\b\d{4}\b/u);
  const mo = month ? monthNumber(month[0]) : null;
  if (!mo || !day) return null;
  const y = year ? +year[0] : yearFromReference(mo, +day[0], published);
  return y === undefined ? null : parseDate(`${y}-${String(mo).padStart(2, '0')}-${day[0].padStart(2, '0')}`);
}

/** A warning when the dateline's date is far from the publication date. */
export function datelineWarnings(dateline: { date: string | null } | null, published: string | null): Warning[] {
  if (!dateline?.date || !published) return [];
  const days = daysBetween(dateline.date, published.slice(0, 10));
  if (Math.abs(days) <= DATELINE_FAR_DAYS) return [];
  const message =
    days > 0
      ? `dateline is ${days} days older than the post (dateline ${dateline.date}, published ${published.slice(0, 10)})`
      : `dateline is ${-days} days after the post (dateline ${dateline.date}, published ${published.slice(0, 10)})`;
  return [{ code: 'dateline-far-from-published', message }];
}

/** "SAN FRANCISCO" -> "San Francisco"; mixed case is kept as written. */
function titleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s'’./-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}
