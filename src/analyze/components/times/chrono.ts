// Dates and times chrono-node parses well ("Dec. 26", "Sept. 30, 2016 at 6:05 p.m.", "last week",
// "two years ago", "Friday"), turned into TIMEX3 values at the granularity the words carry:
// "last week" is a week, "last month" a month, "next year" a year, not one day; "Friday night" is
// the day and its part (2022-02-18TNI), "the early hours of Saturday" its morning. A month or
// weekday without a year follows its clause's tense: in a past clause the last one, in a future
// clause the next one. Lengths of time chrono reads as dates ("for about two weeks", "within 48
// hours") are left to durations.ts.
import * as chrono from 'chrono-node';
import type { ParsedComponents } from 'chrono-node';
import type { Tense } from '../../../record/types.js';
import { comparesPeriod, type Found, type TenseAt } from './found.js';
import {
  addDays,
  dayValue,
  isoWeekValue,
  monthValue,
  PART_OF_DAY_CODES,
  weekdayOf,
  yearByTense,
  type YMD,
} from './values.js';
import { bareWeekdayDate } from './weekday.js';
import { NUMBER_WORDS } from '../../resources/number-words.js';

/** Words that say the expression spans a week / month / year rather than a day. */
const WEEK_RE = /\bweeks?\b/i;
const MONTH_UNIT_RE = /\bmonths?\b/i;
/** A month name alone in lower case is a verb or modal ("may", "march"); so are weekdays' short names ("sat", "wed"). */
const LOWER_MONTH_ONLY_RE = /^(?:may|march|june|august|sun|mon|wed|sat)$/;
/**
 * "weekend" with nothing to say which ("a favourite weekend outing", "weekend traffic") is any
 * weekend, no date; "the weekend", "this weekend", "Saturday's weekend" name one.
 */
