// Issue 14 (h323): a verb no cue rule knows whose most frequent WordNet sense is one of
// communication (models/communication-verbs.txt: "extol", "beg", "forecast") is a cue at the cue
// model's own boundary on a political page, not before a verb's "-ing" form or a noun of saying,
// and not on other pages (polnear-dev). Invented sentences; the first failed before the change,
// the guards pass before and after.
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

describe('quotes: verbs of communication by WordNet (h323)', () => {
  it('reads "extols" as a cue on a political page', () => {
    const q = quotes(
      'The Republican senator extols the virtues of the new tariff bill. Congress votes on the bill next week, and the White House has threatened a veto.',
    );
    expect(q.find((x) => x.cue === 'extols')?.content).toEqual(['the virtues of the new tariff bill']);
  });

  it('(guard) not before a verb\'s "-ing" form ("avoided criticizing")', () => {
    const q = quotes(
      'The Republican senator avoided criticizing the new tariff bill. Congress votes on the bill next week, and the White House has threatened a veto.',
    );
    expect(q.find((x) => x.cue === 'avoided')).toBeUndefined();
  });

  it('(guard) not before a noun of saying, which carries the attribution', () => {
    const q = quotes(
      'The governor and leaders of the Legislature have avoided direct criticism of teachers for the closings. The unions said more than 15,000 people registered for the rally at the Statehouse.',
    );
    expect(q.find((x) => x.cue === 'avoided')).toBeUndefined();
  });

  it('(guard) not on a sports page', () => {
    const q = quotes(
      'The coach extols the virtues of the young striker. The team won the match and the league game, and the player scored a goal in the cup tournament last season.',
    );
    expect(q.find((x) => x.cue === 'extols')).toBeUndefined();
  });
});
