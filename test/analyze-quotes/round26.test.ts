// Twenty-sixth round of issue 14 (audit docs/audits/quotes-zyte-100-round26.md, and what round 25
// left): invented sentences, each failing before the rule it names (the guards pass before and after).
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

describe('quotes, round 26', () => {
  it('reads a passive with its agent before "of" ("She was accused by prosecutors of lying")', () => {
    const q = quotes('She was accused by prosecutors of lying to investigators.');
    expect(q).toHaveLength(1);
    expect(q[0].speaker).toBe('prosecutors');
    expect(q[0].content.join(' … ')).toMatch(/lying to investigators$/);
  });

  it('takes the agent before the charge after an appositive subject ("Corbyn, a socialist, is accused by critics of ...")', () => {
    const q = quotes('Corbyn, a stolid socialist, is accused by critics of promoting high-tax policies.');
    expect(q).toHaveLength(1);
    expect(q[0].speaker).toBe('critics');
    expect(q[0].content).toEqual(['promoting high-tax policies']);
  });

  it('(guard) keeps the agentless "She was accused of lying"', () => {
    expect(quotes('She was accused of lying to investigators.')).toEqual([
      { speaker: '', cue: 'accused of', content: ['She', 'lying to investigators'] },
    ]);
  });

  it('reads a bare clause after a hearer ("told reporters the bill would pass")', () => {
    for (const [text, hearer] of [
      ['Trump told reporters the bill would pass.', 'Trump'],
      ['She told CNN the budget was sound.', 'She'],
    ]) {
      const q = quotes(text);
      expect(q).toHaveLength(1);
      expect(q[0].speaker).toBe(hearer);
      expect(q[0].content).toEqual([text.includes('bill') ? 'the bill would pass' : 'the budget was sound']);
    }
  });

  it('(guard) leaves a told story without a clause ("told reporters the news")', () => {
    expect(quotes('She told reporters the news.').map((x) => x.content)).not.toContainEqual(['the news']);
  });

  it('runs a reported clause on over a relative clause between commas ("said the bill, which passed last week, was sound")', () => {
    const q = quotes('The senator said the bill, which passed last week, was sound.');
    expect(q.map((x) => x.content)).toEqual([['the bill, which passed last week, was sound']]);
  });

  it('(guard) keeps the appositive between commas ("said the budget, a record, was sound")', () => {
    expect(quotes('The minister said the budget, a record, was sound.').map((x) => x.content)).toEqual([
      ['the budget, a record, was sound'],
    ]);
  });

  it('ends an object content before the subject\'s second verb ("bragged about his proximity to Trump and drew alarm ...")', () => {
    const q = quotes(
      'Sondland routinely bragged about his proximity to Trump and drew alarm from the foreign service.',
    );
    expect(q.map((x) => x.content)).toEqual([['his proximity to Trump']]);
  });

  it('takes the rest of the sentence after a coordinated source ("This, according to attendees and speakers, is ...")', () => {
    const q = quotes('This, according to attendees and speakers, is both a problem and an opportunity.');
    expect(q).toHaveLength(1);
    expect(q[0].content).toEqual(['This', 'is both a problem and an opportunity']);
  });

  it('leaves a question\'s auxiliary out of the speaker ("Would Adam Schiff have pleaded ...")', () => {
    const q = quotes('Would Adam Schiff have pleaded to keep the identity secret?');
    expect(q.map((x) => x.speaker)).toEqual(['Adam Schiff']);
  });
});
