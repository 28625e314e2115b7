// A weekday in a past clause that is the day after the reference date ("The major Asian market
// indexes were mixed in early trading Tuesday" on a page dated Monday in the US): read as the last
// such day it would be six days back, but the trading was the next day where the sentence is, in a
// place whose day begins hours before the writer's. When the sentence names a place far enough
// east (the gazetteer's point of the place, of the country of a demonym, or of the continent or
// region an adjective names: "Tokyo", "Japanese", "Asian"), the weekday is the day after the
// reference date. A weekday further back, or in a sentence naming no such place, keeps its reading.
import type { Doc } from '../../doc.js';
import type { Found } from './found.js';
import { demonymCountry, gazetteer, knownPlaces } from '../../resources/gazetteer.js';
import { addDays, dayValue, ISO_WEEKDAY_NUMBER, weekdayOf, type YMD } from './values.js';

/**
 * Longitude east of which a place's calendar day starts at least about nine hours before the
 * Americas' (UTC+4 and beyond: the Gulf, South and East Asia, Australia, New Zealand).
 */
const DAY_AHEAD_EAST_OF = 60;
/** A weekday alone, with a modifier TIMEX3 keeps or a part of its day ("early Tuesday", "Tuesday night"). */
const BARE_WEEKDAY_RE =
  /^(?:(?:early|late)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;
const WEEKDAY_RE = /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i;
/** An adjective of a continent or region ("Asian" of Asia, "Australasian"): its name without the final "n". */
const REGION_ADJECTIVE_RE = /^[A-Z][a-z]+[ai]n$/;

/** The longitude of the place an entity names, if the gazetteer knows it. */
function entityLongitude(e: Doc['entities'][number]): number | undefined {
  if (e.geo) return e.geo.lon;
  if (e.type === 'NORP') {
    const cc = demonymCountry(e.name);
    if (cc) return gazetteer().countries.get(cc)?.lon;
    if (REGION_ADJECTIVE_RE.test(e.name)) return knownPlaces(e.name.slice(0, -1)).find((p) => p.kind === 'region')?.lon;
  }
  if (e.type === 'LOC') return knownPlaces(e.name).find((p) => p.kind === 'region' || p.kind === 'country')?.lon;
  return undefined;
}

/**
 * Moves such weekdays (`times`, resolved, in text order) to the day after `ref`, in place. Only
 * past clauses and a weekday six days back are read: the cost is nil for other times.
 */
export function dayAheadWeekdays(
  doc: Doc,
  times: Found[],
  ref: YMD | null,
  pastAt: (start: number, end: number) => boolean,
): void {
  if (!ref) return;
  const next = addDays(ref, 1);
  const back = dayValue(addDays(ref, -6));
  const nextWeekday = weekdayOf(next);
  let east: { span: readonly [number, number] }[] | null = null;
  for (const t of times) {
    if (!t.value.startsWith(back) || !BARE_WEEKDAY_RE.test(t.text)) continue;
    // weekdayOf counts from Sunday, 0; the ISO number of Sunday is 7.
    if (ISO_WEEKDAY_NUMBER[WEEKDAY_RE.exec(t.text)![0].toLowerCase()] % 7 !== nextWeekday) continue;
    if (!pastAt(t.span[0], t.span[1])) continue;
    const sentence = doc.sentences.find((s) => s.span[0] <= t.span[0] && t.span[0] < s.span[1]);
    if (!sentence) continue;
    east ??= doc.entities
      .filter((e) => (entityLongitude(e) ?? -180) >= DAY_AHEAD_EAST_OF)
      .flatMap((e) => e.mentions.map((span) => ({ span })));
    if (!east.some((m) => m.span[0] >= sentence.span[0] && m.span[1] <= sentence.span[1])) continue;
    t.value = dayValue(next) + t.value.slice(10);
  }
}
