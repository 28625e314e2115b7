// What the page says about how it writes dates: whether 12/03/2026 is the 12th of March (day
// first) and which UTC offset its times are in. Read from the page's own language and locale
// signals, never from its domain.
import type { PageScan } from './scan.js';

/** Locales that write the month first in numeric dates (en-US and the few that follow it). */
const MONTH_FIRST_LOCALE = /^en[-_](us|ph|ca|as|gu|mh|fm|pr|um|vi)$/i;
/** Year-first writing systems: their numeric dates are y/m/d, which is never ambiguous. */
const YEAR_FIRST_LANGUAGE = /^(zh|ja|ko|hu|lt)$/i;

/** Ambiguous numeric dates on the page are day-first under a language tag other than English
 * (every other language the extractor reads writes the day first), or English with a region
 * outside the month-first ones (en-GB, en-AU, en-IE, en-IN...). Bare "en" stays month-first.
 * How the page orders ambiguous numeric dates, for the date readers: day-first, or month-first
 * with `monthFirst` only when a locale tag says so (en-US), not by default (bare "en", none). */
export function dateOrder(scan: PageScan): { dayFirst: boolean; monthFirst: boolean } {
  const order = numericOrder(scan);
  return { dayFirst: order === 'day-first', monthFirst: order === 'month-first' };
}

/** The first decisive language tag's order; null when no tag decides (bare "en", none). */
function numericOrder(scan: PageScan): 'day-first' | 'month-first' | null {
  const tags = [
    scan.htmlLang,
    ...(scan.metas.get('og:locale') ?? []),
    ...(scan.metas.get('content-language') ?? []),
    ...(scan.metas.get('language') ?? []),
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
