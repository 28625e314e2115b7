// Expressions resolved against an earlier time in the story rather than the reference date:
//   - anaphoric ones: "the following year", "that day", "the next morning", "the previous week",
//     "the year before";
//   - quarters named by their place: "the latest quarter", "the year-ago quarter", "the previous quarter";
//     "the quarter" is the one holding the date it "ended" on, else the story's last quarter;
//   - years counted back in a results story: "a year earlier" after "third-quarter profit" is the
//     same quarter a year before (2022-Q3), after "in February" the same month (2022-02);
//   - bare clock times: "at about 4 a.m." in a story about Sunday is Sunday's, not the publication
//     day's; "at 2:30 the next day" is the day after the story's; in a story that named no day
//     and has gone to another year, the day is unknown;
//   - "the next Tuesday": the first Tuesday after the story's day.
// The story's time is the last calendar expression before the one resolved (in text order).
// With no such time the reference date stands in, as for any relative expression.
import type { Span, TimeAnchorKind } from '../../../record/types.js';
import type { ChronoFound } from './chrono.js';
import type { Found, TenseAt } from './found.js';
import type { NextTagAt } from './tense.js';
import {
  addDays,
  dayValue,
  daysBetween,
  isoWeekValue,
  PART_OF_DAY_CODES,
  quarterOf,
  weekdayOf,
  type YMD,
} from './values.js';

type Unit = 'day' | 'week' | 'month' | 'year' | 'morning' | 'afternoon' | 'evening' | 'night';
type Shift = -1 | 0 | 1;

export interface StoryFound extends Found {
  /**
   * Anaphoric unit and direction ("the following year": year, +1); `past` when its clause is past;
   * `ahead` (an offset, the sentence's end) when "the week after" leads a phrase or clause that
   * names what it counts from ("the week after the brand took a stake"), not the story's time.
   */
  anaphor?: { unit: Unit; shift: Shift; past?: true; ahead?: number };
  /** A quarter by its place: latest (0), previous (-1), a year before (-4). */
  quarterShift?: 0 | -1 | -4;
  /** "the quarter": the one holding the date it "ended" on, else the story's quarter; dropped with neither. */
  quarterRef?: { ended: boolean };
}

const ANAPHOR_RE =
  /\b(?:(the following|the next|the previous|the preceding|the prior|that|the same)\s+(day|week|month|year|morning|afternoon|evening|night)|the\s+(day|week|month|year)\s+(before|after|earlier|later))\b/gi;
const QUARTER_PLACE_RE =
  /\b(?:the\s+)?(latest|most recent|current|previous|prior|preceding|year-ago|year-earlier|prior-year)\s+quarter\b|\bthe same quarter (?:of )?(?:a year (?:ago|earlier)|last year)\b/gi;
/** "the quarter" alone (not "the quarter of a century", "the quarter-final"), and whether it "ended" on a date. */
const THE_QUARTER_RE =
  /\bthe quarter\b(?![\s-]+(?:of|finals?|mile|point)\b|-)(\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to)\s)?/gi;
/** How far the date of "the quarter ended <date>" may start after "the quarter". */
const ENDED_REACH = 24;
const SHIFT_WORDS: Readonly<Record<string, Shift>> = {
  'the following': 1,
  'the next': 1,
  after: 1,
  later: 1,
  'the previous': -1,
  'the preceding': -1,
  'the prior': -1,
  before: -1,
  earlier: -1,
  that: 0,
  'the same': 0,
};

/** "the week after", "the day before": a relation that may lead what it counts from. */
const RELATION_RE = /\s(?:before|after)$/i;
/**
 * Tags of a word that opens a noun phrase or clause after "the week after" ("the election",
 * "Christmas", "he left"); a verb after it makes "the week before" a subject ("The week before
 * was quiet"), and "next", "last", "that" are tagged otherwise or read by chrono.
 */
const PHRASE_OPENERS = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'NUM']);

/** A unit word both patterns need; most sentences have none. */
const HINT_RE = /\b(?:day|week|month|year|morning|afternoon|evening|night|quarter)\b/i;

