// What the page says about how it writes dates: whether 12/03/2026 is the 12th of March (day
// first) and which UTC offset its times are in. Read from the page's own language and locale
// signals and the dates it shows, never from its domain.
import type { PageScan } from './scan.js';
import { innerText } from './scan.js';

/** Locales that write the month first in numeric dates (en-US and the few that follow it). */
const MONTH_FIRST_LOCALE = /^en[-_](us|ph|ca|as|gu|mh|fm|pr|um|vi)$/i;
/** Year-first writing systems: their numeric dates are y/m/d, which is never ambiguous. */
const YEAR_FIRST_LANGUAGE = /^(zh|ja|ko|hu|lt)$/i;

/** The language a JSON-LD node states ("inLanguage": "en-GB"; Yoast and news CMSs write it on the
 * WebPage or the article), read from the raw script text without parsing it again. */
const JSON_LD_LANGUAGE = /"inLanguage"\s*:\s*"([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)"/g;
/** A numeric date as pages show it: 25/02/2026, 25.02.26, 25-02-2026. */
const NUMERIC_DATE = /\b(\d{1,2})[./-](\d{1,2})[./-](?:\d{4}|\d{2})\b/g;

/** Ambiguous numeric dates on the page are day-first under a language tag other than English
 * (every other language the extractor reads writes the day first), or English with a region
 * outside the month-first ones (en-GB, en-AU, en-IE, en-IN...). Bare "en" stays month-first.
 * How the page orders ambiguous numeric dates, for the date readers: day-first, or month-first
 * with `monthFirst` only when a locale tag says so (en-US), not by default (bare "en", none).
 * The tags are the page's lang, its locale and language metas and its JSON-LD inLanguage; with
 * none deciding, its own date elements may (shownOrder). */
export function dateOrder(scan: PageScan): DateOrder {
  let found = ordersOf.get(scan);
  if (!found) {
    const order = numericOrder(scan) ?? shownOrder(scan);
    ordersOf.set(scan, (found = { dayFirst: order === 'day-first', monthFirst: order === 'month-first' }));
  }
  return found;
}

export interface DateOrder {
  readonly dayFirst: boolean;
  readonly monthFirst: boolean;
}

/** Each scanned page's order, worked out once: the cascade and two layers ask for it, and each
 * working out runs a pattern over every JSON-LD script and reads the text of the date elements. */
const ordersOf = new WeakMap<PageScan, DateOrder>();

/** The first decisive language tag's order; null when no tag decides (bare "en", none). */
function numericOrder(scan: PageScan): 'day-first' | 'month-first' | null {
  const tags = [
    scan.htmlLang,
    ...(scan.metas.get('og:locale') ?? []),
    ...(scan.metas.get('content-language') ?? []),
    ...(scan.metas.get('language') ?? []),
    ...scan.jsonLd.flatMap((text) => [...text.matchAll(JSON_LD_LANGUAGE)].map((m) => m[1])),
  ]
    .map((t) => t?.trim())
    .filter((t): t is string => !!t);
  for (const tag of tags) {
    const [language, region] = tag.split(/[-_]/);
    if (!/^[a-z]{2,3}$/i.test(language)) continue;
    // Year-first systems never write an ambiguous d/m/y: no order to follow, as with no tag.
    if (language.toLowerCase() !== 'en') return YEAR_FIRST_LANGUAGE.test(language) ? null : 'day-first';
    if (region) return MONTH_FIRST_LOCALE.test(tag) ? 'month-first' : 'day-first';
  }
  return null;
}

const HAS_DIGIT = /\d/;
/** Class/id fragments of elements that hold a date (role elements also name authors and titles). */
const DATE_TOKEN = /date|time|posted|publish|updated|modified/;

/** With no language tag to decide, the order the page's own date elements show: a numeric date
 * whose first number is over 12 (25/02/2026) can only be day-first, one whose second is (02/25/2026)
 * month-first. Null when neither shows, or both do. */
function shownOrder(scan: PageScan): 'day-first' | 'month-first' | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const s of [...scan.times, ...scan.roles.filter((r) => r.tokens.some((t) => DATE_TOKEN.test(t)))]) {
    if (s.inComments) continue;
    const text = innerText(s.el, true);
    if (!HAS_DIGIT.test(text)) continue;
    for (const m of text.matchAll(NUMERIC_DATE)) {
      const [first, second] = [+m[1], +m[2]];
      if (first > 12 && second >= 1 && second <= 12) dayFirst = true;
      else if (second > 12 && first >= 1 && first <= 12) monthFirst = true;
    }
  }
  return dayFirst === monthFirst ? null : dayFirst ? 'day-first' : 'month-first';
}

/** A date-time written in UTC ("…T22:20:00Z", "+00:00"). */
const UTC_TIME = /T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-]00:?00)$/;
/** A date-time with a non-zero offset. */
const OFFSET_TIME = /T\d{2}:\d{2}(?::\d{2})?([+-])(\d{2}):?(\d{2})$/;

/** The UTC offset in minutes of a date-time that gives one other than zero, else null. */
export function localOffsetMinutes(iso: string): number | null {
  const m = iso.match(OFFSET_TIME);
  if (!m || (m[2] === '00' && m[3] === '00')) return null;
  return (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]);
}

/** The calendar day of a UTC date-time as seen at `offsetMinutes` (22:20Z is the next day at
 * +11:00); null when `iso` is not a UTC date-time. */
export function dayAtOffset(iso: string, offsetMinutes: number): string | null {
  if (!UTC_TIME.test(iso)) return null;
  const t = Date.parse(iso.replace(/[+-]00:?00$/, 'Z'));
  if (Number.isNaN(t)) return null;
  return new Date(t + offsetMinutes * 60_000).toISOString().slice(0, 10);
}
