// The acts-and-messages set (data/quotes/acts-messages, scripts/acts-messages.ts): its reader and
// the cue labels it gives the cue model's training (scripts/train-quotes.ts).
import { describe, expect, it } from 'vitest';
import { actsMessagesCueExamples, parseActsMessages, readActsMessages } from '../../scripts/acts-messages.js';

describe('the acts-and-messages reader', () => {
  it('reads acts and messages, the cue in brackets, one paragraph each', () => {
    const set = parseActsMessages(
      '# a comment\n- The governor vetoed the bill.\n\n+ The mayor [called] the move a mistake.\n',
    );
    expect(set.text).toBe('The governor vetoed the bill.\n\nThe mayor called the move a mistake.');
    expect(set.sentences.map((s) => s.message)).toEqual([false, true]);
    expect(set.cues.map(([a, b]) => set.text.slice(a, b))).toEqual(['called']);
  });

  it('refuses a message without one cue, an act with one, and a line without a label', () => {
    expect(() => parseActsMessages('+ The mayor called the move a mistake.')).toThrow(/one cue/);
    expect(() => parseActsMessages('+ The mayor [called] it [a mistake].')).toThrow(/one cue/);
    expect(() => parseActsMessages('- The governor [vetoed] the bill.')).toThrow(/no cue/);
    expect(() => parseActsMessages('The governor vetoed the bill.')).toThrow(/starts with/);
    expect(() => parseActsMessages('+ The mayor [called the move.')).toThrow(/without/);
  });

  it('labels the bracketed cue 1 and every other candidate 0, acts all 0', () => {
    const ex = actsMessagesCueExamples(
      parseActsMessages(
        '- Farmers blocked the main road with tractors.\n+ The minister [denied] the report on Monday.',
      ),
    );
    const label = (lemma: string) => ex.filter((e) => e.lemma === lemma).map((e) => e.y);
    expect(label('block')).toEqual([0]);
    expect(label('deny')).toEqual([1]);
    expect(label('road')).toEqual([0]);
    expect(label('report')).toEqual([0]);
    expect(ex.filter((e) => e.y)).toHaveLength(1);
  });

  it('the committed set: 243 acts, 183 messages, every cue a candidate', () => {
    const set = readActsMessages();
    expect(set.sentences.filter((s) => !s.message)).toHaveLength(243);
    expect(set.sentences.filter((s) => s.message)).toHaveLength(183);
    expect(actsMessagesCueExamples(set).filter((e) => e.y)).toHaveLength(183);
  });
});
