// Twenty-first round of issue 14 (audit docs/audits/quotes-zyte-100-round21.md): invented
// sentences, each failing before the rule it names.
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

describe('quotes, round 21', () => {
  it('leaves a time that opens the sentence out of the speaker ("Last week State Department official Anna Berg revealed")', () => {
    const q = quotes('Last week State Department official Anna Berg revealed that the talks had stalled.')[0];
    expect(q?.speaker).toBe('State Department official Anna Berg');
  });

  it('reads a name before a past-tense verb as the subject, not a reduced relative ("Jane Cole posted on Twitter accusing")', () => {
    const q = quotes('Then, last week, Jane Cole posted on Twitter accusing the label of blocking her concert.')[0];
    expect(q?.speaker).toBe('Jane Cole');
  });

  it('(guard) keeps a reduced relative clause after a common noun in the speaker ("Two people briefed on the talks said")', () => {
    expect(quotes('Two people briefed on the talks said the deal was close.')[0]?.speaker).toBe(
      'Two people briefed on the talks',
    );
  });

  it('takes a common noun after a verb’s preposition as the participle’s speaker, not the verb’s clause ("responded to critics accusing")', () => {
    expect(quotes('The mayor responded to critics accusing him of lying about the budget.')[0]?.speaker).toBe(
      'critics',
    );
  });

  it('(guard) keeps a person named like a time ("Theresa May said")', () => {
    expect(quotes('Theresa May said the vote would go ahead.')[0]?.speaker).toBe('Theresa May');
  });

  it('reads a sentence-opening "That" before an agentless passive as the determiner of its subject ("That ambitious target is expected to")', () => {
    expect(quotes('That ambitious target is expected to be achieved with giant solar parks.')[0]).toEqual({
      speaker: '',
      cue: 'expected',
      content: ['That ambitious target', 'to be achieved with giant solar parks'],
    });
  });

  it('(guard) keeps a phrase headed by a noun before a participle cue ("footage of Trump saying")', () => {
    expect(
      quotes('The spot concludes with footage of Trump saying during the debate, “That makes me smart.”')[0]?.speaker,
    ).toBe('footage of Trump');
  });

  it('(guard) keeps an object relative clause after a noun and a name in the speaker ("text messages Volker provided to lawmakers showed")', () => {
    expect(
      quotes('A series of text messages Volker provided to lawmakers showed conversations between him and Sondland.')[0]
        ?.speaker,
    ).toBe('A series of text messages Volker provided to lawmakers');
  });

  it('(guard) keeps a length of time that modifies the speaker ("A 2-month study found")', () => {
    expect(quotes('A 2-month study found that eating one large meal per day raised blood sugar.')[0]?.speaker).toBe(
      'A 2-month study',
    );
  });

  it('takes the name before a past-tense verb and its preposition as the speaker ("Politifact seized on Trump’s claim")', () => {
    expect(quotes('Politifact seized on Trump’s claim that there have been thousands of shootings.')[0]?.speaker).toBe(
      'Trump',
    );
  });

  it('reads no speaker in a noun before "to be" and a stance adjective ("Citizens have every right to be outraged by")', () => {
    expect(
      quotes('Citizens have every right to be outraged by the policy inaction that creates these risks.').map(
        (q) => q.speaker,
      ),
    ).not.toContain('every right');
  });

  it('(guard) keeps the subject of "be" and a stance adjective ("The residents are outraged by")', () => {
    expect(quotes('The residents are outraged by the policy inaction that creates these risks.')[0]?.speaker).toBe(
      'The residents',
    );
  });
});
