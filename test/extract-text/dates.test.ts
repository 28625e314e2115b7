import { describe, expect, it } from 'vitest';
import { DATE_PATTERNS, daysBetween, findDate, parseDate } from '../../src/extract/dates.js';
import { MONTH_ALTERNATION, MONTH_WORDS } from '../../src/extract/date-words.js';

describe('parseDate', () => {
  const cases: [string, string | null, object?][] = [
    ['Thursday, February 17, 2022', '2022-02-17'],
    ['Feb. 17th, 2022', '2022-02-17'],
    ['17 February 2022', '2022-02-17'],
    ['2022-02-17', '2022-02-17'],
    ['2022-02-17T10:12:00+03:00', '2022-02-17T10:12:00+03:00'],
    ['2022-02-17T10:12:00.000Z', '2022-02-17T10:12:00Z'],
    // An ISO date that opens the string but is no date: the next written date is taken.
    ['2022-13-45, updated March 3, 2022', '2022-03-03'],
    // One after the crawl time is passed over the same way.
    ['2022-05-01 (was March 3, 2022)', '2022-03-03', { now: '2022-04-01' }],
    ['February 17, 2022 at 10:12 PM', '2022-02-17T22:12:00'],
    ['17 Feb 2022, 10:12 GMT', '2022-02-17T10:12:00Z'],
    ['17 февраля 2022 г.', '2022-02-17'],
    ['четверг, 17 февраля 2022, 14:05 МСК', '2022-02-17T14:05:00+03:00'],
    ['17 лютого 2022 року', '2022-02-17'],
    ['Donnerstag, 17. Februar 2022', '2022-02-17'],
    ['17. März 2022 um 10:12 Uhr', '2022-03-17T10:12:00'],
    ['jeudi 17 février 2022 à 14h30', '2022-02-17T14:30:00'],
    ['1er mars 2022', '2022-03-01'],
    ['17 de febrero de 2022', '2022-02-17'],
    ['giovedì 17 febbraio 2022', '2022-02-17'],
    ['17 de fevereiro de 2022', '2022-02-17'],
    ['donderdag 17 februari 2022', '2022-02-17'],
    ['17 lutego 2022 r.', '2022-02-17'],
    ['czwartek, 17 lutego 2022', '2022-02-17'],
    ['17.02.2022', '2022-02-17'],
    // Day, month word and year joined by hyphens, as CMS date stamps print them (HubSpot writes the
    // month in the site's locale).
    ['17-Feb-2022', '2022-02-17'],
    ['17-FEB-22', '2022-02-17'],
    ['By: Jane Doe on 04-ago-2021 5:11:10', '2021-08-04T05:11:10'],
    ['02/17/2022', '2022-02-17'],
    ['03/04/2022', '2022-04-03', { dayFirst: true }],
    ['03/04/2022', '2022-03-04'],
    ['Dec. 26', '2021-12-26', { reference: '2022-02-17' }],
    ['Feb 10', '2022-02-10', { reference: '2022-02-17' }],
    ['Dec. 26', null],
    ['February 30, 2022', null],
    ['13/13/2022', null],
    ['March 3, 1989', null],
    ['March 3, 2031', null, { now: '2026-11-25' }],
    ['March 3, 2026', '2026-03-03', { now: '2026-11-25' }],
    ['3 days ago', '2022-02-14', { reference: '2022-02-17' }],
    ['3 days ago', null],
    ['gestern', '2022-02-16', { reference: '2022-02-17' }],
    ['hier à 10h', '2022-02-16', { reference: '2022-02-17' }],
    ['vor 30 Minuten', '2022-02-17', { reference: '2022-02-17' }],
    // Relative-date words only as whole words: "hier" in "hierarchy" and "ayer" in "player" are no
    // reason to read the string as a relative date (chrono then dated the bare weekday).
    ['The management hierarchy met on Monday', null, { reference: '2022-02-17' }],
    ['The player said Friday', null, { reference: '2022-02-17' }],
    ['Posted on March 3, 2022 by Jane Doe', '2022-03-03'],
    ['Published 4:12 PM UTC, March 9, 2022', '2022-03-09T16:12:00Z'],
    ['17 February 2022 • 6:00am', '2022-02-17T06:00:00'],
    ['no date here', null],
    ['5 out of 10', null, { reference: '2022-02-17' }],
  ];
  for (const [input, want, opts] of cases) {
    it(`${JSON.stringify(input)} ${opts ? JSON.stringify(opts) : ''}-> ${want}`, () => {
      expect(parseDate(input, opts)).toBe(want);
    });
  }
});

describe('findDate', () => {
  it('gives the position of the date in a line', () => {
    const s = 'By Jane Doe | March 3, 2022 | 4 min read';
    const f = findDate(s)!;
    expect(f.value).toBe('2022-03-03');
    expect(s.slice(f.start, f.end)).toBe('March 3, 2022');
  });
});

describe('daysBetween', () => {
  it('counts calendar days across a year end', () => {
    expect(daysBetween('2021-12-26', '2022-02-17')).toBe(53);
  });
});

describe('the digit that spares searching a string for written dates', () => {
  // findDates runs its patterns only on strings with an ASCII digit. Each pattern with its \d made
  // unmatchable must then find nothing in text that is full of month words, weekdays and date
  // fillers but has no digit: a pattern that could match without one would show here.
  const texts = [
    MONTH_WORDS.join(' '),
    `Thursday, February the seventeenth, ${MONTH_WORDS.join(', de ')} of twenty twenty-two at ten past noon`,
    MONTH_WORDS.map((w) => `${w}. ${w}-${w} ${w}st, ${w}`).join(' — '),
  ];
  it.each(DATE_PATTERNS.map((re, i) => [i, re] as const))('pattern %i needs a digit', (_i, re) => {
    const digitless = new RegExp(re.source.replaceAll('\\d', '[^\\s\\S]'), re.flags);
    for (const text of texts) expect(text.match(digitless)).toBeNull();
    expect(re.source).toContain('\\d');
  });
  it('would catch a pattern that reads a month word alone', () => {
    const monthAlone = new RegExp(`(${MONTH_ALTERNATION})`, 'giu');
    expect(texts.some((text) => monthAlone.test(text))).toBe(true);
  });
});
