// Kinds found wrong by the times audit of round 8 (docs/audits/times-round-8.md), fixed in session
// 35. Sentences written for the test, none from the audited pages. PUBLISHED, 2019-11-20, is a
// Wednesday (ISO week 47).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';

const PUBLISHED = '2019-11-20';
const times = (text: string, published = PUBLISHED) =>
  analyze(extract({ content: text, format: 'body', published })).times.map((t) => [t.text, t.type, t.value]);

describe('a count of units after "after" that a noun of activity follows', () => {
  it('reads "after several months of looking" as no date', () => {
    const found = times('And then, after several months of looking, I found them in a shop in Leeds.');
    expect(found.filter((t) => t[1] === 'DATE')).toEqual([]);
  });

  it('reads "after two years of negotiation" as a length, not a year ahead', () => {
    const found = times('The talks collapsed after two years of negotiation.');
    expect(found.filter((t) => t[1] === 'DATE')).toEqual([]);
    expect(found).toContainEqual(['two years', 'DURATION', 'P2Y']);
  });

  it('keeps "two years later" counted from the story', () => {
    expect(times('The plant opened in 2010. Two years later, it closed.')).toContainEqual([
      'Two years later',
      'DATE',
      '2012',
    ]);
  });
});

describe('the last or first week or weekend of a named period', () => {
  it('gives "the last weekend of the festival" no date of the weekend before the reference', () => {
    const found = times('Visitors can vote for the winning artwork in the last weekend of the festival.');
    expect(found.filter((t) => t[2].includes('W'))).toEqual([]);
  });

  it('gives "the last week of the campaign" no date of the week before the reference', () => {
    const found = times('The candidate was exhausted by the last week of the campaign.');
    expect(found.filter((t) => t[2].includes('W'))).toEqual([]);
  });

  it('keeps "last weekend" and "the last week of March"', () => {
    expect(times('The market was busy last weekend.')).toContainEqual(['last weekend', 'DATE', '2019-W46-WE']);
    expect(times('The vote was held in the last week of March.')).toContainEqual([
      'the last week of March',
      'DATE',
      '2019-W13',
    ]);
  });
});

describe('a weekday right after a verb in the present that is no verb of saying', () => {
  it('dates "The Gophers play Saturday" the coming Saturday, a fixture told in the present', () => {
    expect(
      times('The Gophers play Saturday against the Wildcats, with a one-game lead in the division.'),
    ).toContainEqual(['Saturday', 'DATE', '2019-11-23']);
  });

  it('dates "the museum opens on Friday" the coming Friday', () => {
    expect(times('After two years of building work, the museum opens on Friday.')).toContainEqual([
      'Friday',
      'DATE',
      '2019-11-22',
    ]);
  });

  it('keeps a verb of saying in the present on the last such day ("officials say Monday")', () => {
    expect(times('Health officials say Monday the victim had not travelled.')).toContainEqual([
      'Monday',
      'DATE',
      '2019-11-18',
    ]);
  });

  it('keeps a past clause on the last such day', () => {
    expect(times('The Gophers played Saturday against the Wildcats.')).toContainEqual([
      'Saturday',
      'DATE',
      '2019-11-16',
    ]);
  });
});
