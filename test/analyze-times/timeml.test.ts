// TimeML-level times: one test per kind of failure issue 15 measured, each on sentences written
// for the test (none from the dev set in data/times). PUBLISHED, 2022-11-03, is a Thursday (ISO week 44).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord, TimeExpression } from '../../src/record/types.js';

const PUBLISHED = '2022-11-03';
const run = (text: string, published = PUBLISHED): ArticleRecord =>
  analyze(extract({ content: text, format: 'body', published }));
const time = (r: ArticleRecord, text: string): TimeExpression => {
  const t = r.times.find((x) => x.text === text) ?? r.times.find((x) => x.text.includes(text));
  if (!t)
    throw new Error(`no time ${JSON.stringify(text)}; got ${JSON.stringify(r.times.map((x) => [x.text, x.value]))}`);
  return t;
};

describe('times not found before', () => {
  it('finds quarters and fiscal periods', () => {
    const r = run(
      'Harbor Mills said its third-quarter sales rose 4 percent. Profit in the latest quarter fell, and the company cut its outlook for the fiscal year.',
    );
    expect(time(r, 'third-quarter')).toMatchObject({ type: 'DATE', value: '2022-Q3' });
    expect(time(r, 'the latest quarter')).toMatchObject({ type: 'DATE', value: '2022-Q3' });
    expect(time(r, 'the fiscal year')).toMatchObject({ type: 'DATE', value: 'FY2022' });
  });

  it('finds vague references and holidays', () => {
    const r = run(
      'Sales over Thanksgiving are expected to rise. A decade ago, the mill employed 900 people, and the owners see no growth in the future.',
    );
    expect(time(r, 'Thanksgiving')).toMatchObject({ type: 'DATE', value: '2022-11-24' });
    // TIMEX3 values keep the expression's granularity: a decade counted back is a decade.
    expect(time(r, 'A decade ago')).toMatchObject({ type: 'DATE', value: '201' });
    expect(time(r, 'the future')).toMatchObject({ type: 'DATE', value: 'FUTURE_REF' });
  });

  it('finds modified relatives with their week', () => {
    const r = run('Inspectors visited the plant early this week.');
    expect(time(r, 'early this week')).toMatchObject({ type: 'DATE', value: '2022-W44' });
  });

  it('finds decades in words, centuries and anaphoric years, anchored to the story', () => {
    const r = run(
      'The mill was built in the 19th century and grew in the sixties. It closed in 1998; the following year it reopened.',
    );
    expect(time(r, 'the 19th century')).toMatchObject({ type: 'DATE', value: '18' });
    expect(time(r, 'the sixties')).toMatchObject({ type: 'DATE', value: '196' });
    const following = time(r, 'the following year');
    expect(following).toMatchObject({ type: 'DATE', value: '1999', anchor: '1998', anchorKind: 'story' });
    expect(r.text.slice(...following.anchorSpan!)).toBe('1998');
  });
});

describe('times given the wrong value before', () => {
  it('reads "a year earlier" in a quarterly results story as that quarter a year before', () => {
    const r = run('Harbor Mills said third-quarter sales rose 4 percent from a year earlier.');
    expect(time(r, 'a year earlier')).toMatchObject({ type: 'DATE', value: '2021-Q3', anchorKind: 'story' });
  });

  it('keeps "the year-ago quarter" whole', () => {
    const r = run('Revenue in the third quarter was $2 billion, against $1.8 billion in the year-ago quarter.');
    expect(time(r, 'the year-ago quarter')).toMatchObject({ text: 'the year-ago quarter', value: '2021-Q3' });
  });

  it('puts a weekday in a past-tense clause in the last week, whatever else the sentence plans', () => {
    const r = run('On Monday, the minister said talks would resume next month.');
    expect(time(r, 'Monday')).toMatchObject({ value: '2022-10-31', tense: 'past' });
  });

  it('puts a month or day without a year in the past when the clause is past', () => {
    const r = run('The council approved the plan in December and signed it on Dec. 20.', '2022-06-15');
    expect(time(r, 'December').value).toBe('2021-12');
    expect(time(r, 'Dec. 20').value).toBe('2021-12-20');
  });

  it('keeps the part of the day', () => {
    const r = run('Police fired tear gas on Friday night.');
    expect(time(r, 'Friday night')).toMatchObject({ type: 'TIME', value: '2022-10-28TNI' });
  });

  it('anchors a clock time to the day the story is about', () => {
    const r = run('The fire broke out on Sunday. Firefighters arrived at 3:40 a.m. and fought it for hours.');
    expect(time(r, '3:40 a.m.')).toMatchObject({ type: 'TIME', value: '2022-10-30T03:40', anchorKind: 'story' });
  });
});

