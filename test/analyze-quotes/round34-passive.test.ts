// Issue 14, audit round 34 (h358): an agentless passive's subject is no speaker, but the rule that
// moves it into the content (passive-subject.ts) missed it when a bracketed aside stood between
// the subject and the verb ("Eating disorder (ED) is considered") or when the tagger read a
// compound's gerund as a verb and the speaker found stopped before it ("{Binge} eating disorder is
// considered"). Invented sentences; the passive tests failed before, the guards (an active verb
// after an aside or a gerund) pass before and after.
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

const lines = (s: string) => quotes(s).map((x) => [x.speaker, x.content]);

describe('quotes: an agentless passive after an aside or a gerund compound (round 34)', () => {
  it('moves the whole subject into the content and names no speaker', () => {
    expect(lines('Binge eating disorder is considered the most common eating disorder in the United States.')).toEqual([
      ['', ['Binge eating disorder', 'the most common eating disorder in the United States']],
    ]);
    expect(lines('Eating disorder (ED) is considered the most common disorder in the United States.')).toEqual([
      ['', ['Eating disorder', 'the most common disorder in the United States']],
    ]);
  });

  it('(guard) keeps the speaker of an active verb after an aside or a gerund', () => {
    expect(lines('The Food and Drug Administration (FDA) said the drug was safe.')).toEqual([
      ['The Food and Drug Administration', ['the drug was safe']],
    ]);
    expect(lines('Binge eaters in the study said the program helped.')).toEqual([
      ['Binge eaters in the study', ['the program helped']],
    ]);
  });
});
