// The granularities chrono-node lacks: years ("in 2022"), decades ("the 1990s", "the sixties" ->
// 196), centuries ("the 20th century" -> 19), seasons ("this summer" -> 2022-SU), quarters ("the
// first quarter", "third-quarter" -> 2022-Q1, 2022-Q3), halves of a year, fiscal years ("the
// fiscal year" -> FY2022), ends of periods ("by year's end" -> 2022), weeks of a month ("the
// second week of January" -> 2023-W02) and vague references ("recently" -> PAST_REF, "the future"
// -> FUTURE_REF). Each is one precompiled pattern and a function from its match to a value.
import { tellsOfQuarteredGame } from './game-periods.js';
import { ORDINAL_WORDS } from '../ordinals.js';
import { comparesPeriod, type Found, type TenseAt } from './found.js';
import type { Tense } from '../../../record/types.js';
import {
  isoWeekValue,
  monthValue,
  nearestYearOfMonth,
  quarterOf,
  SEASONS,
  weekOfMonth,
  yearByTense,
  type YMD,
} from './values.js';
import { MONTH_NAMES } from '../../../text/calendar-words.js';
import { modelWordList } from '../../resources/model-lists.js';
import { isCapitalised } from '../../../text/letters.js';

/** A year needs a lead word: a bare four-digit number is as often a count ("2022 troops"). */
const YEAR_RE =
  /\b(?:in|since|by|until|till|through|during|before|after|from|of|early|late|mid-|between|and|to|year|fiscal|the|for)\s+((?:1[89]|20)\d\d)\b(?![,.]?\d|\s*(?:%|percent|per\b))/gi;
const YEAR_MODIFIER_BEFORE_RE = /\b(?:early|late)\s+$/i;
/**
 * A year's lead word that places a time and nothing else ("in", "since", "until"): after it a
 * number is a year even before a street's words ("Since 1998 Harbor Road has been closed").
 * After the others ("of", "to", "from") it may be a house number (`houseNumberAfter`).
 */
const TIME_ONLY_LEAD_RE =
  /^(?:in|since|by|until|till|through|during|before|after|early|late|mid-|between|year|fiscal)\s/i;
