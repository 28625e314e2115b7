// Date strings as pages write them ("Thursday, February 17, 2022", "17 февраля 2022",
// "17. Februar 2022", "2022-02-17T10:12:00+03:00", "Dec. 26") -> ISO 8601 date or date-time.
// Shared by the HTML and text-dump extractors. Pure: no clock; a year-less date needs a
// `reference`, and future dates are rejected only against a caller-supplied `now`.
//
// Cascade: (1) ISO and numeric forms, (2) month-name forms in ten languages from our own table,
// (3) chrono-node (several locales) for relative dates ("2 days ago", "gestern")
// resolved against the reference. Each stage returns the same `FoundDate`.
import { createRequire } from 'node:module';
import { MONTH_ALTERNATION, TZ_ALTERNATION, monthNumber, zoneOffset } from './date-words.js';

export interface DateOptions {
  /** ISO date the text was written around (publication date): fills in a missing year. */
  reference?: string | null;
  /** Latest acceptable instant (crawl time); later dates are rejected. */
  now?: string | null;
  /** Read ambiguous numeric dates such as 03/04/2022 as day-first (default: month-first for "/"). */
  dayFirst?: boolean;
  /** The page's locale writes the month first (en-US): 03-09-2026 is March 9, as 03/09/2026 is. */
  monthFirst?: boolean;
}

export interface FoundDate {
  /** ISO 8601: "2022-02-17", "2022-02-17T10:12:00" or with an offset. */
  value: string;
  /** [start, end) of the matched text in the searched string. */
  start: number;
  end: number;
  /** True when the year was not written and came from the reference. */
  yearInferred: boolean;
}

/** Pages before this year are outside the web-news era we handle; earlier "dates" are noise. */
export const MIN_YEAR = 1995;
/** Two-digit years below this pivot are 20xx, others 19xx ("17/02/22" is 2022). */
const TWO_DIGIT_YEAR_PIVOT = 70;

// Boundaries that work for Cyrillic and accented letters (JS \b is ASCII-only).
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const M = `(${MONTH_ALTERNATION})\\.?`;
// Ordinal and day suffixes: 17th, 1er, 17., 17º.
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|e|º|ª|\\.)?';
// A time that may follow a date: ", 10:12 AM", " at 10:12", " um 10:12 Uhr", " à 14h30", " в 10:12".
const TIME = `(?:\\s*(?:,|\\||-|–|—|•|·|at|um|à|a las|alle|às|om|o|в|о)?\\s*(\\d{1,2})[:h.](\\d{2})(?::(\\d{2}))?(?:\\s*([ap])\\.?\\s?m\\.?${E})?(?:\\s*(?:uhr|ч\\.?|год\\.?))?(?:\\s*\\(?(${TZ_ALTERNATION}|[+-]\\d{2}:?\\d{2})\\)?${E})?)?`;
// Fillers between parts: "17 de febrero de 2022", "February 17th, 2022", "17 февраля 2022 г.".
const SEP = '[\\s,]*(?:(?:de|del|of)\\s+)?';

