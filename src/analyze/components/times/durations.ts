// Lengths of time and recurrences, which TimeML types DURATION and SET and which are not dates:
// "for about two weeks" is P2W, not the day two weeks after publication; "the past 30 days" is
// P30D; "the past decade" P10Y; "a 20-minute demonstration" PT20M; "for months" PXM; "every
// year" P1Y; "twice a month" P1M; "every Sunday" XXXX-WXX-7; "every March" XXXX-03; "weekly"
// P1W; "on Tuesdays" XXXX-WXX-2; "7 days a week" P1W; "one day" after a modal FUTURE_REF (a
// date); "2 minutes and 38 seconds" PT2M38S. Units counted back from an anchor ("two years ago", "a year earlier") are dates and are
// left to chrono and the story anchors.
import { NUMBER_WORDS } from '../../resources/number-words.js';
import type { Found, TenseAt } from './found.js';
import { ISO_WEEKDAY_NUMBER, PART_OF_DAY_CODES } from './values.js';
import { CAPITALISED_MONTH_NAMES, MONTH_NAMES } from '../../../text/calendar-words.js';

/** Counts a length of time can have beyond the number words; -1 is an unspecified number. */
const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  hundred: 100,
  'a couple of': 2,
  'couple of': 2,
  'a few': -1,
  few: -1,
  several: -1,
  many: -1,
};
/** "forty-five", "twenty-one": tens and units joined by a hyphen. */
const COMPOUND_NUMBER =
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)';
const NUMBER_ALTERNATIVES = `\\d+(?:[.,]\\d+)?|${COMPOUND_NUMBER}|a couple of|couple of|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred|few|several|many`;
const NUMBER = `(?:${NUMBER_ALTERNATIVES})`;
/** Days counted by kind ("ten working days", "five business days"): still days, P10D. */
const DAY_KIND = '(?:working|business|calendar|trading|school)';
/** The count of a counted unit ("two" of "two more weeks"), read back from the unit word. */
const COUNT_OF_RE = new RegExp(`(${NUMBER_ALTERNATIVES})(?=(?:[\\s-]+more)?[\\s-]+(?:${DAY_KIND}\\s+)?[a-z]+$)`, 'i');
/** A range of counts ending where the count starts ("1–2 hours", "60-90 minutes"): its lower end and the dash. */
const RANGE_LOW_BEFORE_RE = /\b(\d+)\s*[–-]\s*$/;
/** The same in words ("one-to-seven days", "two to three weeks"); "from fifteen to ten years" is a change, not a range. */
const WORD_RANGE_LOW_BEFORE_RE =
  /(?<!\bfrom\s+)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)(?:-to-|\s+to\s+)$/i;
/**
 * A count and unit both capitalised, hyphened, before a capitalised word: part of a name ("the
 * Six-Day War", "the Hundred-Year Flood"), not a length.
 */
const NAMED_LENGTH_RE = /^[A-Z][a-z]+-[A-Z][a-z]+$/;
/**
 * A count with a capitalised unit in the singular before a capitalised word, inside a sentence
 * of ordinary case: a name ("from 80 Day Obsession", "the 30 Day Shred program"), not a length.
 * Two capitalised words before it make a title-case headline ("Senate Passes 30 Day Extension"),
 * where the count stays a length; one may open the sentence ("The 30 Day Challenge starts").
 */
const NAMED_COUNT_RE = /^(?:\d+|[A-Z][a-z]+)\s+(?:Second|Minute|Hour|Day|Week|Month|Year)$/;
const TITLE_CASE_BEFORE_RE = /\b[A-Z][\w'’-]*\s+[A-Z][\w'’-]*\s+$/;
const CAPITALISED_AFTER_RE = /^\s+[A-Z]/;
const UNIT = '(second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centurie)s?';
/** Hedges TimeML keeps inside the expression ("nearly two decades", "up to 72 hours"). */
const HEDGE =
  '(?:(?:about|around|roughly|nearly|almost|some|at least|more than|less than|over|under|up to|just over|just under)\\s+)?';
/** "the past 30 days", "the next few weeks", "the last five months". */
const SPAN_LEAD = '(?:(?:the\\s+)?(?:past|last|next|coming|previous|first|following)\\s+)?';

