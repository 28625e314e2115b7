// Named days: fixed ones ("Christmas" XXXX-12-25) and movable ones (Thanksgiving, the fourth
// Thursday of November; Easter), resolved to the occurrence the clause's tense points at: in a
// past clause the last one on or before the reference date, in a future clause the next one, else
// the one in the reference year. The list is the common English-language calendar (New Year, Easter,
// Christmas and the US federal holidays news mentions by name); national days are left out.
import { addDays, dayValue, weekdayOf, type YMD } from './values.js';
import type { Found, TenseAt } from './found.js';
import type { NextTagAt } from './tense.js';

type Rule = (year: number) => YMD;
const fixed =
  (m: number, d: number): Rule =>
  (y) => ({ y, m, d });
/** The n-th (1-based; -1 for the last) given weekday (0 = Sunday) of a month. */
const nthWeekday =
  (m: number, weekday: number, n: number): Rule =>
  (y) => {
    if (n < 0) {
      const last = new Date(Date.UTC(y, m, 0));
      return { y, m, d: last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7) };
    }
    return { y, m, d: 1 + ((weekday - weekdayOf({ y, m, d: 1 }) + 7) % 7) + 7 * (n - 1) };
  };
/** Western Easter Sunday (anonymous Gregorian algorithm). */
const easter: Rule = (y) => {
  const a = y % 19,
    b = Math.floor(y / 100),
    c = y % 100,
    d = Math.floor(b / 4),
    e = b % 4;
  const f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3),
    h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4),
    k = c % 4,
    l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
};
const shifted =
  (rule: Rule, days: number): Rule =>
  (y) =>
    addDays(rule(y), days);

const HOLIDAYS: readonly [RegExp, Rule, boolean][] = [
  // [pattern, date in a year, fixed date (its value without a reference keeps month and day)]
  [/\bNew Year['’]s Eve\b/, fixed(12, 31), true],
  [/\bNew Year['’]s(?: Day)?\b/, fixed(1, 1), true],
  [/\bChristmas Eve\b/, fixed(12, 24), true],
  [/\bChristmas(?: Day)?\b/, fixed(12, 25), true],
  [/\bBoxing Day\b/, fixed(12, 26), true],
  [/\bValentine['’]s Day\b/, fixed(2, 14), true],
  [/\bHalloween\b/, fixed(10, 31), true],
  [/\bThanksgiving(?: Day)?\b/, nthWeekday(11, 4, 4), false],
  [/\bBlack Friday\b/, shifted(nthWeekday(11, 4, 4), 1), false],
  [/\bCyber Monday\b/, shifted(nthWeekday(11, 4, 4), 4), false],
  [/\bMemorial Day\b/, nthWeekday(5, 1, -1), false],
  [/\bLabou?r Day\b/, nthWeekday(9, 1, 1), false],
  [/\bMartin Luther King(?: Jr\.?)? Day\b/, nthWeekday(1, 1, 3), false],
  [/\bGood Friday\b/, shifted(easter, -2), false],
  [/\bEaster(?: Sunday)?\b/, easter, false],
  [/\bEaster Monday\b/, shifted(easter, 1), false],
];
const ANY_HOLIDAY_RE =
  /\b(?:New Year|Christmas|Boxing|Valentine|Halloween|Thanksgiving|Black Friday|Cyber Monday|Memorial Day|Labou?r Day|Martin Luther King|Good Friday|Easter)/;
const cmp = (a: YMD, b: YMD) => a.y - b.y || a.m - b.m || a.d - b.d;
/** "the new year" / "the New Year": the coming one late in the year, else the current one. */
const NEW_YEAR_RE = /\bthe new year\b/gi;
const LATE_IN_YEAR_MONTH = 10;

/**
 * A year right after a named day ("Black Friday 2019", "Christmas 2018"): the day of that year, one
 * expression (TIMEX3 takes the year in, as in "Sept. 30, 2016"). Four digits from 1600 to 2099 and
 * no more digits after ("Black Friday 2,000 shoppers", "at Christmas 25 stores" are counts).
 */
const YEAR_AFTER_RE = /^[ \u00a0]((?:1[6-9]|20)\d\d)(?![\d,.]?\d)/;

/** A possessive determiner right before a named day. */
const POSSESSIVE_BEFORE_RE = /\b(?:my|your|his|her|its|our|their)\s+$/i;

/** A fixed named day's month and day in any year (TIMEX3 XXXX-12-25). */
function yearlessValue(rule: Rule): string {
  const d = rule(2000);
  return `XXXX-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

/** The occurrence of a named day nearest the reference date. */
function nearest(rule: Rule, ref: YMD): YMD {
  const days = (t: YMD) => Math.abs(Date.UTC(t.y, t.m - 1, t.d) - Date.UTC(ref.y, ref.m - 1, ref.d));
  return [rule(ref.y - 1), rule(ref.y), rule(ref.y + 1)].reduce((a, b) => (days(b) < days(a) ? b : a));
}

/**
 * `nextTag(end)`: the tag of the word right after offset `end`. A named day before a common noun
 * modifies it ("the Black Friday ad", "Christmas shopping"): it names the occasion the noun belongs
 * to, the one nearest the reference date, not the time of the clause's verb ("the Black Friday ad
 * went up" before Black Friday).
 */
export function holidayTimes(text: string, ref: YMD | null, tenseAt: TenseAt, nextTag: NextTagAt): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(NEW_YEAR_RE)) {
    if (!ref) continue;
    const y = ref.m >= LATE_IN_YEAR_MONTH ? ref.y + 1 : ref.y;
    out.push({ text: m[0], span: [m.index!, m.index! + m[0].length], type: 'DATE', value: String(y), relative: true });
  }
  if (!ANY_HOLIDAY_RE.test(text)) return out;
  for (const [pattern, rule, isFixed] of HOLIDAYS) {
    for (const m of text.matchAll(new RegExp(pattern.source, 'g'))) {
      const span: [number, number] = [m.index!, m.index! + m[0].length];
      // "Christmas Eve" also matches "Christmas": the longest-first pass keeps the longer one.
      const year = YEAR_AFTER_RE.exec(text.slice(span[1], span[1] + 6));
      if (year) {
        const end = span[1] + year[0].length;
        out.push({
          text: text.slice(span[0], end),
          span: [span[0], end],
          type: 'DATE',
          value: dayValue(rule(Number(year[1]))),
          relative: false,
        });
        continue;
      }
      let value: string | null = null;
      if (ref) {
        const tense = tenseAt(span[0], span[1]);
        const thisYear = rule(ref.y);
        let date = thisYear;
        const beforeNoun = nextTag(span[1]) === 'NOUN';
        // "his Christmas cards", "their Christmas tree": what someone has each year, no one year's day.
        if (beforeNoun && isFixed && POSSESSIVE_BEFORE_RE.test(text.slice(Math.max(0, span[0] - 8), span[0]))) {
          out.push({ text: m[0], span, type: 'DATE', value: yearlessValue(rule), relative: false });
          continue;
        }
        if (beforeNoun) date = nearest(rule, ref);
        else if (tense === 'past' && cmp(thisYear, ref) > 0) date = rule(ref.y - 1);
        else if (tense === 'future' && cmp(thisYear, ref) < 0) date = rule(ref.y + 1);
        value = dayValue(date);
      } else if (isFixed) value = yearlessValue(rule);
      if (value) out.push({ text: m[0], span, type: 'DATE', value, relative: ref !== null });
    }
  }
  return out;
}
