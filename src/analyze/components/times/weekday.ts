// Bare weekdays ("on Saturday", "Monday") in news: chrono picks the closest such day, which puts
// "they met on Saturday" in a Thursday story two days in the future. News reports mostly what has
// happened, so a bare weekday is the most recent such day on or before the reference date, unless
// its clause speaks of the future ("will", "is to", "plans to": tense.ts), when it is the next one
// on or after.
import type { Tense } from '../../../record/types.js';
import { addDays, weekdayOf, type YMD } from './values.js';

/** The weekday words carry their own direction ("last Friday", "next Monday", "this Sunday"). */
const WEEKDAY_MODIFIER_RE = /\b(?:last|next|this|past|coming|previous|following)\b/i;
/**
 * A past-tense verb right before the weekday ("said on Saturday", "met Monday", "was killed late
 * Friday") decides for the past even when the sentence also reports a plan ("said Monday he will");
 * not a participle after "be" ("will be held Saturday") nor a plan word ("scheduled Saturday").
 */
const PAST_VERB_BEFORE_RE =
  /(?<!\b(?:be|been)\s+)\b(?:(?!(?:scheduled|planned|expected|slated)\b)[a-z]+ed|said|told|met|spoke|held|made|took|gave|came|went|wrote|began|left|won|lost|sent|found|saw|fell|rose|broke|hit|struck|led|ran|paid|sold|bought|brought|thought|felt|kept|was|were|did|had|got|became|put|set)\s+(?:(?:on|early|late|last)\s+)*$/i;
/** How far back the past verb may stand: a verb and "on late" fit in it. */
const PAST_VERB_WINDOW = 40;

/**
 * The date of a bare weekday (0 = Sunday … 6 = Saturday) in a clause of the given tense, whose
 * sentence text before the weekday is `before`; null when the words carry a modifier and chrono's
 * reading stands.
 */
export function bareWeekdayDate(
  words: string,
  weekday: number,
  before: string,
  tense: Tense | undefined,
  ref: YMD,
): YMD | null {
  if (WEEKDAY_MODIFIER_RE.test(words)) return null;
  const refDay = weekdayOf(ref);
  const pastVerb = PAST_VERB_BEFORE_RE.test(before.slice(-PAST_VERB_WINDOW));
  if (!pastVerb && tense === 'future') return addDays(ref, (weekday - refDay + 7) % 7);
  return addDays(ref, -((refDay - weekday + 7) % 7));
}
