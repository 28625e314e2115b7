// Issue 14 (h283's finding in the thirty-fifth session, landed with retrained quote weights in the
// thirty-sixth): a speaker read back from its cue stops at a relative or interrogative "which /
// whom / what" that opens the clause as the verb's object; the phrase after it speaks. Invented
// sentences; the first failed before the rule in speaker.ts (phraseEndingAt), the guards pass
// before and after.
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

describe('quotes: a relative object is no part of the speaker', () => {
  it('reads "the test, which state news media claimed ..." with the media as the speaker', () => {
    const q = quotes('The regime staged a fifth test, which state news media claimed proved that its warheads work.');
    const claimed = q.find((x) => x.cue === 'claimed');
    expect(claimed?.speaker).toBe('state news media');
  });

  it('reads "the memo, which government lawyers say shows ..." with the lawyers as the speaker', () => {
    const q = quotes('The agency released the memo, which government lawyers say shows that the deal was legal.');
    expect(q.find((x) => x.cue === 'say')?.speaker).toBe('government lawyers');
  });

  it('reads "billboards in which people say ..." with the people as the speaker (round 29 #72)', () => {
    const q = quotes('The group put up billboards in which people say that they regret their votes.');
    expect(q.find((x) => x.cue === 'say')?.speaker).toBe('people');
  });

  it('(guard) keeps a subject relative with its antecedent ("The union, which endorsed ...")', () => {
    const q = quotes('The union, which endorsed Hillary Clinton, said the vote was close.');
    expect(q.find((x) => x.cue === 'endorsed')?.speaker).toBe('The union, which');
  });

  it('(guard) keeps "whose X", as PolNeAR marks it, and "The staff member who"', () => {
    expect(quotes('The chief, whose political arm endorsed Mrs. Clinton, spoke.')[0]?.speaker).toBe(
      'whose political arm',
    );
    expect(quotes('The staff member who said the plan failed was fired.')[0]?.speaker).toBe('The staff member who');
  });
});