/** The written forms, most specific first. Named groups keep the readers below simple. */
const PATTERNS: readonly { re: RegExp; read: (m: RegExpExecArray, opts: DateOptions) => Parts }[] = [
  {
    // ISO 8601 and SQL-style: 2022-02-17, 2022-02-17T10:12:00.000+03:00, 2022-02-17 10:12
    re: new RegExp(
      `${B}(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?${E}`,
      'gu',
    ),
    read: (m) => ({ y: +m[1], mo: +m[2], d: +m[3], h: m[4], mi: m[5], s: m[6], tz: m[7] }),
  },
  {
    // 2022/02/17, 2022.02.17
    re: new RegExp(`${B}(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})${E}${TIME}`, 'gu'),
    read: (m) => ({ y: +m[1], mo: +m[2], d: +m[3], ...time(m, 4) }),
  },
  {
    // 17.02.2022, 17/02/2022, 02/17/22, 17-02-2022
    re: new RegExp(`${B}(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})${E}${TIME}`, 'gu'),
    read: (m, opts) => ({ ...numericDayMonth(+m[1], +m[3], m[2], opts), y: fullYear(m[4]), ...time(m, 5) }),
  },
  {
    // 17-Feb-2022, 04-ago-2021, 17-FEB-22: CMS date stamps joining day, month word and year with hyphens
    re: new RegExp(`${B}(\\d{1,2})-(${MONTH_ALTERNATION})\\.?-(\\d{4}|\\d{2})${E}${TIME}`, 'giu'),
    read: (m) => ({ d: +m[1], mo: monthNumber(m[2]), y: fullYear(m[3]), ...time(m, 4) }),
  },
  {
    // 17 February 2022, 17. Februar 2022, 17 de febrero de 2022, 17 февраля 2022 г., 17 Feb
    re: new RegExp(`${B}${DAY}\\s*${SEP}${M}(?:${SEP}(\\d{4})${E})?${TIME}`, 'giu'),
    read: (m) => ({ d: +m[1], mo: monthNumber(m[2]), y: m[3] ? +m[3] : undefined, ...time(m, 4) }),
  },
  {
    // February 17, 2022; Feb. 17th 2022; Dec. 26
    re: new RegExp(`${B}${M}\\s*${DAY}(?:${SEP}(\\d{4})${E})?${TIME}`, 'giu'),
    read: (m) => ({ mo: monthNumber(m[1]), d: +m[2], y: m[3] ? +m[3] : undefined, ...time(m, 4) }),
  },
  {
    // 2022 February 17, 2022. február 17. (year first)
    re: new RegExp(`${B}(\\d{4})\\.?\\s+${M}\\s+${DAY}${E}${TIME}`, 'giu'),
    read: (m) => ({ y: +m[1], mo: monthNumber(m[2]), d: +m[3], ...time(m, 4) }),
  },
];

// A time written before the date: "4:12 PM UTC, March 9, 2022", "10:12, 17.02.2022".
const PRECEDING_TIME = new RegExp(
  `${B}(\\d{1,2})[:.](\\d{2})(?:\\s*([ap])\\.?\\s?m\\.?)?(?:\\s*(${TZ_ALTERNATION}|[+-]\\d{2}:?\\d{2}))?\\s*(?:,|\\||on)?\\s*$`,
  'iu',
);

interface Parts {
  y?: number;
  mo: number | null;
  d: number;
  h?: string;
  mi?: string;
  s?: string;
  ampm?: string;
  tz?: string;
}

function time(m: RegExpExecArray, i: number): Partial<Parts> {
  return m[i] ? { h: m[i], mi: m[i + 1], s: m[i + 2], ampm: m[i + 3], tz: m[i + 4] } : {};
}

function fullYear(y: string): number {
  const n = +y;
  return y.length === 4 ? n : n < TWO_DIGIT_YEAR_PIVOT ? 2000 + n : 1900 + n;
}

/** 17.02 and 17-02 are day-first in most locales that write them; "/" follows the option, and "-"
 * too on a page whose locale writes the month first (en-US), unless a part exceeds 12. */
function numericDayMonth(a: number, b: number, sep: string, opts: DateOptions): { d: number; mo: number } {
  if (a > 12) return { d: a, mo: b };
  if (b > 12) return { d: b, mo: a };
  const monthFirst = opts.dayFirst ? false : sep === '/' || (sep === '-' && opts.monthFirst === true);
  return monthFirst ? { d: b, mo: a } : { d: a, mo: b };
}

/** The first valid date in `s`, with its position. */
export function findDate(s: string, opts: DateOptions = {}): FoundDate | null {
  const all = findDates(s, opts);
  return all[0] ?? null;
}

/** @internal The written-date patterns, for the test that checks each needs a digit (ANY_DIGIT). */
export const DATE_PATTERNS: readonly RegExp[] = PATTERNS.map((p) => p.re);

/** What every pattern of PATTERNS needs: an ASCII digit (\d means only those, as in the patterns). */
const ANY_DIGIT = /\d/;