/** Anaphoric expressions and quarters named by their place, in the chunks (sentences) of `text` that could hold one. */
export function storyTimes(
  text: string,
  chunks: readonly (readonly [number, number])[],
  tenseAt: TenseAt,
  nextTag: NextTagAt,
): StoryFound[] {
  const out: StoryFound[] = [];
  for (const [start, end] of chunks) {
    const chunk = text.slice(start, end);
    if (!HINT_RE.test(chunk)) continue;
    for (const t of chunkStory(chunk)) {
      const span: Span = [t.span[0] + start, t.span[1] + start];
      if (t.anaphor?.shift === 1 && tenseAt(span[0], span[1]) === 'past') t.anaphor.past = true;
      if (t.anaphor && RELATION_RE.test(t.text) && PHRASE_OPENERS.has(nextTag(span[1]) ?? '')) t.anaphor.ahead = end;
      out.push({ ...t, span });
    }
  }
  return out;
}

function chunkStory(text: string): StoryFound[] {
  const out: StoryFound[] = [];
  for (const m of text.matchAll(ANAPHOR_RE)) {
    const unit = (m[2] ?? m[3]).toLowerCase() as Unit;
    const shift = SHIFT_WORDS[(m[1] ?? m[4]).toLowerCase()];
    const isTime = unit in PART_OF_DAY_CODES;
    out.push({
      text: m[0],
      span: [m.index!, m.index! + m[0].length],
      type: isTime ? 'TIME' : 'DATE',
      value: '',
      relative: true,
      anaphor: { unit, shift },
    });
  }
  for (const m of text.matchAll(QUARTER_PLACE_RE)) {
    const w = (m[1] ?? 'year-ago').toLowerCase();
    const quarterShift =
      w === 'year-ago' || w === 'year-earlier' || w === 'prior-year'
        ? -4
        : w === 'latest' || w === 'most recent' || w === 'current'
          ? 0
          : -1;
    out.push({
      text: m[0],
      span: [m.index!, m.index! + m[0].length],
      type: 'DATE',
      value: '',
      relative: true,
      quarterShift,
    });
  }
  for (const m of text.matchAll(THE_QUARTER_RE)) {
    const words = m[0].slice(0, 'the quarter'.length);
    out.push({
      text: words,
      span: [m.index!, m.index! + words.length],
      type: 'DATE',
      value: '',
      relative: true,
      quarterRef: { ended: !!m[1] },
    });
  }
  return out;
}

/** A found expression with its anchor, once resolved. */
export type Anchored<T> = T & { anchor?: string; anchorKind?: TimeAnchorKind; anchorSpan?: Span };

const DAY_RE = /^(\d{4})-(\d\d)-(\d\d)/;
const QUARTER_RE = /^(\d{4})-Q([1-4])$/;
const MONTH_RE = /^(\d{4})-(\d\d)$/;
const YEAR_RE = /^(\d{4})/;

const parseDay = (v: string): YMD | null => {
  const m = DAY_RE.exec(v);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
};

/**
 * Resolves, in text order, the expressions whose value depends on the story's earlier times;
 * the others get the reference date as anchor when relative. Drops anaphors left without a value.
 */
