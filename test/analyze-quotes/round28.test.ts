// Twenty-eighth round of issue 14 (audit docs/audits/quotes-zyte-100-round28.md): invented
// sentences, each failing before the rule it names (the guards pass before and after).
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

describe('quotes, round 28', () => {
  it('gives no speaker to the existential "there" ("There are growing fears that ...")', () => {
    const q = quotes('There are growing fears that the dam will fail.');
    expect(q.map((x) => [x.speaker, x.content])).toEqual([['', ['that the dam will fail']]]);
  });
});
