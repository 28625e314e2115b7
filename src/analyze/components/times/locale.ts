// Calendar dates on pages in a language other than English, read by chrono-node's own parser for
// that language where chrono ships one (2.10: de, fr, ru, es, pt, nl, it, ja, ...): "12. bis 13.
// September", "до 8 октября", "5 марта 2017 года", with a clock time when one goes with the day.
// Only dates that name their month (by name or by number) are taken, none counted from the
// reference ("через 6 месяцев"): the clause's tense, which places weekdays and relative words, is
// read by English tools that cannot read these pages. A date with no year keeps chrono's nearest
// year, but in a list of dates set out in calendar order (a season's fixtures), which runs on from
// its first (chrono.ts scheduleYears).
import * as chrono from 'chrono-node';
import type { ParsedComponents } from 'chrono-node';
import { scheduleYears, type ChronoFound } from './chrono.js';
import { dayValue, monthValue, type YMD } from './values.js';

/** chrono's parser of each language it knows besides English (casual: it also takes "heute", "demain"). */
const LOCALE_PARSERS: Readonly<Record<string, chrono.Chrono>> = {
  de: chrono.de.casual,
  fr: chrono.fr.casual,
  ru: chrono.ru.casual,
  uk: chrono.uk.casual,
  es: chrono.es.casual,
  pt: chrono.pt.casual,
  nl: chrono.nl.casual,
  it: chrono.it.casual,
  sv: chrono.sv.casual,
  fi: chrono.fi.casual,
  ja: chrono.ja.casual,
  zh: chrono.zh.casual,
};
const NOON_UTC_HOUR = 12;
/** A digit: a calendar date with a month names its day or year in figures. */
const DIGIT_RE = /\d/;
/**
 * A word before the date that TIMEX3 leaves out, as it does "on" in English ("Am 12.", "um",
 * "до 8 октября", "le 3 octobre", "el 12 de marzo"), with the spaces after it: a word of at most
 * three letters, or a listed longer one, that chrono took in at the match's start.
 */
const LEAD_WORD_RE = /^(?:\p{L}{1,3}|vom|bis|seit|depuis|desde|hasta|dalle?|dello)\s+(?=\d|\p{L})/iu;
/** Between the ends of a range: "12. bis 13. September", "3 au 5 octobre", "с 5 по 7 мая", "18–24". */
const RANGE_SEPARATOR_RE = /\s*(?:[-–—]|(?<!\p{L})(?:bis|au|à|al|a|hasta|tot|till|до|по)(?!\p{L}))\s*/iu;
/** A day and month of numbers alone ("1/3", "12.5"): as often a fraction or a score; English chrono reads them (day first here). */
const NUMBER_PAIR_RE = /^\d{1,2}[/.]\d{1,2}\.?$/;

/** Dates in `text` (the real text, not an ASCII stand-in: chrono's patterns hold the language's own letters). */
export function localeTimes(text: string, ref: YMD | null, language: string): ChronoFound[] {
  const parser = LOCALE_PARSERS[language];
  const out: ChronoFound[] = [];
  if (!parser || !ref) return out;
  const instant = new Date(Date.UTC(ref.y, ref.m - 1, ref.d, NOON_UTC_HOUR));
  // Line by line, not by the English sentence splitter's sentences, which end at "Am 12." (an ordinal's period).
  let start = 0;
  for (const chunk of text.split('\n')) {
    const lineStart = start;
    start += chunk.length + 1;
    if (!DIGIT_RE.test(chunk)) continue;
    for (const r of parser.parse(chunk, { instant, timezone: 0 }, { forwardDate: false })) {
      if (!r.start.isCertain('month') || !DIGIT_RE.test(r.text) || r.tags().has('result/relativeDate')) continue;
      const lead = leadLength(parser, r.text, instant);
      const words = r.text.slice(lead).replace(/[\s,;:]+$/, '');
      if (NUMBER_PAIR_RE.test(words)) continue;
      const at = lineStart + r.index + lead;
      const sep = r.end ? RANGE_SEPARATOR_RE.exec(words) : null;
      if (r.end && sep && sep.index > 0) {
        // Each end on its own, as TimeML marks a range ("12." and "13. September").
        push(out, words.slice(0, sep.index), at, r.start);
        push(out, words.slice(sep.index + sep[0].length), at + sep.index + sep[0].length, r.end);
      } else push(out, words, at, r.start);
    }
  }
  scheduleYears(out, ref);
  for (const t of out) delete t.undated; // the schedule's only: no field of the record's times
  return out;
}

/** How many characters of a lead word `words` open with; none when that word is the month ("Mai 2018", "май 2018"). */
function leadLength(parser: chrono.Chrono, words: string, instant: Date): number {
  const lead = LEAD_WORD_RE.exec(words)?.[0].length ?? 0;
  if (!lead) return 0;
  const rest = parser.parse(words.slice(lead), { instant, timezone: 0 }, { forwardDate: false })[0];
  return rest?.index === 0 && rest.start.isCertain('month') ? lead : 0;
}

/** One date; a clock time's day is the day it goes with, certain or carried from a range's start ("8 октября до 18:00"). */
function push(out: ChronoFound[], words: string, at: number, c: ParsedComponents): void {
  if (!words) return;
  const t: YMD = { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! };
  const clock = c.isCertain('hour');
  const day = dayValue(t);
  const value = clock
    ? `${day}T${String(c.get('hour')).padStart(2, '0')}:${String(c.get('minute') ?? 0).padStart(2, '0')}`
    : c.isCertain('day')
      ? day
      : monthValue(t.y, t.m);
  const undated = !clock && c.isCertain('day') && !c.isCertain('year') && !c.isCertain('weekday');
  out.push({
    text: words,
    span: [at, at + words.length],
    type: clock ? 'TIME' : 'DATE',
    value,
    relative: !c.isCertain('year'),
    ...(undated ? { undated: { m: t.m, d: t.d } } : {}),
  });
}