/** Unit words, found first; the count before each is then read in a short window (cheaper than one pattern over the text). */
const UNIT_RE = new RegExp(`\\b${UNIT}\\b(?!-)`, 'gi');
const COUNT_BEFORE_RE = new RegExp(
  `\\b${HEDGE}${SPAN_LEAD}(?:${NUMBER})(?:[\\s-]+more)?[\\s-]+(?:${DAY_KIND}\\s+)?$`,
  'i',
);
/** Characters before a unit word that can hold its count and hedges ("just over a couple of more"). */
const COUNT_WINDOW = 48;
/** What always turns a counted unit into a date ("two years ago"). */
const AGO_RE = /^\s*(?:ago|from now|hence)\b/i;
/** What turns a count of long units into a date ("a year earlier"); "ten days before the Hajj" stays a length. */
const DATE_AFTER_RE = /^\s*(?:earlier|before|after\b(?!\s+the\b))/i;
/** Hours and minutes "later" or "earlier" are lengths in TimeML; years and months before a date word are dates. */
const SHORT_UNITS = new Set(['second', 'minute', 'hour']);
/** "for months", "for years", "in a matter of weeks", "and even years": an unspecified number of units. */
const BARE_RE =
  /\b(?:for|of|even|over)\s+(days|weeks|months|years|decades|hours)\b(?!\s+(?:ago|earlier|later|of|to)\b)/gi;
