// Twenty-seventh round of issue 14 (audit docs/audits/quotes-zyte-100-round27.md, and what round 26
// left): invented sentences, each failing before the rule it names (the guards pass before and after).
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

describe('quotes, round 27', () => {
  it('ends an object content with a preposition "to" in it before "and" + adverb + the subject\'s second verb', () => {
    // Before: trim.ts' coordinatedVerb stopped at any "to", and second-verb-phrase.ts wanted the
    // verb right after the conjunction; one rule now reads both.
    const q = quotes(
      'Sondland routinely bragged about his proximity to Trump and then drew alarm from the foreign service.',
    );
    expect(q.map((x) => x.content)).toEqual([['his proximity to Trump']]);
  });

  it("(guard) keeps an infinitive's second bare verb and a reported clause's second verb", () => {
    expect(quotes('The mayor promised to cut taxes and raise spending.').map((x) => x.content)).toEqual([
      ['to cut taxes and raise spending'],
    ]);
    expect(quotes('Officials said prices rose and wages fell.').map((x) => x.content)).toEqual([
      ['prices rose and wages fell'],
    ]);
  });

  it('keeps a list inside an organisation\'s name in the speaker ("Ministry of Trade, Industry and Energy")', () => {
    for (const text of [
      'South Korea’s Ministry of Trade, Industry and Energy (MOTIE) has unveiled a plan to cut the cost of solar modules.',
      'The Ministry of Trade, Industry and Energy said exports fell in May.',
    ]) {
      const q = quotes(text);
      expect(q).toHaveLength(1);
      expect(q[0].speaker).toMatch(/Ministry of Trade, Industry and Energy$/);
    }
  });

  it('(guard) takes no common noun\'s "of" phrase before a comma into a list of names', () => {
    const q = quotes('The mayor of Boston, Smith and Jones said the rate would rise.');
    expect(q.map((x) => x.speaker).join(' | ')).not.toMatch(/Boston, Smith/);
  });

  it('leaves a short quotation after the cue\'s preposition out of the content ("the “Pose” actor said on “DWTS.”")', () => {
    const q = quotes(
      'The actor shared a clip. "Hearing the heartbeat was something we never take for granted," the "Pose" actor previously said on "DWTS." His wife has suffered several miscarriages.',
    );
    expect(q.map((x) => x.content)).toEqual([['"Hearing the heartbeat was something we never take for granted,"']]);
  });
});