describe('times falsely given a date before', () => {
  it('gives a length of time a duration, not a date', () => {
    const r = run('The strike lasted for about two weeks, and talks went on for 36 hours.');
    expect(time(r, 'about two weeks')).toMatchObject({ type: 'DURATION', value: 'P2W' });
    expect(time(r, '36 hours')).toMatchObject({ type: 'DURATION', value: 'PT36H' });
  });

  it('gives "now", "right now" and "recently" reference values, not dates', () => {
    const r = run('Right now the bridge is closed; engineers recently found cracks and repairs are now under way.');
    for (const t of r.times) expect(t.value).toMatch(/^(?:PRESENT|PAST)_REF$/);
    expect(time(r, 'recently')).toMatchObject({ type: 'DATE', value: 'PAST_REF' });
    expect(r.times.filter((t) => t.value === 'PRESENT_REF').length).toBe(2);
  });
});

describe('TimeML record fields', () => {
  it('gives recurrences the SET type', () => {
    const r = run('The market opens every Saturday and the ferry runs weekly.');
    expect(time(r, 'every Saturday')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-6' });
    expect(time(r, 'weekly')).toMatchObject({ type: 'SET', value: 'P1W' });
  });

  it('says what a relative expression was resolved against and the tense of its clause', () => {
    const r = run('The vote will be held on Sunday. Last week the parties met.');
    expect(time(r, 'Sunday')).toMatchObject({
      value: '2022-11-06',
      anchor: PUBLISHED,
      anchorKind: 'published',
      tense: 'future',
    });
    expect(time(r, 'Last week')).toMatchObject({ value: '2022-W43', anchorKind: 'published', tense: 'past' });
  });

  it('anchors to the dateline date when the body is dated by it', () => {
    const r = analyze(
      extract({
        content:
          'KYIV, Oct. 20 – Officials met on Monday to discuss the grain deal.\n\nThey will meet again next week.',
        format: 'text',
        published: '2022-11-03',
      }),
    );
    expect(r.dateline?.date).toBe('2022-10-20');
    expect(time(r, 'Monday')).toMatchObject({ value: '2022-10-17', anchor: '2022-10-20', anchorKind: 'dateline' });
  });
});

describe('kinds added to the dev set in the tenth session', () => {
  it('reads "this quarter" as the quarter of the reference date', () => {
    const r = run('Harbor Mills expects sales this quarter to be flat.');
    expect(time(r, 'this quarter')).toMatchObject({ type: 'DATE', value: '2022-Q4' });
  });

  it('counts years back to a quarter only when a figure is compared with them', () => {
    const r = run(
      'Harbor Mills said third-quarter sales rose 4 percent. Its chief executive, who joined the company two years earlier, will retire.',
    );
    expect(time(r, 'two years earlier')).toMatchObject({ type: 'DATE', value: '2020' });
    const compared = run('Harbor Mills said third-quarter sales rose 4 percent from two years earlier.');
    expect(time(compared, 'two years earlier')).toMatchObject({ type: 'DATE', value: '2020-Q3' });
    // The figure compared may stand between the comparison word and the years.
    const figure = run('Loan rates averaged 5.7 percent in October, down from 6.2 percent a year earlier.');
    expect(time(figure, 'a year earlier')).toMatchObject({ type: 'DATE', value: '2021-10' });
    const money = run('The average price in October was $39,014, up from $38,373 a year ago.');
    expect(time(money, 'a year ago')).toMatchObject({ type: 'DATE', value: '2021-10' });
  });
});

describe('a time in the phrase of an event noun (session 17)', () => {
  it('takes no tense from the clause verb: a bare month is its occurrence nearest the reference date', () => {
    const r = run(
      'Armenia declined an invitation to the CSTO summit in Minsk in August, officials said.',
      '2024-06-12',
    );
    expect(time(r, 'August').value).toBe('2024-08');
    expect(time(r, 'August').tense).toBeUndefined();
    const announced = run('The government announced the summit in July.', '2024-06-12');
    expect(time(announced, 'July').value).toBe('2024-07');
  });

  it('keeps the clause tense for a month after a verb or a noun that names no event', () => {
    const met = run('The envoy met the ministers in Minsk in August.', '2024-06-12');
    expect(time(met, 'August')).toMatchObject({ value: '2023-08', tense: 'past' });
    const sales = run('The company reported higher sales in July.', '2024-06-12');
    expect(time(sales, 'July')).toMatchObject({ value: '2023-07', tense: 'past' });
  });
});

describe('TIMEX3 extents leave the leading preposition out (session 26)', () => {
  it('cuts "on", "at", "from", "over", "by" off the expression and keeps its value', () => {
    const r = run(
      'The council met on Tuesday and again at 10:30 p.m. The strike ran from 6 a.m. Prices rose over the past three months. The plant will close by 2030.',
    );
    expect(r.times.map((t) => t.text)).toEqual(['Tuesday', '10:30 p.m.', '6 a.m.', 'the past three months', '2030']);
    for (const t of r.times) expect(r.text.slice(...t.span)).toBe(t.text);
    expect(time(r, 'Tuesday').value).toBe('2022-11-01');
    expect(time(r, 'the past three months')).toMatchObject({ type: 'DURATION', value: 'P3M' });
  });

  it('keeps the hedges that are part of an expression ("at least", "over" before a count)', () => {
    // The strike's verb is written (round 11): with it left out ("and the strike over 24 hours")
    // "over" after a noun reads as "across" ("$84 billion over 10 years").
    const r = run('The talks lasted at least two weeks, and the strike took over 24 hours.');
    expect(r.times.map((t) => t.text)).toEqual(['at least two weeks', 'over 24 hours']);
  });

  it('still gives a clock time the day that follows it after "on", with the day\'s own extent', () => {
    const r = run('The ceasefire took effect at 6 a.m. on Friday and again at 0600 GMT on Saturday.');
    expect(time(r, '6 a.m. on Friday')).toMatchObject({ type: 'TIME', value: '2022-10-28T06:00' });
    expect(time(r, '0600 GMT')).toMatchObject({ value: '2022-10-29T06:00', anchorKind: 'story' });
    expect(time(r, 'Saturday').text).toBe('Saturday');
  });
});

describe('parts of named days, ends of periods and weeks of months (session 26)', () => {
  it('reads "the early hours of Saturday" as that day\'s morning', () => {
    const r = run('The attack began in the early hours of Saturday, police said.');
    expect(time(r, 'the early hours of Saturday')).toMatchObject({ type: 'TIME', value: '2022-10-29TMO' });
    const date = run('Shelling resumed in the small hours of Nov. 1.');
    expect(time(date, 'the small hours of Nov. 1')).toMatchObject({ type: 'TIME', value: '2022-11-01TMO' });
  });

  it('reads "year\'s end" and "month\'s end" as the reference year and month', () => {
    const r = run("The company expects to close the deal by year's end. Rents are due at month's end.");
    expect(time(r, "year's end")).toMatchObject({ type: 'DATE', value: '2022' });
    expect(time(r, "month's end")).toMatchObject({ type: 'DATE', value: '2022-11' });
  });

  it('reads "the second week of January" as the ISO week of the month\'s second Thursday, its year by tense', () => {
    const r = run('Vaccines will reach care homes in the second week of January.');
    expect(time(r, 'the second week of January')).toMatchObject({ type: 'DATE', value: '2023-W02' });
    const past = run('Talks stalled in the last week of September.');
    expect(time(past, 'the last week of September')).toMatchObject({ type: 'DATE', value: '2022-W39' });
    const written = run('The fair opens in the first week of March 2024.');
    expect(time(written, 'the first week of March 2024')).toMatchObject({ type: 'DATE', value: '2024-W10' });
  });
});