/** Every valid date in `s`, in order of position, without overlaps. */
export function findDates(s: string, opts: DateOptions = {}): FoundDate[] {
  const found: FoundDate[] = [];
  // Every written form holds a digit: without one, no pattern is worth a search of the string.
  if (ANY_DIGIT.test(s))
    for (const { re, read } of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        const start = m.index,
          end = m.index + m[0].replace(/[\s,|–—-]+$/u, '').length;
        if (found.some((f) => start < f.end && end > f.start)) continue;
        const parts = read(m, opts);
        if (parts.y === undefined && !plausibleBareMonth(m[0])) continue;
        const before = parts.h === undefined ? s.slice(0, start).match(PRECEDING_TIME) : null;
        const value = toIso(
          before ? { ...parts, h: before[1], mi: before[2], ampm: before[3], tz: before[4] } : parts,
          opts,
        );
        if (value)
          found.push({
            value,
            start: before ? start - before[0].length : start,
            end,
            yearInferred: parts.y === undefined,
          });
      }
    }
  if (found.length === 0 && s.length <= MAX_DATE_STRING && RELATIVE.test(s)) {
    const viaChrono = chronoDate(s, opts);
    if (viaChrono) found.push(viaChrono);
  }
  return found.sort((a, b) => a.start - b.start);
}

// Without a year, a short lower-case month form is more likely a word ("5 out of 10", "2 set"):
// accept it only when written as a month usually is (capitalised, abbreviated with a dot, or in full).
const SHORT_MONTH_WORD = new RegExp(`${B}(${MONTH_ALTERNATION})${E}`, 'iu');
function plausibleBareMonth(match: string): boolean {
  const w = match.match(SHORT_MONTH_WORD);
  if (!w) return true;
  const word = w[1],
    after = match[w.index! + word.length];
  return word.length >= 4 || /\p{Script=Cyrillic}/u.test(word) || word[0] !== word[0].toLowerCase() || after === '.';
}

/** `s` as an ISO date or date-time, or null when it holds no valid date. Takes the first date found. */
export function parseDate(s: string, opts: DateOptions = {}): string | null {
  if (typeof s !== 'string') return null;
  const head = s.length > MAX_DATE_STRING ? s.slice(0, MAX_DATE_STRING) : s;
  return isoAtStart(head, opts) ?? findDate(head, opts)?.value ?? null;
}

/** The date of an ISO 8601 date or date-time opening `s`, when valid: then the first date
 * findDate would give, without trying the other written forms. Most dates parsed are
 * machine-readable (meta tags, JSON-LD, <time datetime>), and each other form costs a search. */
function isoAtStart(s: string, opts: DateOptions): string | null {
  const { re, read } = PATTERNS[0];
  re.lastIndex = 0;
  const m = re.exec(s);
  return m && m.index === 0 ? toIso(read(m, opts), opts) : null;
}
/** Longer strings are paragraphs, not date strings (and chrono is too slow to run on them). */
const MAX_DATE_STRING = 300;
/** Words of relative dates in the languages chrono reads, which our table does not (and German
 * "vor 3 Tagen", matched by its digit in RELATIVE). */
const RELATIVE_WORDS = [
  'ago',
  'yesterday',
  'today',
  'tonight',
  'heute',
  'gestern',
  'hier',
  'aujourd',
  'il y a',
  'ayer',
  'hoy',
  'hace',
  'ieri',
  'oggi',
  'fa',
  'ontem',
  'hoje',
  'há',
  'gisteren',
  'vandaag',
  'geleden',
  'wczoraj',
  'dzisiaj',
  'temu',
  'вчера',
  'сегодня',
  'назад',
  'вчора',
  'сьогодні',
  'тому',
];
/**
 * Strings that may hold a relative date: only they go to chrono (it is slow). Whole words, with
 * the Unicode-aware boundaries above: "hier" is not in "hierarchy", "ayer" not in "player" (where
 * chrono then dated any weekday of the string), and "há" is found before a space (JS \b, ASCII
 * only, saw no boundary after "á"). "aujourd" stops at the apostrophe of "aujourd'hui"; "vor 3"
 * is followed by more digits ("vor 30 Minuten"), so it is bounded before only.
 */
