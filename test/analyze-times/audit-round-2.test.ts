// Kinds found wrong by the times audit, round 2 (session 28, docs/audits/times-round-2.md).
// Sentences written for the test, none from the audited pages. PUBLISHED, 2019-11-20, is a Wednesday.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import { insideLink } from '../../src/text/links.js';

const PUBLISHED = '2019-11-20';
const times = (text: string) =>
  analyze(extract({ content: text, format: 'body', published: PUBLISHED })).times.map((t) => [t.text, t.value]);

describe('no time inside a link written into the text', () => {
  it('finds no date in the path of a link', () => {
    const got = times('The photo is at https://www.example.org/uploads/sites/3/2017/03/harbour.jpg for readers.');
    expect(got).toEqual([]);
  });

  it('still finds a slashed date standing as a word, and a year before a link', () => {
    const got = times('On 9/11 the page moved to example.org/news; in 2017 it moved again.');
    expect(got.map(([t]) => t)).toEqual(['9/11', '2017']);
  });

  it('reads a link as the whole run of non-space characters, a closing bracket left out', () => {
    const text = '(see www.example.org/2017/03/a.html) and 2017';
    expect(insideLink(text, [text.indexOf('2017'), text.indexOf('2017') + 4])).toBe(true);
    expect(insideLink(text, [text.lastIndexOf('2017'), text.length])).toBe(false);
  });
});

describe('a time counted from another by a count not given', () => {
  it('leaves "a couple of months later" unspecified in a past story, not months after publication', () => {
    const got = times('The band split in 1985, and a couple of months later its singer left the country.');
    expect(got).toContainEqual(['a couple of months later', 'XXXX-XX']);
  });

  it('leaves "a few years earlier" unspecified as a year', () => {
    expect(times('The mill closed in 1990. A few years earlier it had employed 400 people.')).toContainEqual([
      'A few years earlier',
      'XXXX',
    ]);
  });
});

describe('a perfect that has not happened dates nothing in the past', () => {
  it('gives "haven\'t yet qualified for the December debate" the coming December', () => {
    const got = times('Two senators are the only candidates who haven’t yet qualified for the December debate.');
    expect(got).toContainEqual(['December', '2019-12']);
  });

  it('reads "has yet to" the same way, and a plain perfect still as past', () => {
    expect(times('The city has yet to approve the December budget vote.')).toContainEqual(['December', '2019-12']);
    expect(times('The city has approved the budget in December.')).toContainEqual(['December', '2018-12']);
  });
});

describe('a month of every year', () => {
  it('reads "every March" and "each November" as TimeML SETs of the month', () => {
    const got = times('The river floods every March, and each November the fields are ploughed again.');
    expect(got).toContainEqual(['every March', 'XXXX-03']);
    expect(got).toContainEqual(['each November', 'XXXX-11']);
  });
});
