// Issue 14, audit round 33 (h312): an imperative has no subject, and the speaker finder took its
// verb for one ("{Start small} and recognize that no one is watching"; imperative.ts). Invented
// sentences; the imperative tests failed before the rule, the guards (a name the tagger reads as
// a verb, a gerund subject) pass before and after.
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

describe('quotes: an imperative is no speaker (round 33)', () => {
  it('drops an imperative read as the speaker', () => {
    expect(quotes('1. Start small and recognize that no one is watching.')).toEqual([]);
    expect(quotes('Get to know what happens in the other business stages.')).toEqual([]);
  });

  it('(guard) keeps a surname the tagger reads as a verb, and a gerund subject', () => {
    const q = quotes('Attorney General Loretta Lynch spoke on Monday. Lynch said the review was complete.');
    expect(q.map((x) => [x.speaker, x.content])).toEqual([['Lynch', ['the review was complete']]]);
    const r = quotes('Breathing tests showed his lungs were damaged.');
    expect(r.map((x) => [x.speaker, x.content])).toEqual([['Breathing tests', ['his lungs were damaged']]]);
  });
});