/** "half an hour". */
const HALF_HOUR_RE = /\b(?:(?:nearly|about|almost|over)\s+)?half an hour\b/gi;
const SET_RE =
  /\b(?:(every|each|per)\s+(?:(\d+\s*[–-]\s*\d+|\d+|other|two|three|four|five|ten|few)\s+)?(minute|hour|day|week|month|year|quarter|decade|(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|night|evening)s?|(daily|weekly|monthly|yearly|annually|hourly|nightly))\b(?!\s+(?:and|or)\s+again)/gi;
/** "every March", "each November": the month of every year, TimeML's SET XXXX-03 ("every may" is no month). */
const MONTH_SET_RE = new RegExp(`\\b(?:[Ee]very|[Ee]ach)\\s+(${CAPITALISED_MONTH_NAMES.join('|')})\\b`, 'g');
/** "twice a month", "three times a year": TimeML's SET with the period as value (its freq, 2X, is not kept). */
const FREQUENCY_RE =
  /\b(?:once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+times)\s+(?:a|an|per|each|every)\s+(day|week|month|year|quarter|decade)\b/gi;
/**
 * A count of small units in each longer one ("7 days a week", "365 days a year", "24 hours a
 * day"): a rate, TimeML's SET of the longer period (its freq, 7D, is not kept), as "twice a month".
 */
const RATE_RE =
  /\b(?:\d+|two|three|four|five|six|seven|eight|ten|twelve|twenty-four)\s+(?:days|hours|nights)\s+(?:a|an|per|each)\s+(day|week|month|year)\b/gi;
/** The weekday names less "day" (also read by HINT_RE). */
const WEEKDAY_STEMS = 'Mon|Tues|Wednes|Thurs|Fri|Satur|Sun';
/**
 * Weekdays in the plural ("on Tuesdays", "Tuesdays and Fridays"), or with a part of day in the
 * plural ("Tuesday nights", "Sunday mornings"): a weekly schedule, TimeML's SET XXXX-WXX-2(TNI).
 * Capitalised only; a capitalised word before ("TGI Fridays") or "for" after ("Fridays for
 * Future") makes it a name.
 */
const WEEKDAYS_RE = new RegExp(
  `\\b(${WEEKDAY_STEMS})(?:days\\b(?:\\s+(mornings|afternoons|evenings|nights)\\b)?|day\\s+(mornings|afternoons|evenings|nights)\\b)(?!\\s+for\\b)`,
  'g',
);
/** A word before that makes a name: all capitals ("TGI Fridays"), or capitalised inside a sentence ("Happy Mondays"). */
const NAME_WORD_BEFORE_RE = /(?:\b[A-Z]{2,}|[^.!?\s]\s+[A-Z][a-z]+)\s+$/;
/** "on weekends", "at weekends", "every weekend": TimeML's SET XXXX-WXX-WE. */
const WEEKENDS_RE = /\b(?:(?:on|at|during|over)\s+(weekends)|every\s+(weekend))\b/gi;
/** "the past decade", "the last year": one unit back from now, a length (TimeML DURATION P10Y, P1Y). */
const PAST_UNIT_RE =
  /\bthe\s+(?:past|last|previous)\s+(week|month|year|decade|century)\b(?!\s+(?:of|before|when|that|in which)\b|\s*['’]s|-)/gi;
/** A possessive before "every"/"each" ("their every day lives", "his every move"): a determiner, no recurrence. */
const POSSESSIVE_BEFORE_RE = /(?:\b(?:my|your|his|her|its|our|their)|['’]s)\s+$/i;
/** "for" before a count: a length, whatever follows. */
const FOR_BEFORE_RE = /\bfor\s+$/i;
const PART_AFTER_RE = /^\s+(morning|afternoon|evening|night)\b/i;
/** An age ("19 years old", "40 years of age", "aged 8–10 years", "at the age of four months"): not a time expression (the dev set leaves ages out). */
const AGE_AFTER_RE = /^\s*(?:old\b|of\s+age\b)/i;
// "aged 8", "the age of four months", "a viewing age of 48 months", "above age 6 months".
const AGE_BEFORE_RE = /\b(?:aged|ages?(?:\s+of)?)\s+(?:\d+\s*(?:[–-]|to|and)\s*)?$/i;
/**
 * An amount of money or a percentage before "a"/"an" + unit: a rate ("the $10-a-month plan",
 * "costs €5 a week", "40 cents a day", "rose 5% a year"), TimeML's SET of one unit, not a length.
 */
const PRICE_BEFORE_RE =
  /(?:[$€£¥]\s?\d[\d,.]*(?:\s*(?:[mkb]n?|million|billion|thousand))?|\d[\d,.]*\s*(?:dollars?|euros?|pounds?|pence|cents?|yen|yuan|rupees?|francs?|%|percent|per\s+cent))[\s-]+$/i;

const UNIT_CODE: Readonly<Record<string, [string, number]>> = {
  second: ['TS', 1],
  minute: ['TM', 1],
  hour: ['TH', 1],
  day: ['D', 1],
  week: ['W', 1],
  fortnight: ['W', 2],
  month: ['M', 1],
  year: ['Y', 1],
  decade: ['Y', 10],
  century: ['Y', 100],
  centurie: ['Y', 100],
  quarter: ['M', 3],
};
const ADVERB_SET: Readonly<Record<string, string>> = {
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  yearly: 'P1Y',
  annually: 'P1Y',
  hourly: 'PT1H',
};

/** "P2W", "PT4H", "P20Y" (two decades), "PXM" (n unknown). */
export function durationValue(n: number, unit: string): string {
  const [code, times] = UNIT_CODE[unit.toLowerCase()];
  const count = n < 0 ? 'X' : String(n * times);
  return code.startsWith('T') ? `PT${count}${code[1]}` : `P${count}${code}`;
}

/** A whole number, a hyphen or space, and a fraction of halves, thirds, quarters or eighths before a unit ("1-1/2 ", "2 3/4-"). */
const MIXED_COUNT_BEFORE_RE = /\b(\d{1,3})[\s-]([1-7])\/([2348])[\s-]+$/;
/** The unit below each unit, and how many of it make one: a fractional count is told in it when whole ("1-1/2 year" P18M). */
const SMALLER_UNIT: Readonly<Record<string, [string, number]>> = {
  minute: ['second', 60],
  hour: ['minute', 60],
  day: ['hour', 24],
  week: ['day', 7],
  year: ['month', 12],
};

/** The value of a length of `n` units, `n` not whole: in the next smaller unit when that makes it whole, else with a decimal. */
function fractionalDurationValue(n: number, unit: string): string {
  const smaller = SMALLER_UNIT[unit];
  if (smaller && Number.isInteger(n * smaller[1])) return durationValue(n * smaller[1], smaller[0]);
  return durationValue(n, unit);
}

function numberOf(words: string): number {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d/.test(w)) return Number(w.replace(',', ''));
  const [tens, units] = w.split('-');
  if (units) return NUMBER_WORDS[tens] + NUMBER_WORDS[units];
  return COUNT_WORDS[w] ?? NUMBER_WORDS[w] ?? Number.NaN;
}

/**
 * "one day" meaning some unsaid time ahead ("is going to find out one day", "hopes to one day
 * run it"): TimeML's FUTURE_REF, not a length. Read when a modal or "to" stands right before it or
 * its clause is future, and nothing makes it a length ("for one day", "one day after the vote",
 * "one day's pay", "one day of talks").
 */
const MODAL_OR_TO_BEFORE_RE = /\b(?:will|would|could|might|may|can|shall|to)\s+$/i;
const LENGTH_BEFORE_RE =
  /\b(?:for|in|within|than|only|just|about|the|of|over|per|every|each|by|first|last|another)\s+$/i;
const LENGTH_AFTER_RE =
  /^(?:\s*(?:after|before|later|earlier|ago|of|from|and|or|to|more|less|off|in\s+advance)\b|\s*['’]s\b|-)/i;

/**
 * "over" before a count of units is the hedge "more than" (TIMEX3 mod MORE_THAN, kept in the
 * extent) after a word that measures a length: "for", "in", "of", "than", "after", a form of "be"
 * or "have" ("it has been over three years"), or a verb of lasting, taking, spending, waiting or
 * staying: the one-word members of WordNet 3.1's synsets 02710788 (last, endure), 02272834
 * "require time" (take, occupy), 02714280 (spend, pass), 02644022 (wait) and 02733337 (stay,
 * remain; not "continue": "talks continued over three days" is across), in their inflections:
 * "lasted over two years", "took over three hours". After
 * any other verb or a noun it is "across" ("testifying over three days", "$84 billion over 10
 * years", "royalties over several years"); so it is when it opens the sentence and a comma closes
 * the length ("Over three days, the jury heard ..."), not before a verb ("Over two years have passed").
 */
const OVER_RE = /^over\s+/i;
const LENGTH_VERBS = [
  ...['last', 'endure', 'take', 'occupy', 'spend', 'pass', 'wait', 'stay', 'remain'],
  ...['lasts', 'endures', 'takes', 'occupies', 'spends', 'passes', 'waits', 'stays', 'remains'],
  ...['lasted', 'endured', 'took', 'taken', 'occupied', 'spent', 'passed', 'waited', 'stayed', 'remained'],
  ...['lasting', 'enduring', 'taking', 'occupying', 'spending', 'passing', 'waiting', 'staying', 'remaining'],
];
const MORE_THAN_BEFORE_RE = new RegExp(
  `(?:\\b(?:for|in|within|of|than|after|to|about|is|are|am|was|were|be|been|being|has|have|had|${LENGTH_VERBS.join('|')})|['’]s)\\s+$`,
  'i',
);
const CHUNK_START_RE = /^\s*$/;

/** Whether "over" opening the length at [start, end) of `text` (a sentence) means "across". */
function overMeansAcross(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  if (CHUNK_START_RE.test(before)) return /^,/.test(text.slice(end));
  return !MORE_THAN_BEFORE_RE.test(before);
}

/** Whether "one day" at `start` in `text` is a future time rather than a length. */
function futureOneDay(text: string, start: number, end: number, tenseAt: TenseAt | undefined, offset: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (LENGTH_BEFORE_RE.test(before) || LENGTH_AFTER_RE.test(text.slice(end, end + 16))) return false;
  return MODAL_OR_TO_BEFORE_RE.test(before) || tenseAt?.(offset + start, offset + end) === 'future';
}

/** Words one of the patterns needs: most sentences have none, and the patterns are costly to try. */
const HINT_RE = new RegExp(
  `\\b(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur|daily|weekly|monthly|yearly|annually|hourly|nightly|every|each|per|(?:${WEEKDAY_STEMS})day)`,
  'i',
);

/**
 * English's abbreviated weekday names (CLDR's en "abbreviated" day names Sun … Sat, and the longer
 * "Tues", "Thur", "Thurs" of the same style guides), to their full names.
 */
const WEEKDAY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  Mon: 'monday',
  Tue: 'tuesday',
  Tues: 'tuesday',
  Wed: 'wednesday',
  Thu: 'thursday',
  Thur: 'thursday',
  Thurs: 'thursday',
  Fri: 'friday',
  Sat: 'saturday',
  Sun: 'sunday',
};
const ABBREVIATION = Object.keys(WEEKDAY_ABBREVIATIONS).join('|');
/**
 * Two abbreviated weekdays joined as a schedule writes them ("open Tue – Sat", "Closed on Sun &
 * Mon", "Mon to Fri"): the opening days of every week, TimeML's SET XXXX-WXX-2 (each day its own
 * expression). Not one with its date after it ("Mon, Nov. 25 – Tue, Nov. 26" names two days), nor
 * "The Sun" (a newspaper); one abbreviation alone is left to chrono.
 */
const WEEKDAY_PAIR_RE = new RegExp(
  `(?<!\\b[Tt]he\\s+)((?:\\b[Oo]n\\s+)?)\\b(${ABBREVIATION})\\.?\\s*(?:&|and|to|through|thru|[–—-])\\s*(${ABBREVIATION})\\b(?!\\.?,?\\s*(?:\\d(?!\\d?(?::\\d\\d)?\\s*[AaPp]\\.?[Mm]\\b)|(?:${CAPITALISED_MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')})))`,
  'g',
);
/** A clock time after the last day of the pair ("Tue – Sat 4PM"): the time of each such day. */
const SCHEDULE_CLOCK_RE = /^\s+(\d{1,2})(?::(\d\d))?\s*([AaPp])\.?[Mm]\b\.?/;

/**
 * Weekdays of a schedule written as a pair of abbreviations, anywhere in `text`. A leading "on" is
 * kept for the lead to be cut off later, so the day is as long as chrono's "on Sun" and wins the tie.
 */
function scheduleWeekdays(text: string, out: Found[]): void {
  const push = (at: number, words: string, day: string, time = '') =>
    out.push({
      text: words,
      span: [at, at + words.length],
      type: 'SET',
      value: `XXXX-WXX-${ISO_WEEKDAY_NUMBER[WEEKDAY_ABBREVIATIONS[day]]}${time}`,
      relative: false,
    });
  for (const m of text.matchAll(WEEKDAY_PAIR_RE)) {
    push(m.index!, m[1] + m[2], m[2]);
    const at = m.index! + m[0].length - m[3].length;
    const clock = SCHEDULE_CLOCK_RE.exec(text.slice(at + m[3].length, at + m[3].length + 12));
    if (!clock) {
      push(at, m[3], m[3]);
      continue;
    }
    const hour = (Number(clock[1]) % 12) + (/[Pp]/.test(clock[3]) ? 12 : 0);
    const time = `T${String(hour).padStart(2, '0')}:${clock[2] ?? '00'}`;
    push(at, text.slice(at, at + m[3].length + clock[0].length), m[3], time);
  }
}

/** Lengths and recurrences in the chunks (sentences) of `text` that could hold one. */
export function durationTimes(
  text: string,
  chunks: readonly (readonly [number, number])[],
  tenseAt?: TenseAt,
): Found[] {
  const out: Found[] = [];
  for (const [start, end] of chunks) {
    const chunk = text.slice(start, end);
    if (HINT_RE.test(chunk)) chunkDurations(chunk, start, out, tenseAt);
  }
  scheduleWeekdays(text, out);
  return out;
}

function chunkDurations(text: string, offset: number, out: Found[], tenseAt?: TenseAt): void {
  const first = out.length;
  const push = (start: number, words: string, type: 'DURATION' | 'SET', value: string) => {
    out.push({ text: words, span: [offset + start, offset + start + words.length], type, value, relative: false });
  };
  for (const u of text.matchAll(UNIT_RE)) {
    const windowStart = Math.max(0, u.index! - COUNT_WINDOW);
    const count = COUNT_BEFORE_RE.exec(text.slice(windowStart, u.index!));
    if (!count) continue;
    const mStart = windowStart + count.index;
    const m = { index: mStart, 0: text.slice(mStart, u.index! + u[0].length), 1: u[1] };
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const unit = m[1].toLowerCase();
    if (AGO_RE.test(after)) continue;
    // A person's age, with the unit plural ("19 years old"); "a 2000 year old tradition" keeps its length.
    if (AGE_AFTER_RE.test(after) && /s$/i.test(m[0])) continue;
    if (AGE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    // "a 1-1/2 year trade war", "1 1/2 hours": a whole number and a fraction, one count (P18M, PT90M).
    const mixed = MIXED_COUNT_BEFORE_RE.exec(text.slice(windowStart, u.index!));
    if (mixed && !AGO_RE.test(after) && !DATE_AFTER_RE.test(after)) {
      const start = windowStart + mixed.index;
      const n = Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
      push(start, text.slice(start, u.index! + u[0].length), 'DURATION', fractionalDurationValue(n, unit));
      continue;
    }
    // "for seven years after seeking refuge" is a length; "seven years after the war" a date.
    if (
      DATE_AFTER_RE.test(after) &&
      !SHORT_UNITS.has(unit) &&
      unit !== 'day' &&
      unit !== 'week' &&
      !FOR_BEFORE_RE.test(text.slice(Math.max(0, m.index - 8), m.index))
    )
      continue;
    // "a second rally" is an ordinal; a year written as a count ("2018 day five") is not one.
    if (unit === 'second' && !/s$/i.test(m[0])) continue;
    // Quarters counted ("the past two quarters") are lengths; "a quarter", "three quarters of" are fractions.
    if (unit === 'quarter' && (!/s$/i.test(m[0]) || /^\s+of\b/i.test(after))) continue;
    if (/^\s*later\b/i.test(after) && !SHORT_UNITS.has(unit) && unit !== 'day' && unit !== 'week') continue;
    const num = COUNT_OF_RE.exec(m[0]);
    const n = num ? numberOf(num[1]) : Number.NaN;
    if (Number.isNaN(n) || (n >= 1900 && n <= 2100 && unit !== 'year')) continue;
    // A price "a month" is a rate: the extent is the unit and its article ("$10-a-month": "a-month").
    if (
      num &&
      /^an?$/i.test(num[1]) &&
      PRICE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 24), m.index + num.index))
    ) {
      push(m.index + num.index, m[0].slice(num.index), 'SET', durationValue(1, unit));
      continue;
    }
    if (NAMED_LENGTH_RE.test(m[0]) && CAPITALISED_AFTER_RE.test(after)) continue;
    if (
      n > 1 &&
      NAMED_COUNT_RE.test(m[0]) &&
      CAPITALISED_AFTER_RE.test(after) &&
      !TITLE_CASE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 40), m.index))
    )
      continue;
    if (/^one day$/i.test(m[0]) && futureOneDay(text, m.index, m.index + m[0].length, tenseAt, offset)) {
      out.push({
        text: m[0],
        span: [offset + m.index, offset + m.index + m[0].length],
        type: 'DATE',
        value: 'FUTURE_REF',
        relative: true,
        vague: true,
      });
      continue;
    }
    // "1–2 hours": one length whose number is not given (PTXH), as "every 2–3 hours" is a SET of PTXH.
    const low = /^\d/.test(m[0])
      ? RANGE_LOW_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 12), m.index))
      : WORD_RANGE_LOW_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 16), m.index));
    if (low && numberOf(low[1]) < n) {
      const start = m.index - low[0].length;
      push(start, text.slice(start, m.index) + m[0], 'DURATION', durationValue(-1, unit));
      continue;
    }
    // "testifying over three days", "$374 billion over 10 years": "over" is "across", a
    // preposition TIMEX3 leaves out (kept as the lead), not the hedge "more than".
    const across = OVER_RE.exec(m[0]);
    if (across && overMeansAcross(text, m.index, m.index + m[0].length)) {
      const words = m[0].slice(across[0].length);
      const at = offset + m.index + across[0].length;
      out.push({
        text: words,
        span: [at, at + words.length],
        type: 'DURATION',
        value: durationValue(n, unit),
        relative: false,
        lead: across[0],
      });
      continue;
    }
    // "a day after the strike", "an hour's drive" are lengths; a bare "a year" after "last" is not counted here.
    push(m.index, m[0], 'DURATION', durationValue(n, unit));
  }
  for (const m of text.matchAll(BARE_RE)) {
    const start = m.index! + m[0].length - m[1].length;
    push(start, m[1], 'DURATION', durationValue(-1, m[1].slice(0, -1)));
  }
  for (const m of text.matchAll(HALF_HOUR_RE)) push(m.index!, m[0], 'DURATION', 'PT30M');
  for (const m of text.matchAll(PAST_UNIT_RE)) push(m.index!, m[0], 'DURATION', durationValue(1, m[1]));
  for (const m of text.matchAll(FREQUENCY_RE)) push(m.index!, m[0], 'SET', durationValue(1, m[1]));
  for (const m of text.matchAll(RATE_RE)) push(m.index!, m[0], 'SET', durationValue(1, m[1]));
  for (const m of text.matchAll(WEEKDAYS_RE)) {
    if (NAME_WORD_BEFORE_RE.test(text.slice(Math.max(0, m.index! - 24), m.index!))) continue;
    const partWord = m[2] ?? m[3];
    const part = partWord ? `T${PART_OF_DAY_CODES[partWord.toLowerCase().slice(0, -1)]}` : '';
    push(m.index!, m[0], 'SET', `XXXX-WXX-${ISO_WEEKDAY_NUMBER[m[1].toLowerCase() + 'day']}${part}`);
  }
  for (const m of text.matchAll(WEEKENDS_RE)) {
    // "every weekend" keeps its "every", as "every Sunday" does; "on weekends" is "weekends".
    const start = m[2] ? m.index! : m.index! + m[0].length - m[1].length;
    push(start, text.slice(start, m.index! + m[0].length), 'SET', 'XXXX-WXX-WE');
  }
  for (const m of text.matchAll(MONTH_SET_RE)) {
    const month = MONTH_NAMES.indexOf(m[1].toLowerCase()) + 1;
    push(m.index!, m[0], 'SET', `XXXX-${String(month).padStart(2, '0')}`);
  }
  for (const m of text.matchAll(SET_RE)) {
    // "their every day lives": the adjective "everyday" written in two words, no recurrence.
    if (!m[4] && POSSESSIVE_BEFORE_RE.test(text.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    if (m[4]) {
      // A capitalised "Weekly" is a name ("LA Weekly").
      if (m[4] === m[4].toLowerCase()) push(m.index!, m[0], 'SET', ADVERB_SET[m[4]]);
      continue;
    }
    const unit = m[3].toLowerCase();
    // "every 2–3 hours": a range of counts, the number unspecified (PTXH).
    const every = m[2] ? (m[2] === 'other' ? 2 : /\d\s*[–-]/.test(m[2]) ? -1 : numberOf(m[2]) || -1) : 1;
    if (ISO_WEEKDAY_NUMBER[unit] !== undefined) {
      // "every Monday evening": the weekday and its part of day.
      const part = PART_AFTER_RE.exec(text.slice(m.index! + m[0].length));
      const words = part ? m[0] + part[0] : m[0];
      push(
        m.index!,
        words,
        'SET',
        `XXXX-WXX-${ISO_WEEKDAY_NUMBER[unit]}${part ? `T${PART_OF_DAY_CODES[part[1].toLowerCase()]}` : ''}`,
      );
      continue;
    }
    if (unit === 'morning' || unit === 'night' || unit === 'evening') {
      push(m.index!, m[0], 'SET', `XXXX-XX-XXT${PART_OF_DAY_CODES[unit]}`);
      continue;
    }
    push(m.index!, m[0], 'SET', durationValue(every, unit));
  }
  joinCompounds(out, first, text, offset);
}

/** A length of one unit and a count ("PT2M", "P1Y"), split into its date and time parts. */
const COUNTED_LENGTH_RE = /^P(\d+[YMWD])?(?:T(\d+[HMS]))?$/;
/** The units in the order TIMEX3 writes them, largest first (date part, then time part). */
const UNIT_ORDER = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'];
/** What may join the two lengths of one ("2 minutes and 38 seconds", "three years and six months"). */
const COMPOUND_JOIN_RE = /^,?\s+and\s+$/;

/** The rank of a counted length's unit (UNIT_ORDER), or -1 when it is no such length. */
function unitRank(value: string): number {
  const m = COUNTED_LENGTH_RE.exec(value);
  if (!m || !!m[1] === !!m[2]) return -1;
  return UNIT_ORDER.indexOf(m[1] ? m[1].slice(-1) : `T${m[2].slice(-1)}`);
}

/**
 * Two lengths of which the second counts a smaller unit, joined by "and" or a comma ("2 minutes
 * and 38 seconds", "three years and six months"), are one length: TIMEX3 marks the whole
 * (PT2M38S, P3Y6M). Items from `first` on are this chunk's, in the order found; the lengths are
 * found before the recurrences and are in text order.
 */
function joinCompounds(out: Found[], first: number, text: string, offset: number): void {
  for (let i = first; i + 1 < out.length; i++) {
    const [a, b] = [out[i], out[i + 1]];
    if (a.type !== 'DURATION' || b.type !== 'DURATION') continue;
    const [ra, rb] = [unitRank(a.value), unitRank(b.value)];
    if (ra < 0 || rb <= ra) continue;
    if (!COMPOUND_JOIN_RE.test(text.slice(a.span[1] - offset, b.span[0] - offset))) continue;
    const value = a.value.startsWith('PT') ? a.value + b.value.slice(2) : a.value + b.value.slice(1);
    out.splice(i, 2, {
      ...a,
      text: text.slice(a.span[0] - offset, b.span[1] - offset),
      span: [a.span[0], b.span[1]],
      value,
    });
  }
}