/** The words after a number, up to four, each capitalised or a numbered street ("N.", "5th"). */
const NAME_WORDS_AFTER_RE = /^(?:\s+(?:\p{Lu}[\p{L}'’-]*\.?|\d+(?:st|nd|rd|th)))+/u;
/** English street types and their abbreviations, from libpostal (scripts/build-english-street-types.mjs). */
const englishStreetTypes = modelWordList('english-street-types.txt');

/**
 * Whether the words after a number are a street's name and its type, capitalised ("1909 Jolinda
 * Drive", "2218 Maple Grove Road", "1870 Harbor Ave."): the number is a house number, no year.
 * The type is one of the first four words after the number and not the first.
 */
function houseNumberAfter(after: string): boolean {
  const run = NAME_WORDS_AFTER_RE.exec(after);
  if (!run) return false;
  const words = run[0].trim().split(/\s+/).slice(0, 4);
  const types = englishStreetTypes();
  return words.some((w, i) => i > 0 && isCapitalised(w) && types.has(w.replace(/\.$/, '').toLowerCase()));
}
/** "the 1990s", "the late 1990s", "the mid-'80s": TIMEX3 gives the decade ("199"), early/late/mid- or not. */
const DECADE_RE = /\bthe\s+(?:(?:early|late)\s+|mid-\s*)?(?:((?:1[89]|20)\d)0s|['’](\d)0s)\b/gi;
/** A season needs a qualifier or a year ("fall" alone is mostly a verb). */
const SEASON_RE =
  /\b(this|last|next|past|coming|early|late|in\s+the|during\s+the|the)\s+(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?((?:19|20)\d\d))?\b/gi;
/** The season names SEASON_RE reads, one of which it needs. */
const SEASON_NAMES = ['spring', 'summer', 'fall', 'autumn', 'winter'];
const QUARTER_RE =
  /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last|final|this)[\s-]+quarter(?:\s+of\s+(?:((?:19|20)\d\d)|(this|last|next)\s+year))?\b|\bQ([1-4])(?:\s+((?:19|20)\d\d))?\b/gi;
/**
 * A quarter named by the month it ends in ("the September quarter", "December-quarter sales"):
 * the calendar quarter (2019-Q3) of the reference year, the year before in a past clause when the
 * quarter has not ended by the reference date, the year after in a future clause when it has.
 */
const MONTH_QUARTER_RE = /\b(March|June|September|December)[\s-]quarter\b/g;
const QUARTER_END_MONTH: Readonly<Record<string, number>> = { March: 1, June: 2, September: 3, December: 4 };
/** A half needs its year: "the second half" alone is as often a match's. */
const HALF_RE = /\b(?:the\s+)?(first|second)\s+half\s+of\s+(?:((?:19|20)\d\d)|(this|last|next|the)\s+year)\b/gi;
const FISCAL_RE =
  /\b(?:(?:the|this|its|the current)\s+fiscal\s+year|fiscal(?:\s+year)?\s+((?:19|20)\d\d)|FY\s?((?:19|20)?\d\d))\b/gi;
/** The month the US government's fiscal year begins in (31 U.S.C. § 1102). */
const US_FISCAL_YEAR_START_MONTH = 10;
/** A text about the US government's spending: Congress, its appropriations. */
const US_FEDERAL_BUDGET_RE = /\b(?:Congress|congressional|appropriations?)\b/;
/** A text about a company's results, whose fiscal year is its own. */
const COMPANY_RESULTS_RE = /\b(?:earnings|shareholders|per share)\b/i;
const DECADE_WORD_RE =
  /\bthe\s+(?:early\s+|late\s+|mid-)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;
const CENTURY_RE =
  /\bthe\s+(?:(?:early|late|mid-)\s*)?(\d{1,2})(?:st|nd|rd|th)\s+century\b|\bthe\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\s+century\b/gi;
const NAME_BEFORE_RE = /\p{Lu}[\p{L}&'’-]*[ \t]+$/u;
const VAGUE_RE =
  /\b(recently|lately|nowadays|currently|at present|these days|(?<!every\s)now(?!\s+and\s+(?:again|then))|(?<!\bas\s)soon|in the (?:coming|next|past|last) (?:days|weeks|months|years)|in recent (?:days|weeks|months|years)|the future(?!\s+of\b)|the past(?!\s+(?:few|\d|two|three|four|five|six|seven|eight|nine|ten|several)\b)|previously|formerly|some ?day(?!\s+(?:last|this|next|of|in|when|that|during|before|after)\b))\b/gi;
const PAST_WORDS_RE = /^(?:recently|lately|in recent|the past|in the past|in the last|previously|formerly)/i;
const FUTURE_WORDS_RE = /^(?:soon|the future|in the coming|in the next|some ?day)/i;
/**
 * Years counted back in words chrono does not read ("seventeen years ago", "a decade ago"); the
 * count may be an editorial insertion in a quote ("[Ten] years ago": extent.ts takes its "[" in).
 */
const AGO_RE =
  /\b(?:(?:nearly|about|almost|some|more than|over|roughly)\s+)?(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\]?\s+(decades?|years?)\s+ago\b/gi;
const AGO_NUMBERS = [
  'a',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
/**
 * The end of the year, month or week ("the end of the year", "year-end", "by year's end", "at
 * month's end"): its value is the period (TIMEX3 would add mod="END").
 */
const PERIOD_END_RE =
  /\b(?:the\s+end\s+of\s+(?:the|this)\s+(year)|(year)[- ]end|(?:the\s+)?(year|month|week)['’]s\s+end)\b/gi;
/** "the second week of January", "the last week of March 2024": a week by its place in a month. */
const WEEK_OF_MONTH_RE = new RegExp(
  `\\bthe\\s+(${ORDINAL_WORDS.slice(0, 5).join('|')}|last|final)\\s+week\\s+of\\s+(${MONTH_NAMES.join('|')})(?:,?\\s+((?:19|20)\\d\\d))?\\b`,
  'gi',
);
const DECADE_WORDS: Readonly<Record<string, string>> = {
  twenties: '2',
  thirties: '3',
  forties: '4',
  fifties: '5',
  sixties: '6',
  seventies: '7',
  eighties: '8',
  nineties: '9',
};

const ORDINAL_QUARTERS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

export function granularTimes(text: string, ref: YMD | null, tenseAt?: TenseAt): Found[] {
  const out: Found[] = [];
  const push = (start: number, str: string, value: string | null, relative: boolean, vague = false) => {
    if (value)
      out.push({
        text: str,
        span: [start, start + str.length],
        type: 'DATE',
        value,
        relative,
        ...(vague ? { vague } : {}),
      });
  };
  // Each pattern's key word, looked up first: a substring search is far cheaper than a pattern.
  const lower = text.toLowerCase();
  const has = (word: string) => lower.includes(word);
  for (const m of text.matchAll(YEAR_RE)) {
    const end = m.index! + m[0].length;
    if (!TIME_ONLY_LEAD_RE.test(m[0]) && houseNumberAfter(text.slice(end, end + 60))) continue;
    // "late 2019": TimeML keeps the modifier in the expression (its value stays the year).
    const at = m.index! + m[0].length - m[1].length;
    const start = at - (YEAR_MODIFIER_BEFORE_RE.exec(text.slice(Math.max(0, at - 8), at))?.[0].length ?? 0);
    push(start, text.slice(start, at + m[1].length), m[1], false);
  }
  if (has('0s'))
    for (const m of text.matchAll(DECADE_RE)) {
      const decade = m[1] ?? (Number(m[2]) >= 3 ? `19${m[2]}` : `20${m[2]}`);
      push(m.index!, m[0], decade, false);
    }
  if (has(' ago'))
    for (const m of text.matchAll(AGO_RE)) {
      const w = m[1].toLowerCase();
      const n = w === 'thirty' ? 30 : w === 'forty' ? 40 : w === 'fifty' ? 50 : Math.max(1, AGO_NUMBERS.indexOf(w));
      const decades = m[2].toLowerCase().startsWith('decade');
      const years = n * (decades ? 10 : 1);
      // TIMEX3 keeps the expression's granularity: "a decade ago" is the decade before this one ("201").
      const value = !ref ? null : decades ? String(Math.floor(ref.y / 10) - n) : String(ref.y - years);
      push(m.index!, m[0], value, true);
      if (ref && m[2].toLowerCase().startsWith('year') && comparesPeriod(text.slice(0, m.index)))
        out[out.length - 1].yearsBack = years;
    }
  if (has('end'))
    for (const m of text.matchAll(PERIOD_END_RE)) {
      const unit = (m[1] ?? m[2] ?? m[3]).toLowerCase();
      const value = !ref
        ? null
        : unit === 'year'
          ? String(ref.y)
          : unit === 'month'
            ? monthValue(ref.y, ref.m)
            : isoWeekValue(ref);
      push(m.index!, m[0], value, true);
    }
  if (has('week of'))
    for (const m of text.matchAll(WEEK_OF_MONTH_RE)) {
      const word = m[1].toLowerCase();
      const n = word === 'last' || word === 'final' ? -1 : ORDINAL_WORDS.indexOf(word) + 1;
      const month = MONTH_NAMES.indexOf(m[2].toLowerCase()) + 1;
      // Without a year, the month's year follows the clause's tense, as a bare month's does (chrono.ts).
      const year = m[3]
        ? Number(m[3])
        : ref
          ? (yearByTense(month, n > 0 ? 7 * n - 6 : 22, tenseAt?.(m.index!, m.index! + m[0].length), ref) ??
            nearestYearOfMonth(month, ref))
          : null;
      push(m.index!, m[0], year === null ? null : weekOfMonth(year, month, n), !m[3]);
    }
  if (has('ties'))
    for (const m of text.matchAll(DECADE_WORD_RE)) push(m.index!, m[0], `19${DECADE_WORDS[m[1].toLowerCase()]}`, false);
  if (has('century'))
    for (const m of text.matchAll(CENTURY_RE)) {
      const n = m[1] ? Number(m[1]) : ORDINAL_WORDS.indexOf(m[2].toLowerCase()) + 1;
      if (n >= 1 && n <= 21) push(m.index!, m[0], String(n - 1).padStart(2, '0'), false);
    }
  if (has('half'))
    for (const m of text.matchAll(HALF_RE)) {
      const rel = m[3]?.toLowerCase();
      const year = m[2] ? Number(m[2]) : ref ? ref.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0) : null;
      push(m.index!, m[0], year === null ? null : `${year}-H${m[1].toLowerCase() === 'first' ? 1 : 2}`, !m[2]);
    }
  if (has('fiscal') || text.includes('FY')) {
    let federal: boolean | undefined;
    for (const m of text.matchAll(FISCAL_RE)) {
      const written = m[1] ?? m[2];
      let year = written ? (written.length === 2 ? 2000 + Number(written) : Number(written)) : (ref?.y ?? null);
      // The US government's fiscal year begins on 1 October and is named by the year it ends in
      // (31 U.S.C. § 1102): from October, "the current fiscal year" of a story about Congress's
      // spending is the next calendar year's. "Its fiscal year" is a named body's own.
      if (
        year !== null &&
        !written &&
        ref &&
        ref.m >= US_FISCAL_YEAR_START_MONTH &&
        !/^its\b/i.test(m[0]) &&
        (federal ??= US_FEDERAL_BUDGET_RE.test(text) && !COMPANY_RESULTS_RE.test(text))
      )
        year++;
      push(m.index!, m[0], year === null ? null : `FY${year}`, !written);
    }
  }
  // SEASON_RE needs a season's name (its flag "i" without "u" matches ASCII letters in either case only).
  for (const m of SEASON_NAMES.some((name) => has(name)) ? text.matchAll(SEASON_RE) : []) {
    const lead = m[1].toLowerCase();
    // "in the summer" is "the summer" (TimeML leaves prepositions out).
    const start = /^(?:in|during)/.test(lead) ? m.index! + m[0].toLowerCase().indexOf('the') : m.index!;
    const season = SEASONS[m[2].toLowerCase()];
    const year = m[3] ? Number(m[3]) : ref ? seasonYear(lead, season.month, ref) : null;
    push(start, text.slice(start, m.index! + m[0].length), year === null ? null : `${year}-${season.code}`, !m[3]);
  }
  if (has('quarter') || /Q[1-4]/.test(text)) {
    let gameStory: boolean | undefined;
    for (const m of text.matchAll(QUARTER_RE)) {
      // A quarter with neither year nor "this" in a story of a game played in quarters is the game's (game-periods.ts).
      if (m[1] && !m[2] && !m[3] && m[1].toLowerCase() !== 'this' && (gameStory ??= tellsOfQuarteredGame(text)))
        continue;
      // An ordinal quarter without a year follows its clause's tense (see quarterValue).
      const tense =
        ORDINAL_QUARTERS[m[1]?.toLowerCase()] && !m[2] && !m[3]
          ? tenseAt?.(m.index!, m.index! + m[0].length)
          : undefined;
      push(m.index!, m[0], quarterValue(m, ref, tense), !(m[2] || m[5]));
    }
    for (const m of text.matchAll(MONTH_QUARTER_RE)) {
      const q = QUARTER_END_MONTH[m[1]];
      let year = ref?.y;
      const tense = tenseAt?.(m.index!, m.index! + m[0].length);
      if (ref && year !== undefined) {
        // Named by its last month: a past clause tells of a quarter ended, a future one of one not yet ended.
        if (tense === 'past' && 3 * q > ref.m) year--;
        else if (tense === 'future' && 3 * q < ref.m) year++;
      }
      push(m.index!, m[0], year === undefined ? null : `${year}-Q${q}`, true);
    }
  }
  for (const m of text.matchAll(VAGUE_RE)) {
    const w = m[1];
    // A capitalised "Now" right after a capitalised word is the end of a name ("Hawaii News Now",
    // "Democracy Now"): in running text the adverb is written "now" but where it opens a sentence.
    if (w === 'Now' && NAME_BEFORE_RE.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    // "Answers soon began to roll in": shortly after a time of the story, not the future of the reference date.
    if (/^soon$/i.test(w) && tenseAt?.(m.index!, m.index! + w.length) === 'past') continue;
    const value = PAST_WORDS_RE.test(w) ? 'PAST_REF' : FUTURE_WORDS_RE.test(w) ? 'FUTURE_REF' : 'PRESENT_REF';
    push(m.index!, w, value, true, true);
  }
  return out;
}

/** The year of a season named relative to the reference date ("last summer" in February 2022 is 2021's). */
function seasonYear(lead: string, startMonth: number, ref: YMD): number {
  // Winter starts in December: in January and February "this winter" began the year before.
  const current = startMonth === 12 && ref.m <= 2 ? ref.y - 1 : ref.y;
  const started = startMonth === 12 ? ref.m === 12 || ref.m <= 2 : ref.m >= startMonth;
  const ended = started && (ref.m - startMonth + 12) % 12 >= 3;
  if (lead === 'last' || lead === 'past') return ended ? current : current - 1;
  if (lead === 'next' || lead === 'coming') return started ? current + 1 : current;
  return current;
}

/**
 * A quarter's value. An ordinal quarter without a year ("the fourth quarter", "second-quarter")
 * is the reference year's, except that in a past clause a quarter not yet begun is last year's
 * ("net income in the fourth quarter was" in February) and in a future clause one already over is
 * next year's ("expects sales to slow in the first quarter" in November), as months are (chrono.ts).
 */
function quarterValue(m: RegExpMatchArray, ref: YMD | null, tense?: Tense): string | null {
  if (m[4]) {
    const year = m[5] ? Number(m[5]) : ref?.y;
    return year ? `${year}-Q${m[4]}` : null;
  }
  const word = m[1].toLowerCase();
  const explicitYear = m[2] ? Number(m[2]) : null;
  const relYear =
    m[3] && ref ? ref.y + (m[3].toLowerCase() === 'last' ? -1 : m[3].toLowerCase() === 'next' ? 1 : 0) : null;
  // "this quarter": the reference date's.
  if (word === 'this') return ref ? `${ref.y}-Q${quarterOf(ref.m)}` : null;
  if (word === 'last' || word === 'final') {
    if (explicitYear || relYear) return `${explicitYear ?? relYear}-Q4`;
    if (!ref) return null;
    const q = quarterOf(ref.m) - 1; // "last quarter": the one before the reference date's
    return q >= 1 ? `${ref.y}-Q${q}` : `${ref.y - 1}-Q4`;
  }
  const q = ORDINAL_QUARTERS[word];
  let year = explicitYear ?? relYear ?? ref?.y;
  if (ref && year === ref.y && !explicitYear && !relYear) {
    if (tense === 'past' && q > quarterOf(ref.m)) year--;
    else if (tense === 'future' && q < quarterOf(ref.m)) year++;
  }
  return year ? `${year}-Q${q}` : null;
}
