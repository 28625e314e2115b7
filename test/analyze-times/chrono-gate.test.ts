// chrono.ts runs only the chrono parsers whose words a sentence holds (PARSER_NEEDS): the results
// must be exactly those of the whole parser, for sentences that each parser reads.
import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { PARSER_NEEDS, parserFor } from '../../src/analyze/components/times/chrono.js';

const REFERENCE = { instant: new Date(Date.UTC(2022, 10, 3, 12)), timezone: 0 };
const SENTENCES = [
  'The report was filed on 2022-10-28 and again on 2022-10-30T14:05.',
  'Voting runs from 10/3 to 10/5/2022, and results come 11/2022.',
  'Troops will leave within two weeks, or in 48 hours at the latest.',
  'The talks opened on the 3rd of November 2022 and on Nov. 4, and resume Sept. 30, 2016 at 6:05 p.m.',
  'They met last Friday, and will meet again next Tuesday of next week; the weekend was calm.',
  'The polls close at 8pm, or at 20:30, or at 9 o’clock in the morning.',
  'Three days ago the army withdrew; two years earlier it had come. A week later it was back, five hours after the vote.',
  'In 2021 March the count began; today, tonight and tomorrow are holidays, yesterday was not; last night was quiet.',
  'This morning and in the afternoon, the evening and at midnight or noon, at midday.',
  'By the end of the month, and last day of the month, the rent is due.',
  'Last year, this month, next quarter and past weeks; +2 days, -3 hours, after this week.',
  'None of these words name a time, the panel said in a statement.',
  'Sun, Mon., Tue., Wed, Thurs., Fri and Sat. are abbreviations; 5 Jan, Feb. 6 and 2019 Dec too.',
  // The weekday pattern's glued forms: "on", "this"/"last"/... before the name, "of"/"this" ... "week" after it.
  'It happened onMonday, lastFriday, (thu) and on thisSaturday, or Wednesdayof next week, monthisweek.',
];

describe('chrono parser gating', () => {
  it('names only parsers chrono has', () => {
    const names = new Set(chrono.casual.parsers.map((p) => p.constructor.name));
    for (const name of Object.keys(PARSER_NEEDS)) expect(names).toContain(name);
  });

  it('finds what the whole parser finds', () => {
    let found = 0;
    for (const s of SENTENCES) {
      const all = chrono.casual.parse(s, REFERENCE, { forwardDate: false });
      found += all.length;
      expect(JSON.stringify(parserFor(s).parse(s, REFERENCE, { forwardDate: false }))).toBe(JSON.stringify(all));
    }
    expect(found).toBeGreaterThan(40);
  });

  it('leaves out the weekday parser where its words are only parts of other words', () => {
    const weekday = (s: string) => parserFor(s).parsers.some((p) => p.constructor.name === 'ENWeekdayParser');
    expect(weekday('A month of common friends, money and saturated monitors.')).toBe(false);
    expect(weekday('A month later, on Monday.')).toBe(true);
  });

  it('leaves out parsers whose words are absent', () => {
    const s = SENTENCES[SENTENCES.length - 2];
    expect(parserFor(s).parsers.length).toBeLessThan(chrono.casual.parsers.length);
  });
});
