// Kinds found wrong by the times audit of round 10 (docs/audits/times-round-10.md) and the known
// gaps of issue 15 named for session 37: "one day" / "some day" meaning an unsaid future time,
// weekly schedules ("on Tuesdays"), ages after "age", rates of counted units ("7 days a week"),
// quarters named by their last month ("the September quarter") and ranges of counts written in
// words ("one-to-seven days"). Sentences written for the test, none from the audited pages.
// PUBLISHED, 2019-11-18, is a Monday (ISO week 47); each fix has a paired negative.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';

const PUBLISHED = '2019-11-18';
const times = (text: string, published = PUBLISHED) =>
  analyze(extract({ content: text, format: 'body', published })).times.map((t) => [t.text, t.type, t.value]);

describe('"one day" and "some day" meaning an unsaid future time: FUTURE_REF', () => {
  it('reads "is going to uncover your password one day" as FUTURE_REF', () => {
    expect(times('Someone is going to uncover your password one day.')).toContainEqual([
      'one day',
      'DATE',
      'FUTURE_REF',
    ]);
  });

  it('reads "hopes to one day run the company" as FUTURE_REF', () => {
    expect(times('The engineer hopes to one day run the company.')).toContainEqual(['one day', 'DATE', 'FUTURE_REF']);
  });

  it('reads "some day" and "someday" as FUTURE_REF', () => {
    expect(times('I would like to visit the island some day.')).toContainEqual(['some day', 'DATE', 'FUTURE_REF']);
    expect(times('Someday the bridge will be rebuilt.')).toContainEqual(['Someday', 'DATE', 'FUTURE_REF']);
  });

  it('keeps "one day" a length: "the strike lasted one day", "for one day", "will close for one day"', () => {
    expect(times('The strike lasted one day.')).toContainEqual(['one day', 'DURATION', 'P1D']);
    expect(times('The museum will close for one day.')).toContainEqual(['one day', 'DURATION', 'P1D']);
  });

  it('keeps "one day after the vote" a length, as the dev set has it', () => {
    expect(times('The talks will resume one day after the vote.')).toContainEqual(['one day', 'DURATION', 'P1D']);
  });

  it('reads no "some day last week" as the future', () => {
    expect(times('He called some day last week.').map((t) => t[2])).not.toContain('FUTURE_REF');
  });
});

describe('weekly schedules: SET', () => {
  it('reads "on Tuesdays" as XXXX-WXX-2', () => {
    expect(times('The museum is open to visitors on Tuesdays.')).toContainEqual(['Tuesdays', 'SET', 'XXXX-WXX-2']);
  });

  it('reads "Tuesdays and Fridays" as two sets', () => {
    const found = times('Trash is collected on Tuesdays and Fridays.');
    expect(found).toContainEqual(['Tuesdays', 'SET', 'XXXX-WXX-2']);
    expect(found).toContainEqual(['Fridays', 'SET', 'XXXX-WXX-5']);
  });

  it('reads "Tuesday nights" and "Sunday mornings" with their part of day', () => {
    expect(times('The club meets Tuesday nights at the hall.')).toContainEqual([
      'Tuesday nights',
      'SET',
      'XXXX-WXX-2TNI',
    ]);
    expect(times('She runs on Sunday mornings.')).toContainEqual(['Sunday mornings', 'SET', 'XXXX-WXX-7TMO']);
  });

  it('reads "on weekends" as XXXX-WXX-WE', () => {
    expect(times('The shop is closed on weekends.')).toContainEqual(['weekends', 'SET', 'XXXX-WXX-WE']);
  });

  it('keeps a single weekday a date: "the club met Tuesday night"', () => {
    expect(times('The club met Tuesday night at the hall.')).toContainEqual(['Tuesday night', 'TIME', '2019-11-12TNI']);
  });

  it('reads no set in a name: "Fridays for Future", "TGI Fridays"', () => {
    expect(times('Activists of Fridays for Future marched in Berlin.').map((t) => t[1])).not.toContain('SET');
    expect(times('They ate at TGI Fridays downtown.').map((t) => t[1])).not.toContain('SET');
  });
});

describe('an age after "age": no time', () => {
  it('reads nothing in "a viewing age of 48 months and above", "above age 6 months"', () => {
    expect(times('The show has a viewing age of 48 months and above.')).toEqual([]);
    expect(times('Everyone above age 6 months should get a flu shot.')).toEqual([]);
  });

  it('keeps a length near the word: "an average of 48 months"', () => {
    expect(times('Loans run an average of 48 months.')).toContainEqual(['48 months', 'DURATION', 'P48M']);
  });
});

describe('a rate of counted units ("7 days a week"): SET of the period', () => {
  it('reads "7 days a week" and "365 days a year" as one set each', () => {
    expect(times('The store is open 7 days a week, 365 days a year.')).toEqual([
      ['7 days a week', 'SET', 'P1W'],
      ['365 days a year', 'SET', 'P1Y'],
    ]);
  });

  it('reads "24 hours a day" as a set of days', () => {
    expect(times('The guards work 24 hours a day.')).toContainEqual(['24 hours a day', 'SET', 'P1D']);
  });

  it('reads no set where a comma stands between the count and "a year ago"', () => {
    expect(times('The plant ran for 300 days, a year ago.').map((t) => t[1])).not.toContain('SET');
  });
});

describe('a quarter named by its last month', () => {
  it('reads "the September quarter" as 2019-Q3', () => {
    expect(times('The September quarter earnings were not a disappointment.')).toContainEqual([
      'September quarter',
      'DATE',
      '2019-Q3',
    ]);
  });

  it('reads "the December quarter" in a past clause of a November story as the year before', () => {
    expect(times('Sales fell in the December quarter.')).toContainEqual(['December quarter', 'DATE', '2018-Q4']);
  });

  it('keeps "September" alone a month', () => {
    expect(times('Sales fell in September.')).toContainEqual(['September', 'DATE', '2019-09']);
  });
});

describe('a range of counts written in words', () => {
  it('reads "one-to-seven days" and "two to three weeks" as unspecified lengths', () => {
    expect(times('Symptoms appear after an incubation period of one-to-seven days.')).toContainEqual([
      'one-to-seven days',
      'DURATION',
      'PXD',
    ]);
    expect(times('Repairs take two to three weeks.')).toContainEqual(['two to three weeks', 'DURATION', 'PXW']);
  });

  it('keeps a fall from one count to another out: "cut from 15 to 10 years"', () => {
    expect(times('The term was cut from fifteen to ten years.')).toContainEqual(['ten years', 'DURATION', 'P10Y']);
  });
});

describe('a present verb and "to" a noun before "on" a weekday: a plan, the coming day', () => {
  it('dates "The show opens to the public on Friday" (Wednesday story) ahead', () => {
    expect(times('The show opens to the public on Friday.', '2019-11-20')).toContainEqual([
      'Friday',
      'DATE',
      '2019-11-22',
    ]);
  });

  it('keeps "The show opened to the public on Friday" the last Friday', () => {
    expect(times('The show opened to the public on Friday.', '2019-11-20')).toContainEqual([
      'Friday',
      'DATE',
      '2019-11-15',
    ]);
  });
});