const BARE_WEEKEND_RE = /^weekends?$/i;
const WEEKEND_DETERMINER_BEFORE_RE = /\b(?:the|this|that|last|next|past|coming|[a-z]+['’]s)\s+$/i;
/** Units counted back with a count that names no number ("several weeks ago", "a few years ago"): TIMEX3 PAST_REF. */
const VAGUE_AGO_RE = /^(?:a\s+few|several|some|many|a\s+number\s+of)\s+(?:\w+\s+)?\w+\s+ago$/i;
/** Weeks counted back ("two weeks ago", "a couple of weeks ago"): the week, as years counted back give the year. */
const AGO_END_RE = /\bago$/i;
/**
 * A scale written as a ratio ("scala 1:24", "a 1:18 scale model", "at a scale of 1:50"), no clock
 * time: the word for scale before or after it, in the languages whose pages are read here
 * (English scale, Italian scala, Spanish and Portuguese escala, Swedish and Finnish-borrowed skala,
 * Dutch schaal, French échelle, German Maßstab; Wiktionary's translations of "scale", ratio sense).
 */
const SCALE_BEFORE_RE =
  /\b(?:scale|scala|escala|skala|schaal|[eé]chelle|ma(?:ss|ß)stab)(?:\s+(?:of|di|de|du|van|im|von))?\s+$/i;
const SCALE_AFTER_RE = /^[\s-]+scale\b/i;
const RATIO_RE = /^\d{1,2}:\d{2,3}$/;
/** A bare clock time needs a colon or am/pm, spaced or not ("3 a.m.", "3am"; "at 10" is more often a count). */
const CLOCK_RE = /:\d\d|(?:\b|(?<=\d))[ap]\.?m\b|\bmidnight\b|\bnoon\b/i;
/** "at the last minute", "at the last second": an idiom for late, not the minute before the reference time. */
const LAST_MOMENT_RE = /^last (?:minute|second)$/i;
const THE_AT_BEFORE_RE = /\bat\s+the\s+$/i;
/** Left to the vague pattern, which marks it as vague. */
const VAGUE_ONLY_RE = /^now$/i;
/**
 * Modifiers chrono drops in front of its match: "early next year", "earlier this week", "the end
 * of last month", "the end of the day Saturday" (TIMEX3 keeps them, as mod START / MID / END).
 */
const LEAD_MODIFIER_RE =
  /(?:\b(?:earlier|later|early|late|mid-?|the (?:end|beginning|start|middle) of(?: the day)?))\s*$/i;
/** Lengths of time, which chrono reads as a date counted from the reference. */
const DURATION_LEAD_RE = /^(?:for|within|over|during|throughout)\b/i;
const FOR_BEFORE_RE = /\bfor\s+$/i;
/**
 * "after two years of talks", "after several months of looking": a length the activity lasted
 * (durations.ts reads "two years", P2Y), not the date that far after the reference.
 */
const AFTER_COUNT_RE = /^after\s/i;
/**
 * "the last weekend of the festival", "the first week of the campaign": a week or weekend by its
 * place in a period the words name after "of", not the one before or after the reference date.
 * ("the last week of March" is read as such by granular.ts.)
 */
const PLACED_WEEK_RE = /^(?:last|first|final|next|past)\s+week(?:end)?$/i;
const TIME_BEFORE_RE = /\btime\s+$/i;
/** Counted short units before "later"/"before" are lengths ("four hours after", "ten days before"). */
const SHORT_SPAN_RE = /\b(?:seconds?|minutes?|hours?|days?|weeks?)\s+(?:later|earlier|before|after)$/i;
/** "in six weeks", "in a year": a date only in a future clause ("will open in two weeks"). */
const IN_COUNT_RE = /^in\s+(?:\S+\s+){1,2}(?:days?|weeks?|months?|years?)$/i;
/** "in a week", "in a year": one unit with its article, which a relative clause after it may pick out. */
const IN_A_UNIT_RE = /^in\s+an?\s+(?:day|week|month|year)$/i;
/** A relative clause right after ("in a week where ...", "in a year when ...", "in a month in which ..."). */
const RELATIVE_AFTER_RE = /^\s+(?:where|when|(?:in|during)\s+which)\b/i;
/** A range "November 20 to December 11": TimeML marks its two ends. */
const RANGE_SEPARATOR_RE = /\s*(?:\bto\b|\bthrough\b|\buntil\b|\btill\b|[-–—])\s*/i;
/** Parts of the day, TIMEX3's suffixes. */
const PART_OF_DAY_RE = /\b(morning|afternoon|evening|night|tonight)\b/i;
const PART_CODES: Readonly<Record<string, string>> = { ...PART_OF_DAY_CODES, tonight: 'NI' };
/** A part of a named day: "morning of Jan. 5", "night of March 3". */
const PART_OF_DATE_RE = /^(?:morning|afternoon|evening|night) of (.+)$/i;
const THE_BEFORE_RE = /\bthe\s+$/i;
const FOLLOWING_RE = /^(?:next|following)\s/i;
/** "the early hours of", "the small hours of" before a day. */
const EARLY_HOURS_BEFORE_RE = /\b(?:the\s+)?(?:early|small|wee)\s+hours\s+of\s+$/i;
const DAY_OR_MORNING_RE = /^\d{4}-\d\d-\d\d(?:TMO)?$/;
/** "this morning": the reference day's part, which chrono gives with nothing certain. */
const THIS_PART_RE = /^this (?:morning|afternoon|evening)$/i;
/** Units counted back ("a year ago", "two years earlier"): a story anchor may make them a quarter or month. */
const YEARS_BACK_RE =
  /^(?:about |nearly |almost |some )?(a|one|two|three|four|five|\d+) years? (?:ago|earlier|before)$/i;
/** Words chrono needs to find anything: month and weekday names, relative day words, units, clock times. */
const DATE_HINT_RE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|ago|minutes?|hours?|days?|weeks?|months?|years?|noon|midnight|morning|afternoon|evening|night|weekend)\b|\d\s*[:/]\s*\d|\d\s*[ap]\.?m\b|\d{4}-\d\d-\d\d/i;
const SPACED_DASH_RE = / [–—] /g;
/**
 * "Aug. 9 to 6:30 a.m.": chrono's clock-range pattern takes "9 to 6:30 a.m." and loses the date.
 * The "to" between a month's day and a clock time is cut (same length) so the date stays whole;
 * each end of a range is read on its own anyway.
 */
const DAY_TO_CLOCK_RE =
  /(\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+)(to|until|till)(?=\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\s+\d{1,2}:\d\d)/gi;
/**
 * A score or tally ("beat the Owls, 45-17, on Tuesday night", "won 2-1 on Sunday"): two counts
 * joined by a dash right before a weekday. chrono reads the second count as the day of the
 * month ("17, on Tuesday") and drops the part of day; a range of days after a month name
 * ("Nov. 20-21 on Monday") is left alone. Blanked with its comma (same length) before chrono reads it.
 */
const SCORE_BEFORE_WEEKDAY_RE =
  /(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)\b\d{1,3}[-–]\d{1,3}\b,?(?=\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi;
/** A month's short name alone: beside a capitalised word, part of a name ("Lee Ho Jun", "Jan Kowalski"). */
const SHORT_MONTH_ALONE_RE = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
/** A weekday's short name alone beside a capitalised word: part of a name too ("the Baltimore Sun", "Nguyen Thi Thu"). */
const SHORT_WEEKDAY_ALONE_RE = /^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat)$/;
const CAPITALISED_WORD_BEFORE_RE = /\b[A-Z][a-z]*\s+$/;
const CAPITALISED_WORD_AFTER_RE = /^\s+[A-Z][a-z]/;
/**
 * A fraction, not a day of a month: a halves, thirds, quarters or eighths written with a slash
 * ("1/3 tsp.", "3/4 of a point"), or any slash pair after a whole number ("1 1/2 cups").
 */
const FRACTION_RE = /^[1-7]\/[2348]$/;
const SLASH_PAIR_RE = /^\d{1,2}\/\d{1,2}$/;
const WHOLE_NUMBER_BEFORE_RE = /\b\d+\s+$/;

/**
 * "3 1/2 years ago", "1-1/2 years ago": chrono reads the fraction's denominator as the count
 * ("[2 years ago]"); the whole number and the fraction before it are the count, told in months.
 */
const MIXED_COUNT_BEFORE_RE = /\b(\d{1,3})[\s-]([1-7])\/$/;
const YEARS_AGO_RE = /^([2348])\s+years?\s+ago$/i;
const MONTHS_A_YEAR = 12;

/** The month so many years and a fraction before `ref`, with the words' start, or null when `words` is no such count. */
function mixedYearsAgo(words: string, before: string, ref: YMD): { month: string; lead: number } | null {
  const ago = YEARS_AGO_RE.exec(words);
  const mixed = ago ? MIXED_COUNT_BEFORE_RE.exec(before) : null;
  if (!ago || !mixed) return null;
  const months = (Number(mixed[1]) + Number(mixed[2]) / Number(ago[1])) * MONTHS_A_YEAR;
  if (!Number.isInteger(months)) return null;
  const at = ref.y * MONTHS_A_YEAR + ref.m - 1 - months;
  return { month: monthValue(Math.floor(at / MONTHS_A_YEAR), (at % MONTHS_A_YEAR) + 1), lead: mixed[0].length };
}

/** Whether `words`, a slash pair chrono read as a date, is such a fraction (`before`: the text before it). */
function isFraction(words: string, before: string): boolean {
  if (!SLASH_PAIR_RE.test(words) || !(FRACTION_RE.test(words) || WHOLE_NUMBER_BEFORE_RE.test(before))) return false;
  const [numerator, denominator] = words.split('/').map(Number);
  return numerator < denominator;
}
/**
 * A game clock: minutes and seconds left ("with 3:08 to play", "0:42 left in the half") or gone
 * ("2:55 into overtime"), a length (TIMEX3 DURATION PT3M8S), not a time of day; "from 11:30 into
 * the night" stays a clock time.
 */
const GAME_CLOCK_RE = /^(\d{1,2}):([0-5]\d)$/;
const TIME_LEFT_AFTER_RE =
  /^\s+(?:to\s+(?:play|go)|left|remaining|into\s+(?!(?:the\s+)?(?:early\s+)?(?:night|morning|evening|afternoon|hours)\b))/i;
const GAME_PERIOD_BEFORE_RE = /\b(?:final|last|first|opening|closing)\s+$/i;
const OF_AFTER_RE = /^\s+of\b/;
/**
 * "end of next year", "the end of November" as chrono reads them (its last day): TIMEX3 keeps the
 * period's granularity and marks the part in mod (END), as the dev set's "the end of the year" (2006).
 */
const PART_OF_PERIOD_RE = /^(?:end|beginning|start|middle) of\s+(.+)$/i;
const DAY_NUMBER_RE = /\d/;
/** A trailing "of" chrono takes after a month. */
const OF_END_RE = /\s+of$/i;
/**
 * Punctuation chrono takes along; a final period stays when it closes an abbreviation ("p.m."); a
 * spaced dash ("conducted in February -- he"), which chrono reads as a range's start.
 */
const TRAILING_PUNCT_RE = /[\s,;:]+$|\s+[-–—]+$|(?<=\p{L}\p{L})\.$/u;
/**
 * A word chrono reads as "last" and a unit's one-letter abbreviation ("lasts": the last second;
 * "pasts"): a verb or noun, no time.
 */
const ABBREVIATED_UNIT_WORD_RE = /^(?:last|past|next)[smhdwy]$/i;
/** With a written year the value does not depend on the reference date. */
const EXPLICIT_YEAR_RE = /\b(?:1[89]|20)\d\d\b|['’]\d\d\b/;
const MONTH_NAME_RE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;
/** Placeholder instant for chrono when the document has no reference date; only known parts are used then. */
const NO_REFERENCE_INSTANT = new Date(Date.UTC(2000, 0, 1, 12));
const NOON_UTC_HOUR = 12;

/** What the story pass (story.ts) may still change: a bare clock time takes the story's day, years counted back its quarter or month. */
export interface ChronoFound extends Found {
  clockOnly?: boolean;
  /**
   * Months or years counted from another time ("four years later", "two years earlier", "five
   * years after the war ended"; `n` < 0 back): from the story's time, not the publication date.
   * `clauseEnd` (offset) for "after/before <clause>", whose anchor is a time named in its clause,
   * before that offset. `vague` for a count not given ("a couple of months later", "a few years
   * earlier"; `n` is then only its sign): the value stays unspecified at the unit's granularity.
   */
  counted?: { n: number; unit: 'month' | 'year'; clauseEnd?: number; vague?: true };
  /**
   * "the next Tuesday (night)", "the following Friday" (0 = Sunday … 6 = Saturday): with its
   * article the first such day after the story's day ("I went back the next Tuesday night"), not
   * the one after the reference date, as "next Tuesday" alone is.
   */
  followingWeekday?: number;
  /** A month and day with no year and no tense to place them (in a list of dates with no verb: see scheduleYears). */
  undated?: { m: number; d: number };
  /** Such a month and day, for the story's date ahead to place (story.ts): "the final date on the tour, Oct. 10". */
  yearless?: true;
  /** "today", "tomorrow", ... inside a direct quotation: counted from the speaker's day (story.ts). */
  quotedDeictic?: true;
}
/** Months, years or decades counted from another time: "four years later", "about six months after", "a year earlier". */
const COUNTED_RE =
  /^(?:(?:about|nearly|almost|some|more than|over|roughly|just)\s+)?(a\s+couple\s+of|a\s+few|an?|\d+|[a-z]+)\s+(months?|years?|decades?)\s+(later|after|earlier|before)$/i;
/** Counts that name no number: "a couple of", "a few", "several", "many". */
const VAGUE_COUNT_RE = /^(?:a\s+couple\s+of|a\s+few|several|many)$/;
const YEARS_BACK_WORDS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

/** One parser for the process: chrono.parse() rebuilds its configuration on every call. */
const PARSER = chrono.casual.clone();

const MONTH_WORDS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DIGIT = /\d/;
/**
 * What each of chrono's English parsers (2.10, by class name) cannot match without, read off its
 * pattern: lower-case substrings of which the chunk must hold one (every spelling its pattern
 * allows contains one of them: "sept.", "tomorrow", "last night"), and whether it needs a digit.
 * Each pattern runs over the whole chunk and most chunks hold the words of only one or two of
 * them, so a parser whose words are absent is left out: it would find nothing, and the refiners
 * only ever see what the parsers found, so the result is the same. A parser not listed always runs.
 */
export const PARSER_NEEDS: Readonly<Record<string, { words?: readonly string[]; digit?: boolean }>> = {
  ENYearMonthDayParser: { digit: true },
  ISOFormatParser: { digit: true },
  SlashDateFormatParser: { digit: true },
  ENSlashMonthFormatParser: { digit: true },
  ENTimeExpressionParser: { digit: true },
  ENYearMonthNameParser: { words: MONTH_WORDS, digit: true },
  ENMonthNameLittleEndianParser: { words: MONTH_WORDS },
  ENMonthNameMiddleEndianParser: { words: MONTH_WORDS },
  ENMonthNameParser: { words: MONTH_WORDS },
  ENWeekdayParser: { words: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week'] },
  ENCasualDateParser: { words: ['now', 'today', 'morrow', 'tmr', 'yesterday', 'night'] },
  ENCasualTimeParser: { words: ['morning', 'noon', 'evening', 'night', 'midday'] },
  ENEndOfCurrentMonthParser: { words: ['month'] },
  ENTimeUnitWithinFormatParser: { words: ['in', 'for'] },
  ENTimeUnitAgoFormatParser: { words: ['ago', 'before', 'earlier'] },
  ENTimeUnitLaterFormatParser: { words: ['later', 'after', 'now', 'henceforth', 'forward', 'out'] },
  ENRelativeDateFormatParser: { words: ['this', 'last', 'past', 'next', 'after'] },
  ENTimeUnitCasualRelativeFormatParser: { words: ['this', 'last', 'past', 'next', 'after', '+', '-'] },
};
/**
 * chrono's weekday names (its WEEKDAY_DICTIONARY, 2.10) and the two words its weekday pattern
 * takes in their place.
 */
const WEEKDAY_NAMES = [
  ...['sunday', 'sun', 'monday', 'mon', 'tuesday', 'tue', 'wednesday', 'wed', 'thursday', 'thurs', 'thur', 'thu'],
  ...['friday', 'fri', 'saturday', 'sat'],
].flatMap((w) => [w, `${w}.`]);
/**
 * What ENWeekdayParser cannot match without, past its words: one of its names with what its
 * pattern allows on each side. Its match starts after a non-word character or the text's start,
 * and nothing but "on" and "this", "last", "past" or "next" can stand between that and the name
 * without a non-word character; after the name comes a non-word character, the end, or "of" and
 * "this", ... "week" right after it. Read with the pattern's own flag ("i", no "u") on the text
 * chrono reads, this holds wherever the parser matches; "month", "common", "friends" and
 * "Saturn" alone fail it (a third of the sentences with the parser's words on PolNeAR dev).
 */
const WEEKDAY_RE = new RegExp(
  `(?:^|\\W)(?:on)?(?:this|last|past|next)?(?:${[...WEEKDAY_NAMES, 'weekend', 'weekday'].map((w) => w.replace('.', '\\.')).join('|')})(?:\\W|$|of|this|last|past|next)`,
  'i',
);

/** PARSER cut down to some of its parsers, one per combination met (keyed by a bit per parser). */
const PARSER_SUBSETS = new Map<number, chrono.Chrono>();
/** Bits of PARSER's parsers that always run, that need a digit, and that need one of their words. */
const ALWAYS = bitsOf((needs) => !needs);
const NEEDS_DIGIT = bitsOf((needs) => !!needs?.digit);
const NEEDS_WORDS = bitsOf((needs) => !!needs?.words);
/** The bit of ENWeekdayParser, which also needs WEEKDAY_RE. */
const WEEKDAY = bitsOf((needs) => needs === PARSER_NEEDS.ENWeekdayParser);

function bitsOf(test: (needs: (typeof PARSER_NEEDS)[string] | undefined) => boolean): number {
  let bits = 0;
  PARSER.parsers.forEach((p, i) => {
    if (test(PARSER_NEEDS[p.constructor.name])) bits |= 1 << i;
  });
  return bits;
}

/**
 * Every parser word, found with one pass over the chunk: a lookahead at each position, longest
 * word first. Words found at one position are prefixes of the longest ("mon" of "month"), so each
 * word stands for the parsers of all words it starts with.
 */
const WORDS = [...new Set(Object.values(PARSER_NEEDS).flatMap((needs) => needs.words ?? []))].sort(
  (a, b) => b.length - a.length,
);
const WORDS_RE = new RegExp(`(?=(${WORDS.map((w) => w.replace(/[+-]/g, '\\$&')).join('|')}))`, 'g');
const PARSERS_OF_WORD: ReadonlyMap<string, number> = new Map(
  WORDS.map((word) => [word, bitsOf((needs) => !!needs?.words?.some((w) => word.startsWith(w)))]),
);

/** PARSER with only the parsers that may match in `text` (see PARSER_NEEDS); exported for its test. */
export function parserFor(text: string): chrono.Chrono {
  let withWords = 0;
  for (const m of text.toLowerCase().matchAll(WORDS_RE)) withWords |= PARSERS_OF_WORD.get(m[1])!;
  const digit = DIGIT.test(text);
  let mask =
    ALWAYS | (withWords & NEEDS_WORDS & (digit ? -1 : ~NEEDS_DIGIT)) | (digit ? NEEDS_DIGIT & ~NEEDS_WORDS : 0);
  if (mask & WEEKDAY && !WEEKDAY_RE.test(text)) mask &= ~WEEKDAY;
  let parser = PARSER_SUBSETS.get(mask);
  if (!parser) {
    parser = new chrono.Chrono({
      parsers: PARSER.parsers.filter((_, i) => mask & (1 << i)),
      refiners: PARSER.refiners,
    });
    PARSER_SUBSETS.set(mask, parser);
  }
  return parser;
}

/**
 * Runs chrono on the chunks (sentences) of `text` that hold a word it could parse: most news
 * sentences hold none, and chrono's many patterns are the costliest part of the times component.
 */
export function chronoTimes(
  text: string,
  chunks: readonly (readonly [number, number])[],
  ref: YMD | null,
  tenseAt: TenseAt,
  dayFirst = false,
  presentVerbBefore?: (start: number) => boolean,
): ChronoFound[] {
  const out: ChronoFound[] = [];
  // Most documents hold no "Up next" heading: look for one once, not around every chunk.
  const ahead = AHEAD_HEADING_ANY_LINE_RE.test(text);
  for (const [start, end] of chunks) {
    const chunk = text.slice(start, end);
    if (DATE_HINT_RE.test(chunk))
      chronoChunk(
        chunk,
        start,
        ref,
        scheduledTense(ahead ? aheadTense(text, start, tenseAt) : tenseAt, presentVerbBefore),
        out,
      );
  }
  for (const t of out) if (t.type === 'TIME') readMeridiem(t, text);
  if (dayFirst) for (const t of out) readDayFirst(t);
  if (ref) scheduleYears(out, ref);
  for (const t of out) if (DEICTIC_RE.test(t.text) && insideQuotation(text, t.span[0])) t.quotedDeictic = true;
  // `undated` serves the schedule only: it is no field of the record's times.
  for (const t of out)
    if (t.undated) {
      delete t.undated;
      t.yearless = true;
    }
  return out;
}

const DEICTIC_RE = /^(?:today|tonight|tomorrow|yesterday)\b/i;

/** "Up next", "Next up", "Next:" opening a line: a heading over the fixtures to come. */
const AHEAD_HEADING_RE = /^\s*(?:up\s+next|next\s+up|next\s*:)/i;
/** The same heading at the start of any line of a document. */
const AHEAD_HEADING_ANY_LINE_RE = new RegExp(AHEAD_HEADING_RE.source, 'im');
/** How many short lines (a fixture each) may stand between such a heading and a line under it. */
const AHEAD_LINES = 4;
const FIXTURE_LINE_MAX = 100;

/** Whether the line holding offset `start` opens with such a heading, or follows one over short lines only. */
function underAheadHeading(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (AHEAD_HEADING_RE.test(text.slice(lineStart, start + 16))) return true;
  const lines = text
    .slice(Math.max(0, lineStart - AHEAD_LINES * FIXTURE_LINE_MAX), lineStart)
    .split('\n')
    .filter((line) => line.trim());
  for (const line of lines.slice(-AHEAD_LINES).reverse()) {
    if (AHEAD_HEADING_RE.test(line)) return true;
    if (line.length > FIXTURE_LINE_MAX) return false;
  }
  return false;
}

/**
 * `tenseAt` for the chunk at `start`: under an "Up next" heading ("UP NEXT / Thunder: Host the
 * Lakers on Friday") a clause in the present, or with no tense the tagger reads (it takes "Host"
 * for no verb), is a schedule: the future.
 */
function aheadTense(text: string, start: number, tenseAt: TenseAt): TenseAt {
  if (!underAheadHeading(text, start)) return tenseAt;
  return (from, to) => {
    const tense = tenseAt(from, to);
    return tense === undefined || tense === 'present' ? 'future' : tense;
  };
}

/**
 * `tenseAt` where a clause in the present has a verb in the present right before the expression
 * (tense.ts presentVerbBeforeReader: "The Gophers play Saturday", "opens on Friday", no verb of
 * saying): a fixture or plan told in the present, dated as the future is.
 */
function scheduledTense(tenseAt: TenseAt, presentVerbBefore?: (start: number) => boolean): TenseAt {
  if (!presentVerbBefore) return tenseAt;
  return (from, to) => {
    const tense = tenseAt(from, to);
    // A clause read as past from another verb of the sentence ("announced the tour that stops at
    // … on July 22") is the present verb's when that verb stands right before the expression.
    return (tense === 'present' || tense === 'past') && presentVerbBefore(from) ? 'future' : tense;
  };
}

/** A clock time of the first twelve hours written with no am/pm and no leading zero ("4:25", not "04:25"). */
const BARE_CLOCK_RE = /^(?:[1-9]|1[01]):[0-5]\d$/;
/** How far from such a clock time a cue to its half of the day may stand ("from a 4:25 kickoff to a 1 p.m. start"). */
const MERIDIEM_REACH = 40;
const PM_CUE_RE = /\d\s*p\.?m\b|\b(?:afternoon|evening|tonight|night)\b/i;
const AM_CUE_RE = /\d\s*a\.?m\b|\b(?:morning|dawn|overnight)\b/i;

/**
 * A clock time with its am/pm unsaid takes the half of the day a time or part of the day beside it
 * says: "from a 4:25 kickoff to a 1 p.m. start" is 16:25, "between 7:30 and 9 p.m." 19:30; with a
 * morning beside it, or nothing, it stays as written (chrono's reading: "at 2:30 the next day" after
 * "22:30").
 */
function readMeridiem(t: ChronoFound, text: string): void {
  if (!BARE_CLOCK_RE.test(t.text)) return;
  const near =
    text.slice(Math.max(0, t.span[0] - MERIDIEM_REACH), t.span[0]) +
    ' ' +
    text.slice(t.span[1], t.span[1] + MERIDIEM_REACH);
  if (!PM_CUE_RE.test(near) || AM_CUE_RE.test(near)) return;
  const clock = /T(\d\d):/.exec(t.value);
  if (!clock || Number(clock[1]) >= 12) return;
  t.value = t.value.replace(/T\d\d:/, `T${String(Number(clock[1]) + 12)}:`);
}

/** A date of numbers only, day and month either way round ("05/10/2018", "05.10."). */
const NUMERIC_DATE_RE = /^(\d{1,2})[/.](\d{1,2})(?:[/.](?:\d{4}|\d\d))?\.?$/;

/**
 * chrono's English parser reads "05/10/2018" month first, as US English writes it; pages in other
 * languages write the day first (Portuguese, German, Russian, French ...: 5 October). The value's
 * month and day swap where chrono took the first number for the month and the second can be one.
 */
function readDayFirst(t: ChronoFound): void {
  const m = NUMERIC_DATE_RE.exec(t.text);
  if (!m || Number(m[2]) > 12) return;
  const [first, second] = [m[1].padStart(2, '0'), m[2].padStart(2, '0')];
  if (t.value.slice(5, 10) !== `${first}-${second}`) return;
  t.value = `${t.value.slice(0, 5)}${second}-${first}${t.value.slice(10)}`;
}

/** Whether offset `at` lies inside a direct quotation opened in its paragraph (curly marks, else straight ones). */
function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const open = before.lastIndexOf('“');
  if (open >= 0 || before.includes('”')) return open > before.lastIndexOf('”');
  return (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** Characters at most between two dates of one schedule ("July 19 -- Budweiser Stage, Toronto, ON July 22"). */
const SCHEDULE_GAP = 120;
const SCHEDULE_MIN = 3;

/**
 * A schedule: three or more months-and-days with no year, one after another (at most
 * SCHEDULE_GAP characters apart) with no past or future verb to give them a year, in calendar
 * order ("June 9 -- Miami, FL June 12 -- Atlanta, GA July 3 -- ..."). A list of dates set out
 * without a verb, or in the present, announces what is to come (a tour, fixtures): the list starts
 * at its first day's next one (values.ts yearByTense, as in a future clause: a day up to a month
 * back is still this year's) and runs on in order, into the next year past December, rather than
 * each date taking its nearest year, which cuts a list of dates ahead into past ones.
 */
export function scheduleYears(found: ChronoFound[], ref: YMD): void {
  // Other expressions may stand between (a venue named "Sun ..." read as a weekday): the run is of the undated ones.
  const undated = found.filter((t) => t.undated);
  let i = 0;
  while (i < undated.length) {
    let j = i;
    while (j + 1 < undated.length && undated[j + 1].span[0] - undated[j].span[1] <= SCHEDULE_GAP) j++;
    if (j - i + 1 >= SCHEDULE_MIN) placeSchedule(undated.slice(i, j + 1), ref);
    i = j + 1;
  }
}

function placeSchedule(run: ChronoFound[], ref: YMD): void {
  const days = run.map((t) => t.undated!);
  // In calendar order, allowing one turn of the year (a December date before a January one).
  let turns = 0;
  for (let k = 1; k < days.length; k++) {
    const back = days[k].m < days[k - 1].m || (days[k].m === days[k - 1].m && days[k].d < days[k - 1].d);
    if (back && (turns++ > 0 || days[k - 1].m - days[k].m < 6)) return;
  }
  let y = yearByTense(days[0].m, days[0].d, 'future', ref)!;
  for (let k = 0; k < run.length; k++) {
    if (k > 0 && days[k].m < days[k - 1].m) y++;
    run[k].value = `${y}${run[k].value.slice(4)}`;
  }
}

function chronoChunk(text: string, offset: number, ref: YMD | null, tenseAt: TenseAt, out: ChronoFound[]): void {
  const instant = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, NOON_UTC_HOUR)) : NO_REFERENCE_INSTANT;
  // Same-length substitution, so offsets hold: a spaced dash is a break, not a range ("Dec. 26 – Last week").
  const input = text
    .replace(SPACED_DASH_RE, ' ; ')
    .replace(DAY_TO_CLOCK_RE, (_, day: string, to: string) => `${day};${' '.repeat(to.length - 1)}`)
    .replace(SCORE_BEFORE_WEEKDAY_RE, (score) => ' '.repeat(score.length));
  for (const parsed of parserFor(input).parse(input, { instant, timezone: 0 }, { forwardDate: false })) {
    let r = parsed;
    // chrono sometimes swallows a leading word and then fixes nothing ("night, January 23, 2014"):
    // read again from after the first comma.
    const comma = r.text.indexOf(', ');
    if (comma > 0 && !(['year', 'month', 'day', 'weekday', 'hour'] as const).some((k) => r.start.isCertain(k))) {
      const again = PARSER.parse(r.text.slice(comma + 2), { instant, timezone: 0 }, { forwardDate: false })[0];
      if (!again) continue;
      r = Object.assign(again, { index: r.index + comma + 2 + again.index });
    }
    // chrono reads "morning of Jan. 5" with nothing certain: read the date after "of", keep the words
    // whole with their "the" (TIMEX3: the day and its part, 2022-01-05TMO).
    const partOf = PART_OF_DATE_RE.exec(r.text);
    if (partOf && !(['month', 'day', 'weekday'] as const).some((k) => r.start.isCertain(k))) {
      const date = PARSER.parse(partOf[1], { instant, timezone: 0 }, { forwardDate: false })[0];
      if (!date || date.index !== 0) continue;
      const the = THE_BEFORE_RE.exec(input.slice(0, r.index))?.[0].length ?? 0;
      r = Object.assign(date, { index: r.index - the, text: input.slice(r.index - the, r.index) + r.text });
    }
    // chrono takes an "of" after a month along, waiting for a year ("in early November of its four
    // engines"); shiftedMonth takes "of this year" in again where it follows.
    let words = r.text.replace(TRAILING_PUNCT_RE, '').replace(OF_END_RE, '');
    // chrono takes the closing parenthesis of "(11 p.m. EST Wednesday)" along.
    if (words.endsWith(')') && !words.includes('(')) words = words.slice(0, -1).replace(TRAILING_PUNCT_RE, '');
    if (
      ABBREVIATED_UNIT_WORD_RE.test(words) ||
      LOWER_MONTH_ONLY_RE.test(words) ||
      VAGUE_ONLY_RE.test(words) ||
      DURATION_LEAD_RE.test(words) ||
      SHORT_SPAN_RE.test(words)
    )
      continue;
    const before = input.slice(Math.max(0, r.index - 24), r.index);
    const after = input.slice(r.index + words.length, r.index + words.length + 4);
    if (
      (SHORT_MONTH_ALONE_RE.test(words) || SHORT_WEEKDAY_ALONE_RE.test(words)) &&
      (CAPITALISED_WORD_BEFORE_RE.test(before) || CAPITALISED_WORD_AFTER_RE.test(after))
    )
      continue;
    if (isFraction(words, before)) continue;
    const mixedAgo = ref ? mixedYearsAgo(words, before, ref) : null;
    if (mixedAgo) {
      const start = r.index - mixedAgo.lead;
      const span: [number, number] = [offset + start, offset + r.index + words.length];
      out.push({
        text: text.slice(start, r.index + words.length),
        span,
        type: 'DATE',
        value: mixedAgo.month,
        relative: true,
      });
      continue;
    }
    const ofAfter = OF_AFTER_RE.test(after);
    if (ofAfter && AFTER_COUNT_RE.test(words)) continue;
    if (ofAfter && PLACED_WEEK_RE.test(words) && THE_BEFORE_RE.test(before)) continue;
    if (BARE_WEEKEND_RE.test(words) && !WEEKEND_DETERMINER_BEFORE_RE.test(before)) continue;
    if (
      RATIO_RE.test(words) &&
      (SCALE_BEFORE_RE.test(before) ||
        SCALE_AFTER_RE.test(input.slice(r.index + words.length, r.index + words.length + 8)))
    )
      continue;
    if (VAGUE_AGO_RE.test(words)) {
      const span: [number, number] = [offset + r.index, offset + r.index + words.length];
      out.push({ text: words, span, type: 'DATE', value: 'PAST_REF', relative: true, vague: true });
      continue;
    }
    if (LAST_MOMENT_RE.test(words) && THE_AT_BEFORE_RE.test(before)) continue;
    const clock = GAME_CLOCK_RE.exec(words);
    const clockAfter = input.slice(r.index + words.length, r.index + words.length + 32);
    if (
      clock &&
      (TIME_LEFT_AFTER_RE.test(clockAfter) ||
        (OF_AFTER_RE.test(clockAfter) && GAME_PERIOD_BEFORE_RE.test(input.slice(Math.max(0, r.index - 12), r.index))))
    ) {
      const [min, sec] = [Number(clock[1]), Number(clock[2])];
      out.push({
        text: words,
        span: [offset + r.index, offset + r.index + words.length],
        type: 'DURATION',
        value: `PT${min ? `${min}M` : ''}${sec || !min ? `${sec}S` : ''}`,
        relative: false,
      });
      continue;
    }
    // The clause's tense decides weekdays, months without a year and counts after "in"; most results need none.
    const tense =
      NEEDS_TENSE_RE.test(words) || !r.start.isCertain('year')
        ? tenseAt(offset + r.index, offset + r.index + words.length)
        : undefined;
    // "for the first time in 25 years": how long since the last time, a length (durations.ts), in any tense.
    if (IN_COUNT_RE.test(words) && (tense !== 'future' || TIME_BEFORE_RE.test(before))) continue;
    // "lost followers in a week where I did not post": a week the relative clause picks out, not
    // the one a week ahead, whatever the tense (durations.ts reads "a week", P1W).
    if (
      IN_A_UNIT_RE.test(words) &&
      RELATIVE_AFTER_RE.test(input.slice(r.index + words.length, r.index + words.length + 20))
    )
      continue;
    // "After a year, the patients recovered": in a past clause the count after "after" is how long
    // it took (durations.ts reads "a year", P1Y), not the date that far after the reference.
    if (AFTER_COUNT_RE.test(words) && (tense ?? tenseAt(offset + r.index, offset + r.index + words.length)) === 'past')
      continue;
    // "for seven years after seeking refuge": a length (durations.ts), not a date counted from the clause.
    if (COUNTED_RE.test(words) && FOR_BEFORE_RE.test(input.slice(Math.max(0, r.index - 8), r.index))) continue;
    if (r.end) {
      // Each end of a range on its own: "from 6:00am to midnight", "January 23 through March 9".
      const sep = RANGE_SEPARATOR_RE.exec(words);
      if (sep && sep.index > 0) {
        const endAt = sep.index + sep[0].length;
        emit(words.slice(0, sep.index), r.index, r.start, text, offset, ref, tense, out);
        emit(words.slice(endAt), r.index + endAt, r.end, text, offset, ref, tense, out);
        continue;
      }
    }
    emit(words, r.index, r.start, text, offset, ref, tense, out);
  }
}

/** One expression from chrono's parse: `words` at `index` in the chunk, with its components `c`. */
function emit(
  words: string,
  index: number,
  c: ParsedComponents,
  text: string,
  offset: number,
  ref: YMD | null,
  tense: Tense | undefined,
  out: ChronoFound[],
): void {
  let weekdayDate =
    ref && c.isCertain('weekday') && !c.isCertain('day')
      ? bareWeekdayDate(words, c.get('weekday')!, text.slice(0, index), tense, ref)
      : null;
  if (ref && !weekdayDate && /\bthis weekend\b/i.test(words) && tense === 'past') weekdayDate = lastWeekend(ref);
  // chrono's weeks start on Sunday, so its "this week" on a Monday is the ISO week before: count from the reference.
  const week = ref && !weekdayDate ? RELATIVE_WEEK_RE.exec(words) : null;
  if (ref && week) weekdayDate = addDays(ref, WEEK_SHIFT[week[1].toLowerCase()]);
  // On a Monday the ISO week has only that day behind it: a past "this week" is mostly the week
  // that ended the day before (a Monday recap of Sunday's games, in the Sunday-first week writers
  // count), the ISO week just gone.
  if (ref && week && week[1].toLowerCase() === 'this' && tense === 'past' && weekdayOf(ref) === MONDAY)
    weekdayDate = addDays(ref, -7);
  const yearless = c.isCertain('month') && !c.isCertain('year') && !EXPLICIT_YEAR_RE.test(words);
  // "last November", "May of this year": the words place the month, not the clause's tense.
  const shifted = ref && !weekdayDate && yearless ? shiftedMonth(words, index, c, text, ref) : null;
  if (shifted) words = shifted.words;
  const monthDate =
    ref && !weekdayDate && yearless
      ? (shifted?.date ?? monthByTense(c, placingTense(tense, text.slice(0, index)), ref))
      : null;
  let value = valueOf(words, c, ref !== null, weekdayDate ?? monthDate);
  if (!value) return;
  // TIMEX3 writes midnight as the end of its day.
  // At a range's end chrono keeps the start's minutes ("5:30am to midnight" T00:30): midnight has none.
  if (/^(?:at\s+)?midnight$/i.test(words) && /T00:\d\d$/.test(value)) {
    // Alone, chrono gives the coming midnight as the next day's start: the end of the reference
    // day, or in a past clause the midnight just gone ("It was around midnight when ...").
    const alone = ref && c.tags().has('casualReference/midnight');
    const day = alone ? dayValue(addDays(ref, tense === 'past' ? -1 : 0)) : value.slice(0, 10);
    value = `${day}T24:00`;
  }
  const part = PART_OF_DAY_RE.exec(words)?.[1].toLowerCase();
  if (part && /^\d{4}-\d\d-\d\d$/.test(value)) value += `T${PART_CODES[part]}`;
  let start = index;
  const partOf = PART_OF_PERIOD_RE.exec(words);
  if (partOf && !DAY_NUMBER_RE.test(partOf[1])) {
    if (/^\d{4}-\d\d-\d\d$/.test(value)) {
      if (/\byear\b/i.test(partOf[1])) value = value.slice(0, 4);
      else if (MONTH_UNIT_RE.test(partOf[1]) || MONTH_NAME_RE.test(partOf[1])) value = value.slice(0, 7);
    }
    start -= THE_BEFORE_RE.exec(text.slice(0, start))?.[0].length ?? 0;
  }
  if (shifted) start -= shifted.lead;
  const lead = LEAD_MODIFIER_RE.exec(text.slice(Math.max(0, start - 20), start));
  if (lead) start -= lead[0].length;
  // "the early hours of Saturday": the day's first hours, its morning by the clock (TMO; TIMEX3
  // has no part of day of its own for them).
  const hours = DAY_OR_MORNING_RE.test(value)
    ? EARLY_HOURS_BEFORE_RE.exec(text.slice(Math.max(0, start - 30), start))
    : null;
  if (hours) {
    start -= hours[0].length;
    value = `${value.slice(0, 10)}TMO`;
  }
  const end = index + words.length;
  const relative = !EXPLICIT_YEAR_RE.test(words);
  const clockOnly =
    c.isCertain('hour') &&
    !c.isCertain('day') &&
    !c.isCertain('weekday') &&
    !c.isCertain('month') &&
    !/\b(?:today|tonight|yesterday|tomorrow)\b/i.test(words);
  const back = comparesPeriod(text.slice(0, start)) ? YEARS_BACK_RE.exec(words) : null;
  const counted = countedOf(words, offset + text.length);
  const followingWeekday =
    c.isCertain('weekday') &&
    !c.isCertain('day') &&
    FOLLOWING_RE.test(words) &&
    THE_BEFORE_RE.test(text.slice(0, start))
      ? c.get('weekday')!
      : undefined;
  const undated =
    ref &&
    tense !== 'past' &&
    tense !== 'future' &&
    monthDate === null &&
    !weekdayDate &&
    !c.isCertain('weekday') && // "Friday, Dec. 6": the weekday fixes its year
    c.isCertain('month') &&
    c.isCertain('day') &&
    !c.isCertain('year') &&
    !EXPLICIT_YEAR_RE.test(words) &&
    /^\d{4}-\d\d-\d\d$/.test(value)
      ? { m: c.get('month')!, d: c.get('day')! }
      : undefined;
  out.push({
    text: text.slice(start, end),
    span: [offset + start, offset + end],
    type: value.includes('T') ? 'TIME' : 'DATE',
    value,
    relative,
    ...(clockOnly ? { clockOnly } : {}),
    ...(back ? { yearsBack: YEARS_BACK_WORDS[back[1].toLowerCase()] ?? Number(back[1]) } : {}),
    ...(counted ? { counted } : {}),
    ...(followingWeekday !== undefined ? { followingWeekday } : {}),
    ...(undated ? { undated } : {}),
  });
}

/** The signed count and unit of a counted expression (COUNTED_RE); `sentenceEnd` bounds an "after"/"before" clause. */
function countedOf(words: string, sentenceEnd: number): ChronoFound['counted'] | undefined {
  const m = COUNTED_RE.exec(words);
  if (!m) return undefined;
  const w = m[1].toLowerCase();
  const vague = VAGUE_COUNT_RE.test(w);
  const count = vague ? 1 : /^\d/.test(w) ? Number(w) : w === 'a' || w === 'an' ? 1 : NUMBER_WORDS[w];
  if (!count) return undefined;
  const decades = /^decade/i.test(m[2]);
  const unit = decades || /^year/i.test(m[2]) ? 'year' : 'month';
  const word = m[3].toLowerCase();
  const sign = word === 'later' || word === 'after' ? 1 : -1;
  return {
    n: sign * (decades ? count * 10 : count),
    unit,
    ...(word === 'after' || word === 'before' ? { clauseEnd: sentenceEnd } : {}),
    ...(vague ? { vague } : {}),
  };
}

/** "last November", "next March", "this May": a month placed from the reference month. */
const MONTH_SHIFT_BEFORE_RE = /\b(last|past|this|next|coming)\s+$/i;
/** "May of this year", "June of last year" (chrono takes "May of" and leaves the year to granular.ts). */
const OF_YEAR_AFTER_RE = /^\s+of\s+(this|last|next)\s+year\b/i;

/**
 * A yearless month whose words place it: "last November" the last one before the reference
 * month (a year back in November), "next March" the first after it, "this May" the reference
 * year's; "May of last year" the year named. `words` grows to take "of last year" in, `lead` is
 * how many characters before `index` the modifier takes in; null for a month without either.
 */
function shiftedMonth(
  words: string,
  index: number,
  c: ParsedComponents,
  text: string,
  ref: YMD,
): { words: string; lead: number; date: YMD } | null {
  const m = c.get('month')!;
  const d = c.isCertain('day') ? c.get('day')! : 1;
  const ofYear = OF_YEAR_AFTER_RE.exec(text.slice(index + words.length, index + words.length + 24));
  if (ofYear) {
    const shift = { this: 0, last: -1, next: 1 }[ofYear[1].toLowerCase() as 'this' | 'last' | 'next'];
    return { words: words + ofYear[0], lead: 0, date: { y: ref.y + shift, m, d } };
  }
  const before = c.isCertain('day') ? null : MONTH_SHIFT_BEFORE_RE.exec(text.slice(Math.max(0, index - 8), index));
  if (!before) return null;
  const word = before[1].toLowerCase();
  const y =
    word === 'this'
      ? ref.y
      : word === 'last' || word === 'past'
        ? ref.y - (m < ref.m ? 0 : 1)
        : ref.y + (m > ref.m ? 0 : 1);
  return { words, lead: before[0].length, date: { y, m, d } };
}

/**
 * "as of March 20": the day a figure was counted, one reached already unless the clause speaks of
 * the future ("As of Jan. 1 the rule will apply"). chrono's nearest year put a count "as of March
 * 20" in a November story in the March to come.
 */
const AS_OF_BEFORE_RE = /\bas\s+of\s+$/i;

/** The tense that places a yearless month or day, whose sentence text before it is `before`. */
function placingTense(tense: Tense | undefined, before: string): Tense | undefined {
  if (tense !== 'future' && AS_OF_BEFORE_RE.test(before)) return 'past';
  return tense === 'present' && PRESENT_VERB_BEFORE_RE.test(before) ? 'future' : tense;
}

/** A month named without a year, its year by the clause's tense (values.ts yearByTense); null leaves chrono's, the closest. */
function monthByTense(c: ParsedComponents, tense: Tense | undefined, ref: YMD): YMD | null {
  const m = c.get('month')!;
  const d = c.isCertain('day') ? c.get('day')! : 1;
  const y = yearByTense(m, d, tense, ref);
  return y === null ? null : { y, m, d };
}

/**
 * A verb in the present's third person right before a month's day, its particle or "on" between
 * ("the tour kicks off June 9th … and concludes October 10th", "opens on Dec. 3"): a plan told in
 * the present, dated the next such day as in a future clause. Only right before the date: a past
 * event named in a present clause ("faces questions about Trump's July 25 call") keeps its year.
 */
const PRESENT_VERB_BEFORE_RE =
  /\b(?!(?:is|was|has|does|this|its|his|hers|theirs|ours|yours|us|thus|plus|less|unless|across|always|perhaps|news)\b)[a-z]{2,}[^s'’\s]s(?:\s+(?:off|out|up|on|through|until))?\s+$/;
const NEEDS_TENSE_RE = /^in\s|weekend/i;
const RELATIVE_WEEK_RE = /\b(this|last|past|next|coming|previous) week\b/i;
const MONDAY = 1;
const WEEK_SHIFT: Readonly<Record<string, number>> = { this: 0, last: -7, past: -7, previous: -7, next: 7, coming: 7 };

/** The Saturday of the last weekend before the reference date (its own, on a weekend). */
function lastWeekend(ref: YMD): YMD {
  return addDays(ref, -((weekdayOf(ref) - 6 + 7) % 7));
}

/** `date` overrides the day chrono chose (see weekday.ts). */
function valueOf(words: string, c: ParsedComponents, hasRef: boolean, date: YMD | null): string | null {
  const has = (k: 'year' | 'month' | 'day' | 'hour' | 'weekday') => c.isCertain(k);
  const dateOnlyByClock = !has('day') && !has('month') && !has('year') && !has('weekday');
  if (
    dateOnlyByClock &&
    !WEEK_RE.test(words) &&
    !(hasRef && THIS_PART_RE.test(words)) &&
    (!has('hour') || !CLOCK_RE.test(words))
  )
    return null;
  if (!hasRef && !EXPLICIT_YEAR_RE.test(words)) {
    // No reference: keep what the words fix, with the year unknown (TIMEX3 "XXXX"); relative
    // expressions ("last week") cannot be resolved at all.
    if (!MONTH_NAME_RE.test(words)) return null;
    if (has('month') && has('day'))
      return `XXXX-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
    if (has('month') && !has('day')) return `XXXX-${String(c.get('month')).padStart(2, '0')}`;
    return null;
  }
  const t: YMD = date ?? { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! };
  if (/\bweekend\b/i.test(words)) return `${isoWeekValue(t)}-WE`;
  if (WEEK_RE.test(words) && (!has('day') || AGO_END_RE.test(words))) return isoWeekValue(t);
  if (WEEK_RE.test(words) && /\b(?:last|next|this|past|coming)\s+week\b/i.test(words)) return isoWeekValue(t);
  if (MONTH_UNIT_RE.test(words) || (has('month') && !has('day'))) return monthValue(t.y, t.m);
  if (has('year') && !has('month') && !has('day') && !has('weekday')) return String(t.y);
  const day = dayValue(t);
  if (has('hour') && CLOCK_RE.test(words)) {
    return `${day}T${String(c.get('hour')).padStart(2, '0')}:${String(c.get('minute') ?? 0).padStart(2, '0')}`;
  }
  return day;
}
