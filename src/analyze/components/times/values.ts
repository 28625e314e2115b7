// Calendar arithmetic for TIMEX3-style values, in UTC with no clock: dates come only from the
// reference date and the text.
import type { Tense } from '../../../record/types.js';

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export function parseIsoDate(iso: string | null): YMD | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export const dayValue = (t: YMD) => `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
export const monthValue = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;

/** A weekday's ISO 8601 number (Monday 1 ... Sunday 7), by its name in lower case. */
export const ISO_WEEKDAY_NUMBER: Readonly<Record<string, number>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** The day of the week of a date, 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (t: YMD) => new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();

/** ISO 8601 week of a date: "2022-W06". */
export function isoWeekValue(t: YMD): string {
  const date = new Date(Date.UTC(t.y, t.m - 1, t.d));
  const day = (date.getUTCDay() + 6) % 7; // Monday = 0
  date.setUTCDate(date.getUTCDate() - day + 3); // the Thursday of this week decides the year
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86400000 + 1) / 7);
  return `${weekYear}-W${pad(week)}`;
}

export function addDays(t: YMD, days: number): YMD {
  const date = new Date(Date.UTC(t.y, t.m - 1, t.d + days));
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: YMD, to: YMD) =>
  (Date.UTC(to.y, to.m - 1, to.d) - Date.UTC(from.y, from.m - 1, from.d)) / 86_400_000;

/** How far before the reference date a future clause's date may still be this year's. */
const RECENT_START_DAYS = 31;

/**
 * The year of month `m` (day `d`) named without one ("in December", "on Nov. 3"): in a past
 * clause the last such date on or before the reference date, in a future clause the next on or
 * after it (a date just past may still run: "is to run from January 23"); null in any other
 * clause, for the caller to choose.
 */
export function yearByTense(m: number, d: number, tense: Tense | undefined, ref: YMD): number | null {
  if (tense !== 'past' && tense !== 'future') return null;
  const after = m > ref.m || (m === ref.m && d > ref.d);
  const daysBefore = daysBetween({ y: ref.y, m, d }, ref);
  if (tense === 'past') return after ? ref.y - 1 : ref.y;
  return daysBefore > RECENT_START_DAYS ? ref.y + 1 : ref.y;
}

/** The year of month `m` nearest the reference date (at most six months away). */
export const nearestYearOfMonth = (m: number, ref: YMD) => ref.y + (m - ref.m > 6 ? -1 : ref.m - m > 6 ? 1 : 0);

/** ISO week `n` of month `m` (1-based; -1 the last): the week of its n-th Thursday, as ISO 8601 gives a week the year of its Thursday. */
export function weekOfMonth(y: number, m: number, n: number): string {
  const firstThursday = 1 + ((4 - weekdayOf({ y, m, d: 1 }) + 7) % 7);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = n > 0 ? firstThursday + 7 * (n - 1) : firstThursday + 7 * Math.floor((daysInMonth - firstThursday) / 7);
  return isoWeekValue({ y, m, d });
}

/** The quarter (1-4) holding a month. */
export const quarterOf = (m: number) => Math.floor((m - 1) / 3) + 1;

/** TIMEX3 season codes, and the months that start them (northern hemisphere, meteorological). */
export const SEASONS: Readonly<Record<string, { code: string; month: number }>> = {
  spring: { code: 'SP', month: 3 },
  summer: { code: 'SU', month: 6 },
  fall: { code: 'FA', month: 9 },
  autumn: { code: 'FA', month: 9 },
  winter: { code: 'WI', month: 12 },
};

/** TIMEX3 codes of the parts of a day ("Friday night" is 2022-02-18TNI). */
export const PART_OF_DAY_CODES: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
};
