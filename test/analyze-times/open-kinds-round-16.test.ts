// Kinds found wrong by the times audit of round 16 and left from round 15
// (docs/audits/times-round-16.md): a house number before a street's name and its street type
// ("of 1909 Jolinda Drive") read as a year; "After a year" in a past clause read as the year after
// the reference date. Sentences written for the test, none from the audited pages. Each fix has a
// paired negative.
import { describe, expect, it } from 'vitest';
import { timesReaders } from '../helpers/times.js';

const { times } = timesReaders('2019-11-20');

describe('a house number before a street type', () => {
  it('is no year ("of 1962 Maple Grove Road", "to 1870 Harbor Ave.")', () => {
    expect(times('A nurse, 34, of 1962 Maple Grove Road was hired last week.')).toEqual([
      ['last week', 'DATE', '2019-W46'],
    ]);
    expect(times('The clinic moved to 1870 Harbor Ave. on Friday.').map((t) => t[0])).toEqual(['Friday']);
    expect(times('The shop of 1999 Elm St. closed.')).toEqual([]);
  });

  it('keeps a year before a name that no street type ends, or after a time preposition', () => {
    expect(times('The nurse was hired in 1998 by Maple Grove Clinic.')).toContainEqual(['1998', 'DATE', '1998']);
    expect(times('The parade of 1998 Harbor Day drew crowds.')).toContainEqual(['1998', 'DATE', '1998']);
    expect(times('Since 1998 Harbor Road has been closed to trucks.')).toContainEqual(['1998', 'DATE', '1998']);
  });
});

describe('"after" and a count in a past clause', () => {
  it('is a length, not the date that far after the reference ("After a year, the patients recovered")', () => {
    expect(times('After a year, her patients recovered.')).toEqual([['a year', 'DURATION', 'P1Y']]);
    expect(times('After two months, the crew went home.')).toEqual([['two months', 'DURATION', 'P2M']]);
  });

  it('keeps the date in a clause that is not past', () => {
    expect(times('After a year, the plant will reopen.')).toEqual([['After a year', 'DATE', '2020']]);
  });
});
