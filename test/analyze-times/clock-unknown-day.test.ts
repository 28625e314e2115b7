// A bare clock time in a story that named no day of its own (session 28, a GUM dev-set kind).
// Sentences written for the test. PUBLISHED, 2022-11-03, is a Thursday.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';

const PUBLISHED = '2022-11-03';
const run = (text: string) =>
  analyze(extract({ content: text, format: 'body', published: PUBLISHED })).times.map((t) => [t.text, t.value]);

describe('a clock time whose day the story does not give', () => {
  it('leaves the day unspecified when the story named no day and has gone to another year', () => {
    const got = run('The sailor joined the ship in 1996. He says he worked from 6:00am to midnight.');
    expect(got).toContainEqual(['6:00am', 'XXXX-XX-XXT06:00']);
    expect(got).toContainEqual(['midnight', 'XXXX-XX-XXT24:00']);
  });

  it('keeps the publication day when the story stays in its year', () => {
    expect(run('Prices rose in 2022. The market closed at 4:30pm.')).toContainEqual(['4:30pm', '2022-11-03T16:30']);
  });

  it('keeps a day the story named, past a year named since', () => {
    const got = run('Voters went to the polls on Sunday. Turnout was higher than in 2018. The polls closed at 22:30.');
    expect(got).toContainEqual(['22:30', '2022-10-30T22:30']);
  });
});