const RELATIVE = new RegExp(`${B}(?:${RELATIVE_WORDS.join('|')})${E}|${B}vor\\s+\\d`, 'iu');

function toIso(p: Parts, opts: DateOptions): string | null {
  if (!p.mo || p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > 31) return null;
  let y = p.y;
  if (y === undefined) {
    y = yearFromReference(p.mo, p.d, opts.reference);
    if (y === undefined) return null;
  }
  if (y < MIN_YEAR || p.d > daysInMonth(y, p.mo)) return null;
  const date = `${y}-${pad(p.mo)}-${pad(p.d)}`;
  const iso = p.h !== undefined ? withTime(date, p) : date;
  if (!iso || isFuture(iso, opts.now)) return null;
  return iso;
}

function withTime(date: string, p: Parts): string | null {
  let h = +p.h!;
  const mi = +(p.mi ?? 0),
    s = +(p.s ?? 0);
  if (p.ampm) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (p.ampm.toLowerCase() === 'p' ? 12 : 0);
  }
  if (h > 23 || mi > 59 || s > 59) return null;
  const offset = p.tz ? zoneOffset(p.tz) : '';
  return `${date}T${pad(h)}:${pad(mi)}:${pad(s)}${offset ?? ''}`;
}

/** The latest (month, day) not after the reference date: "Dec. 26" in a post of 2022-02-17 is 2021-12-26. */
export function yearFromReference(mo: number, d: number, reference?: string | null): number | undefined {
  const ref = reference?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!ref) return undefined;
  const [ry, rm, rd] = [+ref[1], +ref[2], +ref[3]];
  return mo < rm || (mo === rm && d <= rd) ? ry : ry - 1;
}

/** Days from one ISO date to another (b - a), on the date parts only. */
export function daysBetween(a: string, b: string): number {
  const day = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
  return Math.round((day(b) - day(a)) / 86_400_000);
}

/** Compares dates only (a day of slack covers time zones between writer and crawler). */
function isFuture(iso: string, now?: string | null): boolean {
  if (!now || !/^\d{4}-\d{2}-\d{2}/.test(now)) return false;
  return daysBetween(now, iso) > 1;
}

function daysInMonth(y: number, mo: number): number {
  return new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

// chrono-node parsers tried in turn for relative dates, which need a reference to mean anything.
// Loaded on first use, synchronously (its CommonJS build, so callers stay synchronous): pages
// whose dates are written out or machine-readable never need it, and loading it eagerly cost
// every `dateline extract` process about a fifth of a second at start-up.
type ChronoModule = typeof import('chrono-node');
type ChronoParser = Pick<ChronoModule['en']['casual'], 'parse'>;
let chronoParsers: readonly ChronoParser[] | undefined;

function loadChronoParsers(): readonly ChronoParser[] {
  if (chronoParsers) return chronoParsers;
  const chrono = createRequire(import.meta.url)('chrono-node') as ChronoModule;
  chronoParsers = [
    chrono.en.casual,
    chrono.de,
    chrono.fr,
    chrono.es,
    chrono.it,
    chrono.pt,
    chrono.nl,
    chrono.ru,
    chrono.uk,
  ];
  return chronoParsers;
}

function chronoDate(s: string, opts: DateOptions): FoundDate | null {
  if (!opts.reference?.match(/^\d{4}-\d{2}-\d{2}/)) return null;
  const ref = new Date(`${opts.reference.slice(0, 10)}T12:00:00Z`);
  for (const parser of loadChronoParsers()) {
    const r = parser.parse(s, { instant: ref, timezone: 0 }, { forwardDate: false })[0];
    if (!r) continue;
    const c = r.start;
    // A bare weekday or time is not a date.
    if (!c.isCertain('day') && !c.isCertain('weekday') && !RELATIVE.test(r.text)) continue;
    if (!c.isCertain('year') && !plausibleBareMonth(r.text)) continue;
    const iso = toIso({ y: c.get('year')!, mo: c.get('month')!, d: c.get('day')! }, opts);
    if (iso) return { value: iso, start: r.index, end: r.index + r.text.length, yearInferred: !c.isCertain('year') };
  }
  return null;
}
