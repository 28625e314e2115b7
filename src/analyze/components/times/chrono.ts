// Dates and times chrono-node parses well ("Dec. 26", "Sept. 30, 2016 at 6:05 p.m.", "last week",
// "two years ago", "Friday"), turned into TIMEX3-style values at the granularity the words carry:
// "last week" is a week, "last month" a month, "next year" a year, not one day.
import * as chrono from 'chrono-node';
import type { ParsedComponents } from 'chrono-node';
import type { TimeExpression } from '../../../record/types.js';
import { dayValue, isoWeekValue, monthValue, type YMD } from './values.js';
import { bareWeekdayDate } from './weekday.js';

/** Words that say the expression spans a week / month / year rather than a day. */
const WEEK_RE = /\bweeks?\b/i;
const MONTH_UNIT_RE = /\bmonths?\b/i;
/** A month name alone in lower case is a verb or modal ("may", "march"). */
const LOWER_MONTH_ONLY_RE = /^(?:may|march|june|august)$/;
/** A bare clock time needs a colon or am/pm ("at 10" is more often a count). */
const CLOCK_RE = /:\d\d|\b[ap]\.?m\b/i;
/** Left to the vague pattern, which marks it as vague. */
const VAGUE_ONLY_RE = /^now$/i;
/** Modifiers chrono drops in front of its match: "early next year", "the end of last month". */
const LEAD_MODIFIER_RE = /(?:\b(?:early|late|mid-?|the (?:end|beginning|start|middle) of))\s*$/i;
/** Words chrono needs to find anything: month and weekday names, relative day words, units, clock times. */
const DATE_HINT_RE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|ago|minutes?|hours?|days?|weeks?|months?|years?|noon|midnight|morning|afternoon|evening|night|weekend)\b|\d\s*[:/]\s*\d|\d\s*[ap]\.?m\b|\d{4}-\d\d-\d\d/i;
const SPACED_DASH_RE = / [–—] /g;
/** Punctuation chrono takes along; a final period stays when it closes an abbreviation ("p.m."). */
const TRAILING_PUNCT_RE = /[\s,;:]+$|(?<=\p{L}\p{L})\.$/u;
/** With a written year the value does not depend on the reference date. */
const EXPLICIT_YEAR_RE = /\b(?:1[89]|20)\d\d\b|['’]\d\d\b/;
const MONTH_NAME_RE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;
/** Placeholder instant for chrono when the document has no reference date; only known parts are used then. */
const NO_REFERENCE_INSTANT = new Date(Date.UTC(2000, 0, 1, 12));
const NOON_UTC_HOUR = 12;

type Found = Omit<TimeExpression, 'anchor'> & { relative: boolean };

/** One parser for the process: chrono.parse() rebuilds its configuration on every call. */
const PARSER = chrono.casual.clone();

/**
 * Runs chrono on the chunks (sentences) of `text` that hold a word it could parse: most news
 * sentences hold none, and chrono's many patterns are the costliest part of the times component.
 */
export function chronoTimes(text: string, chunks: readonly (readonly [number, number])[], ref: YMD | null): Found[] {
  const out: Found[] = [];
  for (const [start, end] of chunks) {
    const chunk = text.slice(start, end);
    if (DATE_HINT_RE.test(chunk)) chronoChunk(chunk, start, ref, out);
  }
  return out;
}

function chronoChunk(text: string, offset: number, ref: YMD | null, out: Found[]): void {
  const instant = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, NOON_UTC_HOUR)) : NO_REFERENCE_INSTANT;
  // Same-length substitution, so offsets hold: a spaced dash is a break, not a range ("Dec. 26 – Last week").
  const input = text.replace(SPACED_DASH_RE, ' ; ');
  for (const r of PARSER.parse(input, { instant, timezone: 0 }, { forwardDate: false })) {
    const words = r.text.replace(TRAILING_PUNCT_RE, '');
    if (LOWER_MONTH_ONLY_RE.test(words) || VAGUE_ONLY_RE.test(words)) continue;
    const weekdayDate = ref && r.start.isCertain('weekday') && !r.start.isCertain('day')
      ? bareWeekdayDate(words, r.start.get('weekday')!, text.slice(0, r.index), text, ref) : null;
    const value = valueOf(words, r.start, ref !== null, weekdayDate);
    if (!value) continue;
    let start = r.index;
    const lead = LEAD_MODIFIER_RE.exec(text.slice(Math.max(0, start - 20), start));
    if (lead) start -= lead[0].length;
    const end = r.index + words.length;
    const relative = !EXPLICIT_YEAR_RE.test(words);
    out.push({ text: text.slice(start, end), span: [offset + start, offset + end], value, relative });
  }
}

/** `date` overrides the day chrono chose (see weekday.ts). */
function valueOf(words: string, c: ParsedComponents, hasRef: boolean, date: YMD | null): string | null {
  const has = (k: 'year' | 'month' | 'day' | 'hour' | 'weekday') => c.isCertain(k);
  const dateOnlyByClock = !has('day') && !has('month') && !has('year') && !has('weekday');
  if (dateOnlyByClock && (!has('hour') || !CLOCK_RE.test(words))) return null;
  if (!hasRef && !EXPLICIT_YEAR_RE.test(words)) {
    // No reference: keep what the words fix, with the year unknown (TIMEX3 "XXXX"); relative
    // expressions ("last week") cannot be resolved at all.
    if (!MONTH_NAME_RE.test(words)) return null;
    if (has('month') && has('day')) return `XXXX-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
    if (has('month') && !has('day')) return `XXXX-${String(c.get('month')).padStart(2, '0')}`;
    return null;
  }
  const t: YMD = date ?? { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! };
  if (WEEK_RE.test(words) && !has('day')) return isoWeekValue(t);
  if (WEEK_RE.test(words) && /\b(?:last|next|this|past|coming)\s+week\b/i.test(words)) return isoWeekValue(t);
  if (MONTH_UNIT_RE.test(words) || (has('month') && !has('day'))) return monthValue(t.y, t.m);
  if (has('year') && !has('month') && !has('day') && !has('weekday')) return String(t.y);
  const day = dayValue(t);
  if (has('hour') && CLOCK_RE.test(words)) {
    return `${day}T${String(c.get('hour')).padStart(2, '0')}:${String(c.get('minute') ?? 0).padStart(2, '0')}`;
  }
  return day;
}
