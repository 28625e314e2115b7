// Events: a road blocked by the police or the army is no protest, even in a sentence about
// protesters (issue 15; h281's round 25 noticed it). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { recordFrom } from '../helpers/records.js';

/** The PROTESTs whose trigger is a form of "block". */
const blockProtests = (text: string) =>
  recordFrom(text, { published: '2023-05-10' }).events.filter(
    (e) => e.type === 'PROTEST' && /^block/i.test(e.trigger.text),
  );

describe('forces that block a road', () => {
  it('reads no protest when the police or soldiers block the road', () => {
    expect(blockProtests('Police blocked the road to the parliament as protesters gathered in the square.')).toEqual(
      [],
    );
    expect(blockProtests('Soldiers blocked the highway after farmers threatened to march on the capital.')).toEqual([]);
  });

  it('still reads a protest when protesters or farmers block it', () => {
    const protests = (text: string) =>
      recordFrom(text, { published: '2023-05-10' }).events.filter((e) => e.type === 'PROTEST');
    expect(protests('Protesters blocked the road to the parliament on Monday.')).toHaveLength(1);
    expect(blockProtests('Angry farmers blocked the highway with tractors for a second day.')).toHaveLength(1);
  });
});
