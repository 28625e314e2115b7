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
