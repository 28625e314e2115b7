// Times: every date and time expression, normalised against the document's reference date (the
// dateline date when the body is dated by it, else the publication date).
//   1. chrono-node, sentence by sentence, for calendar dates, weekdays (bare ones read as past
//      unless the sentence speaks of the future: weekday.ts), clock times and relative
//      days/weeks/months (chrono.ts)
//   2. our patterns for years, decades, seasons, quarters and vague references (granular.ts)
//   3. overlaps resolved longest-first, so "Sept. 30, 2016" is one date, not a date and a year
import type { TimeExpression } from '../../../record/types.js';
import type { Component } from '../../component.js';
import type { Doc } from '../../doc.js';
import { chronoTimes } from './chrono.js';
import { granularTimes } from './granular.js';
import { parseIsoDate } from './values.js';
import { asciiStandIn } from '../../../text/stand-in.js';

export const times: Component = {
  name: 'times',
  requires: ['sentences'],
  assigns: ['times'],
  run(doc: Doc) {
    const ref = parseIsoDate(doc.referenceDate);
    const chunks = doc.sentences.map((sentence) => sentence.span);
    // The patterns (chrono's and ours) read an ASCII stand-in of the text, so their \b sees a word
    // boundary where a word ends, not inside "Maręk"; spans are the same, words come from the text.
    const words = asciiStandIn(doc.text);
    const found = [...chronoTimes(words, chunks, ref), ...granularTimes(words, ref)];
    if (words !== doc.text) for (const t of found) t.text = doc.text.slice(t.span[0], t.span[1]);
    const kept = longestFirst(found);
    doc.times = kept.map(({ relative, ...t }): TimeExpression => (
      relative && doc.referenceDate ? { ...t, anchor: doc.referenceDate } : t
    ));
  },
};

/** Non-overlapping expressions, longer ones winning, in text order. */
function longestFirst<T extends { span: readonly [number, number] }>(items: T[]): T[] {
  const byLength = [...items].sort((a, b) => (b.span[1] - b.span[0]) - (a.span[1] - a.span[0]) || a.span[0] - b.span[0]);
  const kept: T[] = [];
  for (const t of byLength) {
    if (!kept.some((k) => k.span[0] < t.span[1] && t.span[0] < k.span[1])) kept.push(t);
  }
  return kept.sort((a, b) => a.span[0] - b.span[0]);
}