export function resolveStory(
  items: readonly (StoryFound & ChronoFound)[],
  ref: YMD | null,
  refKind: TimeAnchorKind,
): Anchored<Found>[] {
  const out: Anchored<Found>[] = [];
  let last: Anchored<Found> | undefined; // the last calendar expression
  // The last one naming a day: a bare clock time's day (TimeML's temporal focus, the day the
  // story last spoke of), however far back and whatever years or months were named since.
  let lastDay: Anchored<Found> | undefined;
  let lastQuarter: Anchored<Found> | undefined;
  // The last day or part of one the story points to without naming it ("That evening, ..." with
  // no day before or after): a bare clock time after it is on that unknown day, not the last one named.
  let unknownDay: Anchored<Found> | undefined;
  // The last yearless month and day placed after a written date ahead: the next one may follow it.
  let lastPlaced: Anchored<Found> | undefined;
  const refValue = ref ? dayValue(ref) : null;
  const viaRef = { anchor: refValue ?? undefined, anchorKind: refKind };
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const {
      anaphor,
      quarterShift,
      quarterRef,
      clockOnly,
      yearsBack,
      counted,
      followingWeekday,
      quotedDeictic,
      yearless,
      ...t
    } = item;
    let done: Anchored<Found> | null = t;
    const yearsBase = yearsBack ? periodBase(last, lastQuarter, t) : undefined;
    if (yearsBack && yearsBase) {
      done = {
        ...t,
        value: `${Number(YEAR_RE.exec(yearsBase.value)![1]) - yearsBack}${yearsBase.value.slice(4)}`,
        ...story(yearsBase),
      };
    } else if (counted) {
      // "N years later/earlier" counts from the story's last time; "N years after/before <clause>"
      // from a time its clause names. Without one the value stays unspecified (TIMEX3 "XXXX")
      // rather than counted from the publication date (a future year in a past clause); only
      // "earlier" keeps the reference date, which is as often what it counts back from.
      // A count not given ("a couple of months later") leaves the value unspecified, from any base.
      const base = counted.clauseEnd === undefined ? last : namedAhead(items, i, counted.clauseEnd);
      const value = base && !counted.vague ? countedValue(base.value, counted.n, counted.unit) : null;
      if (value && base) done = { ...t, value, ...story(base) };
      else if (counted.vague)
        done = { ...t, value: counted.unit === 'year' ? 'XXXX' : 'XXXX-XX', ...(base ? story(base) : {}) };
      else if (counted.clauseEnd === undefined && counted.n < 0) done = { ...t, ...viaRef };
      else done = { ...t, value: counted.unit === 'year' ? 'XXXX' : 'XXXX-XX' };
    } else if (anaphor?.ahead !== undefined) {
      // "the day after Christmas": from the time its phrase names; with none ("the week after the
      // brand took a stake") the event's day is not known.
      const base = calendarAhead(items, i, anaphor.ahead);
      const value = base ? shiftValue(base.value, anaphor.unit, anaphor.shift) : null;
      done = value && base ? { ...t, value, ...story(base) } : { ...t, value: UNKNOWN_OF_UNIT[anaphor.unit] };
    } else if (anaphor?.past && (!last || !shiftValue(last.value, anaphor.unit, anaphor.shift))) {
      // "I was back at it by the next morning" with no time named before, or only a year: the day
      // after some day in the past, not after the reference date (which would put a past clause
      // in the future), and not dropped.
      done = { ...t, value: UNKNOWN_OF_UNIT[anaphor.unit] };
    } else if (anaphor && anaphor.shift === 0 && !last && DAY_UNITS.has(anaphor.unit)) {
      // "That night, rescuers heard a whistle ... reported her missing at 7:15 p.m. on Sunday,
      // March 3": "that" points to a day of the story, which a story told out of order names only
      // later; never the reference date ("this night" would say so). The first day named after
      // it, else a day not known.
      const named = dayNamedAfter(items, i);
      const value = named ? shiftValue(DAY_RE.exec(named.value)![0], anaphor.unit, 0) : null;
      done = value && named ? { ...t, value, ...story(named) } : { ...t, value: UNKNOWN_OF_UNIT[anaphor.unit] };
    } else if (anaphor) {
      const base = last ? { value: last.value, from: last } : refValue ? { value: refValue, from: null } : null;
      const value = base ? shiftValue(base.value, anaphor.unit, anaphor.shift) : null;
      done = value && base ? { ...t, value, ...(base.from ? story(base.from) : viaRef) } : null;
    } else if (quarterShift !== undefined) {
      const base = lastQuarter ? QUARTER_RE.exec(lastQuarter.value) : null;
      let y: number, q: number;
      if (base) {
        y = Number(base[1]);
        q = Number(base[2]);
      } else if (ref) {
        // With no quarter in the story: the latest is the last one completed before the reference date.
        q = quarterOf(ref.m) - 1;
        y = ref.y;
        if (q === 0) {
          q = 4;
          y--;
        }
      } else continue;
      let index = y * 4 + (q - 1) + quarterShift;
      if (quarterShift === -4 && !base && ref) index = (ref.y - 1) * 4 + (quarterOf(ref.m) - 1) - 1; // year-ago of the last completed
      done = {
        ...t,
        value: `${Math.floor(index / 4)}-Q${(index % 4) + 1}`,
        ...(lastQuarter ? story(lastQuarter) : viaRef),
      };
    } else if (quarterRef) {
      const ended = quarterRef.ended ? items[i + 1] : undefined;
      const date = ended && ended.span[0] - t.span[1] <= ENDED_REACH ? MONTH_RE.exec(ended.value.slice(0, 7)) : null;
      if (date && ended) {
        const value = `${date[1]}-Q${quarterOf(Number(date[2]))}`;
        done = { ...t, value, ...(ended.relative ? viaRef : {}) };
      } else done = lastQuarter ? { ...t, value: lastQuarter.value, ...story(lastQuarter) } : null;
    } else if (clockOnly && dayRightAfter(t, items[i + 1])) {
      // "0600 GMT on Saturday": the day that follows, not the story's last one.
      const next = items[i + 1];
      done = { ...t, value: DAY_RE.exec(next.value)![0] + t.value.slice(10), ...story(next) };
    } else if (followingWeekday !== undefined && (lastDay || ref)) {
      const base = lastDay ? parseDay(lastDay.value)! : ref!;
      const day = dayValue(addDays(base, ((followingWeekday - weekdayOf(base) + 6) % 7) + 1));
      done = { ...t, value: day + t.value.slice(10), ...(lastDay ? story(lastDay) : viaRef) };
    } else if (clockOnly && anaphorRightAfter(t, items[i + 1]) && (last || refValue)) {
      // "at 2:30 the next day": the day the anaphor names, counted from the base it counts from;
      // the clock time does not become that base, so the anaphor still counts from the story's day.
      const base = last?.value ?? refValue!;
      const day = shiftValue(base, 'day', items[i + 1].anaphor!.shift);
      if (day) {
        out.push({ ...t, value: day + t.value.slice(10), ...(last ? story(last) : viaRef) });
        continue;
      }
    } else if (clockOnly && unknownDay && (!lastDay || lastDay.span[0] < unknownDay.span[0])) {
      // "That evening, candles lined the bank, and at 9 p.m. a choir sang" in a story that names
      // no day: the evening's day, which is not known (TIMEX3 XXXX-XX-XX), not the page's.
      done = { ...t, value: `XXXX-XX-XX${t.value.slice(10)}` };
    } else if (clockOnly && leftTheDay(last, lastDay, refValue)) {
      // No day of its own named and the story since gone to another year ("in 1995 ... from
      // 6:00am to midnight"): the clock time's day is not known (TIMEX3 XXXX-XX-XX).
      done = { ...t, value: `XXXX-XX-XX${t.value.slice(10)}` };
    } else if (clockOnly && lastDay) {
      const day = DAY_RE.exec(lastDay.value)![0];
      done = { ...t, value: day + t.value.slice(10), ...story(lastDay) };
    } else if (quotedDeictic && ref && speakerDay(lastDay, ref)) {
      // A speaker's "today" is the day they spoke: in a story gone to the day before publication
      // (a match "yesterday", a game "on Monday" in a Tuesday story), the quotes that follow were
      // mostly spoken then ("After the match, the coach said, 'We learned a lot from today's game'", GUM dev).
      const spoke = parseDay(lastDay!.value)!;
      const shift = daysBetween(ref, parseDay(t.value)!);
      done = { ...t, value: dayValue(addDays(spoke, shift)) + t.value.slice(10), ...story(lastDay!) };
    } else if (
      yearless &&
      ref &&
      last &&
      (!last.relative || last === lastPlaced) &&
      t.span[0] - last.span[1] < PERIOD_REACH &&
      aheadOf(last, ref)
    ) {
      // A month and day with no year and no past or future verb ("hosting the final date on the
      // tour, Oct. 10"), in a story gone to a date ahead ("will kick off June 9, 2020"): the first
      // such day on or after the story's date, not the nearest to the reference date. The date
      // ahead is written with its year (or so placed itself) and near: a date far back in the
      // story, or one itself guessed, places nothing.
      const from = firstDayOf(last.value)!; // a day or a month: aheadOf read it
      const [m, d] = [Number(t.value.slice(5, 7)), Number(t.value.slice(8, 10))];
      const y = m > from.m || (m === from.m && d >= from.d) ? from.y : from.y + 1;
      done = lastPlaced = { ...t, value: `${y}${t.value.slice(4)}`, ...story(last) };
    } else if (t.relative) {
      done = { ...t, ...viaRef };
    }
    if (!done) continue;
    out.push(done);
    if (anaphor && DAY_UNITS.has(anaphor.unit) && done.value.startsWith('XXXX-XX-XX')) unknownDay = done;
    if (isCalendar(done)) last = done;
    if (isCalendar(done) && parseDay(done.value)) lastDay = done;
    // A quarter counted back ("the year-ago quarter") is a comparison, not the story's quarter.
    if (QUARTER_RE.test(done.value) && !yearsBack && !quarterShift) lastQuarter = done;
  }
  return out;
}

