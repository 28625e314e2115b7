// Times normalised against the reference date, through the whole analysis.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord, TimeExpression } from '../../src/record/types.js';

const PUBLISHED = '2022-02-17';
const run = (text: string, published: string | null = PUBLISHED): ArticleRecord =>
  analyze(extract({ content: text, format: 'body', published: published ?? undefined }));
const time = (r: ArticleRecord, text: string): TimeExpression => {
  const t = r.times.find((x) => x.text === text);
  if (!t)
    throw new Error(`no time ${JSON.stringify(text)}; got ${JSON.stringify(r.times.map((x) => [x.text, x.value]))}`);
  return t;
};

describe('times', () => {
  const r = run(
    'On Dec. 26 the talks began. Last week the envoys met again, and a deal is expected early next year. ' +
      'Fighting may resume this summer, in the first quarter, or in March. Troops arrived in 2022 and in the 1990s. ' +
      'Recently the mood changed; now both sides wait. Q3 2020 and last summer were calm. They met on Sept. 30, 2016 at 6:05 p.m.',
  );

  it('resolves a month and day to the closest past date', () => {
    expect(time(r, 'Dec. 26').value).toBe('2021-12-26');
  });

  it('gives "last week" an ISO week, not a day', () => {
    expect(time(r, 'Last week').value).toBe('2022-W06');
  });

  it('gives years, seasons, quarters and months their own granularity', () => {
    expect(time(r, 'early next year').value).toBe('2023');
    expect(time(r, 'this summer').value).toBe('2022-SU');
    expect(time(r, 'the first quarter').value).toBe('2022-Q1');
    expect(time(r, 'March').value).toBe('2022-03');
    expect(time(r, '2022').value).toBe('2022');
    expect(time(r, 'the 1990s').value).toBe('199');
    expect(time(r, 'Q3 2020').value).toBe('2020-Q3');
    expect(time(r, 'last summer').value).toBe('2021-SU');
    expect(time(r, 'Sept. 30, 2016 at 6:05 p.m.').value).toBe('2016-09-30T18:05');
  });

  it('keeps vague references vague, with their anchor', () => {
    const recently = time(r, 'Recently');
    expect(recently).toMatchObject({ value: 'PAST_REF', vague: true, anchor: PUBLISHED });
    expect(time(r, 'now')).toMatchObject({ value: 'PRESENT_REF', vague: true });
  });

  it('anchors relative expressions and leaves absolute ones unanchored', () => {
    expect(time(r, 'Last week').anchor).toBe(PUBLISHED);
    expect(time(r, 'Sept. 30, 2016 at 6:05 p.m.').anchor).toBeUndefined();
  });

  it('points every span at its text', () => {
    for (const t of r.times) expect(r.text.slice(...t.span)).toBe(t.text);
  });

  it('keeps offsets right after emoji', () => {
    const e = run('🌍🌍 News 🎉: on Dec. 26 the talks began.');
    const t = time(e, 'Dec. 26');
    expect(e.text.slice(...t.span)).toBe('Dec. 26');
    expect(t.span[0]).toBe(e.text.indexOf('Dec.'));
  });

  it('does not read modal "may" or a count of troops as a time', () => {
    const x = run('They may march on the capital with 2022 troops.');
    expect(x.times).toEqual([]);
  });

  it('leaves the year unknown when the document has no date', () => {
    const x = run('On Dec. 26 the talks began, and last week they ended.', null);
    expect(time(x, 'Dec. 26').value).toBe('XXXX-12-26');
    expect(x.times.some((t) => t.text === 'last week')).toBe(false);
  });
});

describe('bare weekdays', () => {
  // PUBLISHED (2022-02-17) is a Thursday.
  const value = (sentence: string, words: string) => time(run(sentence), words).value;

  it('reads a weekday in a past-tense clause as the most recent such day', () => {
    expect(value('They met on Saturday in Geneva.', 'Saturday')).toBe('2022-02-12');
    expect(value('The minister said Friday that talks had stalled.', 'Friday')).toBe('2022-02-11');
  });

  it('reads a weekday with no future marker as on or before the reference date', () => {
    expect(value('Protests in the capital on Tuesday drew thousands.', 'Tuesday')).toBe('2022-02-15');
    expect(value('Officials confirmed the deal on Thursday.', 'Thursday')).toBe('2022-02-17');
  });

  it('reads a weekday in a future clause as the next such day', () => {
    expect(value('The parliament will vote on Saturday.', 'Saturday')).toBe('2022-02-19');
    expect(value('Leaders plan to meet Monday in Brussels.', 'Monday')).toBe('2022-02-21');
    expect(value('The vote will be held Tuesday.', 'Tuesday')).toBe('2022-02-22');
  });

  it('lets a past reporting verb win over a plan it reports', () => {
    expect(value('He said on Saturday that he will resign.', 'Saturday')).toBe('2022-02-12');
  });

  it('leaves modified weekdays to their modifier', () => {
    expect(value('They met last Saturday.', 'last Saturday')).toBe('2022-02-12');
    expect(value('They meet next Saturday.', 'next Saturday')).toBe('2022-02-26');
  });
});

