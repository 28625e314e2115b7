// Calendar arithmetic for TIMEX3-style values, in UTC with no clock: dates come only from the
// reference date and the text.

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
