// Issue 14, round 32 (h302): "X called Y a “...”" after a quotation. A cue with an object and a
// quoted complement after it ("called the senator a “nasty guy”") says its own words; the
// quotation before the speaker is not its content (polnear-dev). Invented sentences; the first
// failed before the rule, the guard passes before and after.
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

describe('quotes: an object and a quoted complement after the cue (round 32)', () => {
  it('takes "the senator a “nasty guy”" and not the quotation before the speaker', () => {
    const q = quotes(
      'The mayor answered with the nickname “Sleepy Joe.” The mayor called the councilman a “nasty guy” and a “liar.”',
    );
    expect(q.find((x) => x.cue === 'called')?.content).toEqual(['the councilman a “nasty guy” and a “liar.”']);
  });

  it('(guard) keeps a quotation before "he told reporters" and its time after', () => {
    const q = quotes('“We will not resign,” the mayor told reporters an hour later.');
    expect(q.find((x) => x.cue === 'told')?.content).toEqual(['“We will not resign,”']);
  });
});