describe('units counted forward ("four years later", "five years after <clause>")', () => {
  it('counts "N years later" from the story\'s last time, not from the publication date', () => {
    const r = run('He was elected in 2010. Four years later he resigned.');
    expect(time(r, 'Four years later')).toMatchObject({ value: '2014', anchor: '2010', anchorKind: 'story' });
  });

  it('counts months later from a day the story names', () => {
    const r = run('The plant opened on March 3, 2015. Six months later it shut down.');
    expect(time(r, 'Six months later').value).toBe('2015-09');
  });

  it('anchors "N years after <clause>" on the time its clause names', () => {
    const r = run('Two years after the war ended in 1995, the government collapsed.');
    expect(time(r, 'Two years after')).toMatchObject({ value: '1997', anchorKind: 'story' });
  });

  it('leaves "N years after <clause>" unresolved when its clause names no time', () => {
    const r = run('The dam was finished in 1998. Five years after the flood hit the valley, the town was rebuilt.');
    const t = time(r, 'Five years after');
    expect(t.value).toBe('XXXX');
    expect(t.anchor).toBeUndefined();
  });

  it('never puts a counted-forward offset in a past clause after the publication date', () => {
    const r = run('Three years after it went public, the company was sold.');
    expect(Number(time(r, 'Three years after').value.slice(0, 4) || 0)).not.toBeGreaterThan(2022);
  });
});

describe('quarters and quarter places by the clause', () => {
  it('puts a quarter named without a year in a past clause on or before the reference date', () => {
    const r = run('Net income in the fourth quarter was $3 billion, compared with $2 billion a year ago.');
    expect(time(r, 'the fourth quarter').value).toBe('2021-Q4');
    expect(time(r, 'a year ago').value).toBe('2020-Q4');
    expect(time(run('The bank posted a second-quarter loss.'), 'second-quarter').value).toBe('2021-Q2');
  });

  it('puts a quarter already over in a future clause in the next year', () => {
    const r = run('The company said sales will slow in the first quarter.', '2022-11-10');
    expect(time(r, 'the first quarter').value).toBe('2023-Q1');
  });

  it('keeps the current quarter in a past clause in the reference year', () => {
    expect(time(run('Sales in the first quarter rose.', '2022-03-30'), 'the first quarter').value).toBe('2022-Q1');
  });

  it('reads "the prior-year quarter" as the quarter a year before', () => {
    const r = run('Third-quarter revenue was $5 million, against $4 million in the prior-year quarter.', '2022-10-20');
    expect(time(r, 'the prior-year quarter').value).toBe('2021-Q3');
  });
});

describe('units counted back ("two years earlier", "N years before <clause>")', () => {
  it('counts "N years earlier" back from the story\'s last time', () => {
    const r = run('He was elected in 2010. Two years earlier he had lost.');
    expect(time(r, 'Two years earlier')).toMatchObject({ value: '2008', anchor: '2010', anchorKind: 'story' });
    expect(
      time(run('The vote was held on March 5, 2019. A month earlier, the minister had resigned.'), 'A month earlier')
        .value,
    ).toBe('2019-02');
  });

  it('anchors "N years before <clause>" on the time its clause names, else leaves it unresolved', () => {
    expect(time(run('Two years before the war began in 1939, the treaty was signed.'), 'Two years before').value).toBe(
      '1937',
    );
    expect(time(run('Two years before the war began, the treaty was signed.'), 'Two years before').value).toBe('XXXX');
  });

  it('still counts "a year earlier" from the publication date when the story names no time', () => {
    expect(time(run('Profit was up from a year earlier.'), 'a year earlier').value).toBe('2021');
  });
});

describe('irregular past verbs', () => {
  it('reads a past form outside the listed ones ("withdrew", "overran", "swept") as past', () => {
    expect(time(run('The army withdrew in August.'), 'August').value).toBe('2021-08');
    expect(time(run('Floods swept the region in August.'), 'August').value).toBe('2021-08');
  });

  it('keeps a present form present', () => {
    expect(time(run('The festival begins in August.'), 'August').tense).toBe('present');
  });
});