/** Anaphors of a day or a part of one ("that night", "the same day"), not of a week, month or year. */
const DAY_UNITS: ReadonlySet<Unit> = new Set(['day', 'morning', 'afternoon', 'evening', 'night']);

/**
 * The first expression after item `i` whose value names a day of its own (a date or a weekday,
 * "7:15 p.m. on Sunday, March 3"): not an anaphor, a bare clock time or a count from the story,
 * whose values are not yet resolved.
 */
function dayNamedAfter(items: readonly (StoryFound & ChronoFound)[], i: number): Found | undefined {
  for (let j = i + 1; j < items.length; j++) {
    const t = items[j];
    if (t.anaphor || t.clockOnly || t.counted || t.yearsBack || t.quarterShift !== undefined || t.quarterRef) continue;
    if ((t.type === 'DATE' || t.type === 'TIME') && DAY_RE.test(t.value)) return t;
  }
  return undefined;
}

/** How many days before the reference date the story's day may be and still be a quoted speaker's day. */
const SPEAKER_DAY_REACH = 1;

/** Whether the story's last named day is one before the reference date, at most SPEAKER_DAY_REACH days. */
function speakerDay(lastDay: Found | undefined, ref: YMD): boolean {
  const day = lastDay ? parseDay(lastDay.value) : null;
  if (!day) return false;
  const back = daysBetween(day, ref);
  return back > 0 && back <= SPEAKER_DAY_REACH;
}

