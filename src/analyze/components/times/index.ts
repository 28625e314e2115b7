// Times: every time expression as a TimeML TIMEX3 (type DATE / TIME / DURATION / SET and value),
// with the anchor it was resolved against and the tense of its clause.
//   1. finders, each for what it reads well: chrono-node, sentence by sentence, for calendar dates,
//      weekdays, clock times and relative days/weeks/months (chrono.ts), and wire-style clock times
//      ("0400 GMT", clock.ts); our patterns for years,
//      decades, centuries, seasons, quarters, halves, fiscal years and vague references
//      (granular.ts), lengths and recurrences (durations.ts), named days (holidays.ts) and
//      expressions that lean on an earlier time in the story (story.ts); on a page in another
//      language, chrono's parser for that language where it has one (locale.ts)
//      — but nothing inside a link written into the text
//   2. overlaps resolved longest-first, so "Sept. 30, 2016" is one date, not a date and a year
//   3. a leading preposition is cut off ("on Tuesday" is "Tuesday"), as TIMEX3 leaves it out;
//      doc.timePhrases keeps the spans with it, for the components that skip a time phrase whole;
//      a hedge, determiner or bracket TIMEX3 keeps in is taken in ("about 4 a.m.", extent.ts)
//   4. in text order, the story's times resolve what depends on them (story.ts); other relative
//      expressions are anchored to the reference date: the dateline's date when the body is dated
//      by it, else the publication date; a past weekday the day after it, in a sentence naming a
//      place whose day comes first, is that next day (time-zone.ts); "today" in an embedded post
//      is the post's day, written after its signature (embedded-post.ts)
import type { TimeExpression } from '../../../record/types.js';
import type { Component } from '../../component.js';
import type { Doc } from '../../doc.js';
import { chronoTimes } from './chrono.js';
import { wireClockTimes } from './clock.js';
import { durationTimes } from './durations.js';
import { granularTimes } from './granular.js';
import { holidayTimes } from './holidays.js';
import { localeTimes } from './locale.js';
import { trimLead } from './found.js';
import { widenExtent } from './extent.js';
import { resolveStory, storyTimes } from './story.js';
import { dayAheadWeekdays } from './time-zone.js';
import { datePostDeictics } from './embedded-post.js';
import { nextTagReader, presentVerbBeforeReader, tenseReader } from './tense.js';
import { parseIsoDate } from './values.js';
import { asciiStandIn } from '../../../text/stand-in.js';
import { insideLink } from '../../../text/links.js';

export const times: Component = {
  name: 'times',
  requires: ['sentences', 'tokens'],
  assigns: ['times'],
  run(doc: Doc) {
    const ref = parseIsoDate(doc.referenceDate);
    const tenseAt = tenseReader(doc);
    const nextTag = nextTagReader(doc);
    const chunks = doc.sentences.map((sentence) => sentence.span);
    // The patterns (chrono's and ours) read an ASCII stand-in of the text, so their \b sees a word
    // boundary where a word ends, not inside "Maręk"; spans are the same, words come from the text.
    const words = asciiStandIn(doc.text);
    // Finders whose matches are more specific come first: on a tie in length the earlier one stays.
    const found = [
      // A page in another language: its own language's dates first, so they win a tie with English chrono's.
      ...localeTimes(doc.text, ref, doc.language),
      ...storyTimes(words, chunks, tenseAt, nextTag),
      ...durationTimes(words, chunks, tenseAt),
      ...holidayTimes(words, ref, tenseAt, nextTag),
      ...granularTimes(words, ref, tenseAt),
      ...chronoTimes(
        words,
        chunks,
        ref,
        tenseAt,
        doc.language !== 'en' && doc.language !== 'und',
        presentVerbBeforeReader(doc),
      ),
      ...wireClockTimes(words, ref),
    ].filter((t) => !insideLink(doc.text, t.span)); // "…/uploads/sites/3/2017/03/…" names no time
    if (words !== doc.text) for (const t of found) t.text = doc.text.slice(t.span[0], t.span[1]);
    const refKind =
      doc.article.dateline?.date && doc.article.dateline.date === doc.referenceDate ? 'dateline' : 'published';
    const resolved = resolveStory(
      longestFirst(found).map((t) => widenExtent(trimLead(t), doc.text)),
      ref,
      refKind,
    );
    // "Asian indexes were mixed in early trading Tuesday" on a Monday page: the day after (time-zone.ts).
    dayAheadWeekdays(doc, resolved, ref, (from, to) => tenseAt(from, to) === 'past');
    // "… masks today … — Name (@handle) November 1, 2019": an embedded post's own day (embedded-post.ts).
    datePostDeictics(doc.text, resolved, ref);
    doc.timePhrases = resolved.map((t) => [t.span[0] - (t.lead?.length ?? 0), t.span[1]]);
    doc.times = resolved.map(({ relative: _relative, lead: _lead, ...t }): TimeExpression => {
      const tense = tenseAt(t.span[0], t.span[1]);
      return { ...t, ...(tense ? { tense } : {}) };
    });
  },
};

/** Non-overlapping expressions, longer ones winning (the earlier-listed on a tie), in text order. */
function longestFirst<T extends { span: readonly [number, number] }>(items: T[]): T[] {
  const byLength = [...items].sort((a, b) => b.span[1] - b.span[0] - (a.span[1] - a.span[0]));
  const kept: T[] = [];
  // Characters taken by a kept expression: an overlap test reads only the candidate's own
  // characters, not every expression kept so far (a flattened table holds thousands).
  const taken = new Uint8Array(items.reduce((end, t) => Math.max(end, t.span[1]), 0));
  for (const t of byLength) {
    if (taken.subarray(t.span[0], t.span[1]).includes(1)) continue;
    taken.fill(1, t.span[0], t.span[1]);
    kept.push(t);
  }
  return kept.sort((a, b) => a.span[0] - b.span[0]);
}