describe('TIMEX3 granularity and kinds (issue 15 leftovers)', () => {
  it('finds decades with "early", "late" or "mid-" whole', () => {
    expect(time(run('The mine closed in the late 1990s.'), 'the late 1990s').value).toBe('199');
    expect(time(run('Growth slowed in the mid-1980s.'), 'the mid-1980s').value).toBe('198');
    expect(time(run('Prices rose in the early 2000s.'), 'the early 2000s').value).toBe('200');
  });

  it('gives decades counted back a decade, not a year', () => {
    expect(time(run('Two decades ago it was a farm.'), 'Two decades ago').value).toBe('200');
    expect(time(run('A decade ago the town had no school.'), 'A decade ago').value).toBe('201');
  });

  it('reads "the quarter ended <date>" as the quarter holding that date, and the date', () => {
    const r = run('The company earned $3 million in the quarter ended Dec. 31.');
    expect(time(r, 'the quarter')).toMatchObject({ type: 'DATE', value: '2021-Q4' });
    expect(time(r, 'Dec. 31').value).toBe('2021-12-31');
    expect(time(run('Sales fell in the quarter ending Sept. 30, 2020.'), 'the quarter').value).toBe('2020-Q3');
  });

  it('reads "twice a month" and "three times a year" as recurrences, not lengths', () => {
    const r = run('The committee meets twice a month and reports three times a year.');
    expect(time(r, 'twice a month')).toMatchObject({ type: 'SET', value: 'P1M' });
    expect(time(r, 'three times a year')).toMatchObject({ type: 'SET', value: 'P1Y' });
    expect(time(run('Inspectors call once a week.'), 'once a week')).toMatchObject({ type: 'SET', value: 'P1W' });
  });

  it('keeps the part of the day of a recurring weekday ("every Monday evening")', () => {
    expect(time(run('The union meets every Monday evening.'), 'every Monday evening')).toMatchObject({
      type: 'SET',
      value: 'XXXX-WXX-1TEV',
    });
  });

  it('reads "the past decade" and "the past year" as lengths, not PAST_REF', () => {
    expect(time(run('Prices have doubled over the past decade.'), 'the past decade')).toMatchObject({
      type: 'DURATION',
      value: 'P10Y',
    });
    expect(time(run('Crime has fallen in the last year.'), 'the last year')).toMatchObject({
      type: 'DURATION',
      value: 'P1Y',
    });
  });

  it('finds "this morning" and "the morning of <date>" with their part of day', () => {
    expect(time(run('They met early this morning.'), 'early this morning')).toMatchObject({
      type: 'TIME',
      value: '2022-02-17TMO',
    });
    expect(time(run('It happened on the morning of Jan. 5.'), 'the morning of Jan. 5')).toMatchObject({
      type: 'TIME',
      value: '2022-01-05TMO',
    });
    expect(time(run('The blast came on the night of March 3.'), 'the night of March 3').value).toBe('2021-03-03TNI');
  });
});

describe('news clock times and counted quarters', () => {
  it('reads a wire-style 24-hour time with its zone ("0400 GMT") as a clock time on the story\'s day', () => {
    const r = run('Fighting broke out on Tuesday. Clashes resumed at 0400 GMT, officials said.');
    expect(time(r, '0400 GMT')).toMatchObject({ type: 'TIME', value: '2022-02-15T04:00' });
  });

  it('gives a clock time the day named right after it ("0600 GMT on Saturday")', () => {
    const r = run('The ceasefire took effect at 0600 GMT on Saturday.');
    expect(time(r, '0600 GMT')).toMatchObject({ value: '2022-02-12T06:00', anchorKind: 'story' });
  });

  it('does not take a closing parenthesis into a time', () => {
    const r = run('Clashes resumed early (11 p.m. EST Wednesday).');
    expect(r.times.map((t) => t.text)).toEqual(['11 p.m. EST Wednesday']);
  });

  it('counts quarters as lengths, but not fractions', () => {
    expect(time(run('The company has lost money for the past two quarters.'), 'the past two quarters')).toMatchObject({
      type: 'DURATION',
      value: 'P6M',
    });
    expect(run('He won three quarters of the vote.').times).toEqual([]);
  });

  it('keeps "late" and "the" with a year or a season ("late 2019", "the spring of 2020")', () => {
    expect(time(run('The strike ended in late 2019.'), 'late 2019').value).toBe('2019');
    expect(time(run('He was elected in the spring of 2020.'), 'the spring of 2020').value).toBe('2020-SP');
  });
});
