// What one line of a dump is: furniture, a date header, a byline, a title candidate or prose.
import { cleanAuthors } from '../authors.js';
import { WEEKDAYS, ZONE_WORDS } from '../date-words.js';
import { findDate, findDates, type DateOptions } from '../dates.js';
import {
  BOILERPLATE_LINE,
  BYLINE_LEAD,
  CAPTION_LINE,
  COOKIE_NOTICE,
  COOKIE_NOTICE_MAX_WORDS,
  DATE_LINE_FILLER,
  NAV_LINE,
} from './patterns.js';

/** Prose has at least this many words (a title rarely does, a body paragraph usually does). */
const PROSE_MIN_WORDS = 12;
/** Titles are at most this long. */
const TITLE_MAX_WORDS = 30;
/** A bare-name byline ("Paul Goble") has at most this many words. */
const BARE_BYLINE_MAX_WORDS = 8;

/** Date and byline lines are short; longer lines are not worth parsing for them. */
const HEADER_LINE_MAX_CHARS = 250;

export const wordCount = (s: string): number => s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Navigation, share buttons, captions, cookie notices, lines without a letter ("--", "·", "12"). */
export function isFurniture(line: string): boolean {
  return (
    BOILERPLATE_LINE.test(line) ||
    NAV_LINE.test(line) ||
    CAPTION_LINE.test(line) ||
    !/[\p{L}]/u.test(line) ||
    (COOKIE_NOTICE.test(line) && wordCount(line) <= COOKIE_NOTICE_MAX_WORDS)
  );
}

/** The date of a line that is only a date, give or take a weekday, a time and words like "Published". */
export function dateLineValue(line: string, opts: DateOptions): string | null {
  if (line.length > HEADER_LINE_MAX_CHARS || wordCount(line) > DATE_LINE_MAX_WORDS) return null;
  const found = findDates(line, opts);
  if (!found.length) return null;
  // What is left once every date is cut ("Published: … | Updated: …") must be filler.
  let rest = line;
  for (const f of [...found].reverse()) rest = `${rest.slice(0, f.start)} ${rest.slice(f.end)}`;
  const words = rest.toLowerCase().match(/[\p{L}.'ʼ-]+/gu) ?? [];
  const ok = words.every((w) => {
    const word = w.replace(/^[.'-]+|[.'-]+$/gu, '');
    return !word || DATE_LINE_FILLER.has(word) || WEEKDAYS.has(word) || ZONE_WORDS.has(word);
  });
  return ok ? found[0].value : null;
}
/** "Published: Thursday, 17 February 2022, 10:12 GMT | Updated: …" stays under this. */
const DATE_LINE_MAX_WORDS = 24;

export interface Byline {
  authors: string[];
  /** A date written in the byline line ("By Jane Doe | March 3, 2022"). */
  date: string | null;
}

/** "By Jane Doe", "Posted by X at 10:12 AM", "Jane Doe | March 3, 2022". */
export function leadBylineOf(line: string, opts: DateOptions): Byline | null {
  if (line.length > HEADER_LINE_MAX_CHARS || wordCount(line) > BYLINE_MAX_WORDS) return null;
  const found = findDate(line, opts);
  // "Posted on March 3, 2022 by Anna Petrova": the lead-in follows the date.
  const rest = found
    ? `${line.slice(0, found.start)} ${line.slice(found.end)}`
        .replace(DATE_LEAD_IN, '')
        .replace(/[\s|,·•–—-]+$/u, '')
        .trim()
    : line;
  // "Tom Talbot · October 14, 2025": a name and a date with nothing else is a byline too.
  const authors = BYLINE_LEAD.test(rest) ? cleanAuthors(rest) : found ? (bareBylineOf(rest) ?? []) : [];
  return authors.length ? { authors, date: found?.value ?? null } : null;
}
const BYLINE_MAX_WORDS = 25;
/** What is left before the byline once its date is cut: "Posted on", "Published", "|". */
const DATE_LEAD_IN = /^[\s|,·–—-]*(?:(?:posted|published|updated)\s*)?(?:on\s*)?[\s|,·–—-]*/iu;

/** A line that is nothing but one or more person names ("Paul Goble", "Jane Doe and John Roe"). */
export function bareBylineOf(line: string): string[] | null {
  if (wordCount(line) > BARE_BYLINE_MAX_WORDS || /[.!?:;"“”«»]$/u.test(line) || /\d/u.test(line)) return null;
  const authors = cleanAuthors(line);
  if (!authors.length || authors.some((a) => !BARE_NAME.test(a))) return null;
  // Every word of the line must belong to a name or be a joiner; otherwise it is a headline.
  const nameWords = new Set(authors.join(' ').toLowerCase().split(/\s+/u));
  const words = line.replace(/,/gu, ' , ').split(/\s+/u).filter(Boolean);
  if (words.some((w) => HEADLINE_WORDS.has(w.toLowerCase()))) return null;
  return words.every((w) => nameWords.has(w.toLowerCase()) || NAME_JOINERS.has(w.toLowerCase()) || CREDENTIAL.test(w))
    ? authors
    : null;
}

/** Between the names of a multi-author byline. */
const NAME_JOINERS = new Set(['and', '&', 'und', 'et', 'y', 'e', 'en', 'i', 'и', 'і', 'та', ',']);

/** Words of title-case headlines and menus that are not in people's names ("Talks Between Dushanbe and Bishkek Stall Again"). */
const HEADLINE_WORDS = new Set(
  (
    'to in on of for with between after before over under again as at by from into onto is are was were be been will would ' +
    'can could may says say said new not no how why what who when where amid against about than this that these those ' +
    'our your my its their us we you it all more most top best home news contact about services blog menu type size ' +
    'facebook twitter youtube linkedin instagram medium pinterest tiktok whatsapp telegram reddit email login register'
  ).split(' '),
);

/** Letters after a name: "Dylan Bailey, MS, RD", "Jane Roe, Ph.D.", "John Doe Jr.". */
const CREDENTIAL = /^(?:\p{Lu}{2,6}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|(?:\p{Lu}\.){2,4})$/u;

/** A person's name on a line of its own: two to four words, none a possessive ("Kazakhstan's"). */
const BARE_NAME = /^(?!.*['’]s\b)\S+(?:\s\S+){1,3}$/u;

/** Could be a headline: short, not a sentence fragment ending in ":", not furniture, not a date we could not resolve ("Updated: Jan 31"). */
export function isTitleCandidate(line: string): boolean {
  const n = wordCount(line);
  return (
    n >= 2 &&
    n <= TITLE_MAX_WORDS &&
    !/[:,]$/u.test(line) &&
    !isFurniture(line) &&
    !dateLineValue(line, { reference: ANY_REFERENCE })
  );
}
/** Any date serves to recognise a year-less date line as a date line. */
const ANY_REFERENCE = '2000-01-01';

/**
 * Body-like text: long enough and ending like a sentence. Headlines can be as long, but rarely end
 * with a full stop; a very long line is prose whatever its end (a stripped link can cut it).
 */
export function isProse(text: string): boolean {
  const n = wordCount(text);
  return n >= PROSE_MIN_WORDS && (SENTENCE_END.test(text) || n >= PROSE_ANY_END_WORDS);
}
// Not a bare ")": headlines end with one ("… (and How to Start)"); sentences end ".)" or "?)".
// A trailing "(" is a sentence whose cited link was stripped ("… in that country (").
const SENTENCE_END = /(?:[.!?…:;"”»'’(]|[.!?…]\))$/u;
/** A line this long is a paragraph even without a sentence end (headlines are shorter). */
const PROSE_ANY_END_WORDS = 40;
