// TIMEX3 extents keep what modifies the expression (session 27): hedges, determiners, an
// editorial bracket, "the end of the day". Sentences written for the test, none from data/times.
// PUBLISHED, 2022-11-03, is a Thursday.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';

const PUBLISHED = '2022-11-03';
const extents = (text: string) =>
  analyze(extract({ content: text, format: 'body', published: PUBLISHED })).times.map((t) => [t.text, t.value]);

describe('TIMEX3 extents take in their modifiers (session 27)', () => {
  it('keeps a hedge before a clock time or a count back', () => {
    const got = extents('The storm hit the coast at around 5 p.m. The first warning came just over 36 hours ago.');
    expect(got).toContainEqual(['around 5 p.m.', '2022-11-03T17:00']);
    expect(got.map(([t]) => t)).toContain('just over 36 hours ago');
  });

  it('keeps the determiner of "the weekend" and "this past week"', () => {
    const got = extents('Crowds filled the park throughout the weekend. This past week brought more rain.');
    expect(got.map(([t]) => t)).toEqual(expect.arrayContaining(['the weekend', 'This past week']));
  });

  it('keeps the opening bracket of an editorial insertion', () => {
    const got = extents('"[Twenty] years ago, the bridge opened," she said.');
    expect(got.map(([t]) => t)).toContain('[Twenty] years ago');
  });

  it('keeps "the end of the day" before a weekday', () => {
    const got = extents('By the end of the day Tuesday the site was down.');
    expect(got).toContainEqual(['the end of the day Tuesday', '2022-11-01']);
  });
});

describe('clock times and "the next <weekday>" on the story\'s day (session 27)', () => {
  const run = (text: string) => analyze(extract({ content: text, format: 'body', published: PUBLISHED }));
  const filler =
    ' The committee also reviewed the budget, the staffing plan and the schedule for the coming term.'.repeat(20);

  it('gives a bare clock time the day the story last named, however far back and past a named year', () => {
    const r = run(
      `Voters went to the polls on Sunday.${filler} Turnout was higher than in 2018. The polls closed at 22:30.`,
    );
    expect(r.times.find((t) => t.text === '22:30')).toMatchObject({ value: '2022-10-30T22:30', anchorKind: 'story' });
  });

  it('gives "at 2:30 the next day" the day after the story\'s, and the anaphor the same day', () => {
    const r = run('Voters went to the polls on Sunday. The last ballot was cast at 2:30 the next day.');
    expect(r.times.find((t) => t.text === '2:30')?.value).toBe('2022-10-31T02:30');
    expect(r.times.find((t) => t.text === 'the next day')?.value).toBe('2022-10-31');
  });

  it('reads "the next Tuesday night" from the story\'s day, not from the reference date', () => {
    const r = run('I visited the fair on Saturday night. I went back the next Tuesday night and it was empty.');
    expect(r.times.find((t) => t.text.includes('Tuesday night'))?.value).toBe('2022-11-01TNI');
  });
});

describe('a demonstrative before a month alone (session 27, times audit round 1)', () => {
  it('keeps "this" in "this March"', () => {
    expect(extents('The goal before this March was a landing in 2028.').map(([t]) => t)).toContain('this March');
  });
});