/**
 * Whether the story named no day but the reference date (a written date line) and its last
 * calendar time is a year or month that does not hold the reference date.
 */
function leftTheDay(last: Found | undefined, lastDay: Found | undefined, refValue: string | null): boolean {
  if (!last || !refValue || (lastDay && !lastDay.value.startsWith(refValue))) return false;
  const period = PERIOD_PREFIX_RE.exec(last.value);
  return !!period && !parseDay(last.value) && !refValue.startsWith(period[0]);
}
/** The year, or year and month, a calendar value starts with ("1995", "2015-05", "2015" of "2015-Q2"). */
const PERIOD_PREFIX_RE = /^\d{4}(?:-\d\d(?!\d))?/;

/** Whether `next` is a day joined to the clock time `t` by "on" (the lead cut off "on Saturday"). */
const dayRightAfter = (t: Found, next: Found | undefined): next is Found =>
  !!next?.lead &&
  next.span[0] - next.lead.length - t.span[1] <= 1 &&
  /^on\s/i.test(next.lead) &&
  DAY_RE.test(next.value);

/** Whether `next` is an anaphoric day or part of one right after the clock time `t` ("2:30 the next day"). */
const anaphorRightAfter = (
  t: Found,
  next: StoryFound | undefined,
): next is StoryFound & Required<Pick<StoryFound, 'anaphor'>> =>
  !!next?.anaphor &&
  next.anaphor.unit !== 'week' &&
  next.anaphor.unit !== 'month' &&
  next.anaphor.unit !== 'year' &&
  next.span[0] - t.span[1] <= 1;

