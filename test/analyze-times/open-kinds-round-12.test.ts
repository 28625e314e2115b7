// Kinds found wrong by the times audit of round 12 (docs/audits/times-round-12.md) and a gap
// round 11 left named: "has" / "have" as a main verb read as a perfect (a past); a verb of saying
// whose complement has no "that" lending its past to the complement's time; a modifier in "-ing"
// taken for the verb a fronted adverbial leads into; a fronted "Now," given the future of an
// "expect X to" complement. Sentences written for the test, none from the audited pages. Each fix
// has a paired negative.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';

const MONDAY = '2019-11-18';
const record = (text: string, published = MONDAY) =>
  analyze(extract({ content: text, format: 'body', published })).times;
const times = (text: string, published = MONDAY) => record(text, published).map((t) => [t.text, t.type, t.value]);
const tenseOf = (text: string, words: string, published = MONDAY) =>
  record(text, published).find((t) => t.text === words)?.tense;

describe('"has" / "have" with no participle after it is no perfect', () => {
  it('reads "has an exhibition in March" and "can have someone call every few minutes" as present', () => {
    expect(times('The museum has an exhibition in March.')).toContainEqual(['March', 'DATE', '2020-03']);
    expect(tenseOf('The museum has an exhibition in March.', 'March')).toBe('present');
    expect(tenseOf('He has me thinking now, the voter said.', 'now')).toBe('present');
    expect(tenseOf('It is not as if I can have someone call every few minutes.', 'every few minutes')).toBe('present');
  });

  it('keeps a perfect a past, adverbs and "not" between ("has already opened", "have not met")', () => {
    expect(times('The museum has already opened an exhibition in March.')).toContainEqual(['March', 'DATE', '2019-03']);
    expect(tenseOf('The two leaders have not met since March.', 'March')).toBe('past');
    expect(tenseOf('Prices have been rising since March.', 'March')).toBe('past');
    expect(tenseOf("We've beaten some good teams this year.", 'this year')).toBe('past');
    // A participle spelled as its base.
    expect(tenseOf('They have not cast a ballot since 2008.', '2008')).toBe('past');
    expect(tenseOf('But those few weeks have come and gone without a word.', 'few weeks')).toBe('past');
  });
});

describe('a verb of saying before a complement without "that" does not give it its past', () => {
  it('dates "said the missions would begin in March" and "told reporters ... could begin" ahead', () => {
    expect(times('Shotwell said the missions would begin in March.')).toContainEqual(['March', 'DATE', '2020-03']);
    expect(times('She told reporters the missions could begin in March.')).toContainEqual(['March', 'DATE', '2020-03']);
  });

  it('keeps the past of a past complement and of a time right after the verb', () => {
    expect(times('Shotwell said the missions began in March.')).toContainEqual(['March', 'DATE', '2019-03']);
    // A verb of saying before "to" has no complement clause ("pledged to reach", "continued to decline").
    expect(tenseOf('The country pledged to reach the target at climate talks last December.', 'last December')).toBe(
      'past',
    );
    expect(tenseOf('But his health continued to decline over the next three months.', 'the next three months')).toBe(
      'past',
    );
    expect(tenseOf('Officials said on Friday that the bridge would reopen.', 'Friday')).toBe('past');
    expect(times('Officials said Friday that the bridge would reopen.')).toContainEqual([
      'Friday',
      'DATE',
      '2019-11-15',
    ]);
  });
});

describe('a fronted adverbial leads into the finite verb, not a modifier in "-ing"', () => {
  it('dates "In March, rising repair bills ... left her ..." in the past', () => {
    const text = 'In March, rising repair bills and a long trial left her exhausted.';
    expect(times(text)).toContainEqual(['March', 'DATE', '2019-03']);
    expect(tenseOf(text, 'March')).toBe('past');
    expect(tenseOf('But in March, household cleaning chores left her exhausted, she said.', 'March')).toBe('past');
  });

  it('still takes a verb in "-ing" after its auxiliary ("In March, the family was moving ...")', () => {
    expect(tenseOf('In March, the family is moving to Leeds.', 'March')).toBe('present');
    expect(tenseOf('In March, the family was moving to Leeds.', 'March')).toBe('past');
    expect(tenseOf("Today, I'm going to explain the process.", 'Today')).toBe('future');
  });
});

describe('"expect X to ..." makes only its complement future', () => {
  it('gives a fronted "Now," the present of "we expect"', () => {
    expect(tenseOf('Now, we expect broader markets to outperform.', 'Now')).toBe('present');
  });

  it('keeps the complement future ("expect the jury to return its verdict on Friday")', () => {
    expect(tenseOf('Now, we expect broader markets to outperform in March.', 'March')).toBe('future');
    expect(times('Prosecutors expect the jury to return its verdict on Friday.')).toContainEqual([
      'Friday',
      'DATE',
      '2019-11-22',
    ]);
  });
});