/** The first written calendar time after item `i` and before offset `end` (the clause an "after" leads). */
function namedAhead(items: readonly Found[], i: number, end: number): Found | undefined {
  for (let j = i + 1; j < items.length && items[j].span[0] < end; j++)
    if (!items[j].relative && isCalendar(items[j])) return items[j];
  return undefined;
}

/** A day's value as its date, a month's as its first day; null for any other value. */
function firstDayOf(v: string): YMD | null {
  const day = parseDay(v);
  if (day) return day;
  const m = MONTH_RE.exec(v);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: 1 } : null;
}

/** Whether the story's time `last` (a day or a month) lies after the reference date. */
function aheadOf(last: Found, ref: YMD): boolean {
  const day = firstDayOf(last.value);
  return !!day && daysBetween(ref, day) > 0;
}

/** The first calendar time after item `i` and before offset `end`, written or resolved from the reference date. */
function calendarAhead(items: readonly Found[], i: number, end: number): Found | undefined {
  for (let j = i + 1; j < items.length && items[j].span[0] < end; j++) if (isCalendar(items[j])) return items[j];
  return undefined;
}

/** `base` moved `n` months or years (back when `n` < 0), at the unit's granularity; null when the base lacks the month. */
function countedValue(base: string, n: number, unit: 'month' | 'year'): string | null {
  const year = YEAR_RE.exec(base);
  if (!year) return null;
  if (unit === 'year') return String(Number(year[1]) + n);
  const m = MONTH_RE.exec(base.slice(0, 7));
  if (!m) return null;
  const index = Number(m[1]) * 12 + Number(m[2]) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** TIMEX3's unspecified value at each anaphor's granularity. */
const UNKNOWN_OF_UNIT: Readonly<Record<Unit, string>> = {
  day: 'XXXX-XX-XX',
  week: 'XXXX-WXX',
  month: 'XXXX-XX',
  year: 'XXXX',
  ...(Object.fromEntries(
    Object.entries(PART_OF_DAY_CODES).map(([part, code]) => [part, `XXXX-XX-XXT${code}`]),
  ) as Record<'morning' | 'afternoon' | 'evening' | 'night', string>),
};

const story = (from: Anchored<Found>) => ({ anchor: from.value, anchorKind: 'story' as const, anchorSpan: from.span });

/** A date or time with a calendar value (not a length, a recurrence or PRESENT_REF). */
const isCalendar = (t: Found) => (t.type === 'DATE' || t.type === 'TIME') && /^\d{4}/.test(t.value);

/** How near a quarter or month must be for "a year earlier" to mean it a year before. */
const PERIOD_REACH = 400;

/** The quarter just named (else the month just named) that "a year earlier" at `t` counts back from. */
function periodBase(
  last: Anchored<Found> | undefined,
  lastQuarter: Anchored<Found> | undefined,
  t: Found,
): Anchored<Found> | undefined {
  if (lastQuarter && t.span[0] - lastQuarter.span[1] < PERIOD_REACH) return lastQuarter;
  if (last && MONTH_RE.test(last.value) && t.span[0] - last.span[1] < PERIOD_REACH) return last;
  return undefined;
}

/** The value `shift` units away from `base` at the unit's granularity. */
function shiftValue(base: string, unit: Unit, shift: Shift): string | null {
  const day = parseDay(base);
  const year = YEAR_RE.exec(base);
  if (unit === 'year') return year ? String(Number(year[1]) + shift) : null;
  if (unit === 'month') {
    const m = MONTH_RE.exec(base) ?? (day ? [null, String(day.y), String(day.m)] : null);
    if (!m) return null;
    const index = Number(m[1]) * 12 + Number(m[2]) - 1 + shift;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  }
  if (!day) return null;
  if (unit === 'week') return isoWeekValue(addDays(day, 7 * shift));
  const d = dayValue(addDays(day, shift));
  return unit === 'day' ? d : `${d}T${PART_OF_DAY_CODES[unit]}`;
}
