// Kinds found wrong by the times audit of round 5 (docs/audits/times-round-5.md), fixed in session
// 31. Sentences written for the test, none from the audited pages. PUBLISHED, 2019-11-20, is a Wednesday.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';

const PUBLISHED = '2019-11-20';
const times = (text: string) =>
  analyze(extract({ content: text, format: 'body', published: PUBLISHED })).times.map((t) => [t.text, t.type, t.value]);

describe('a plan named by a noun', () => {
  it('takes no future from "plans to" when "plans" is a noun', () => {
    expect(times('Clark in October revealed lofty plans to expand the fleet.')).toEqual([
      ['October', 'DATE', '2019-10'],
    ]);
  });

  it('still reads a verb "plans to" as future', () => {
    expect(times('The council plans to vote in March.')).toEqual([['March', 'DATE', '2020-03']]);
  });
});

describe('a month with last, next or this', () => {
  it('reads "last November" in November as a year back, "next March" ahead, "last March" this year', () => {
    expect(times('The partnership began last November.')).toEqual([['last November', 'DATE', '2018-11']]);
    expect(times('Sales will open next March.')).toEqual([['next March', 'DATE', '2020-03']]);
    expect(times('It rained hard last March.')).toEqual([['last March', 'DATE', '2019-03']]);
  });

  it('reads "May of this year" and "May of last year" whole', () => {
    expect(times('They were still fixing it as late as May of this year.')).toEqual([
      ['May of this year', 'DATE', '2019-05'],
    ]);
    expect(times('The plant closed in June of last year.')).toEqual([['June of last year', 'DATE', '2018-06']]);
  });
});

describe('a game clock into a period', () => {
  it('reads "2:55 into overtime" as a length, not a time of day', () => {
    expect(times('Nelson scored 2:55 into overtime.')).toEqual([['2:55', 'DURATION', 'PT2M55S']]);
  });
});

describe('a named day before a noun', () => {
  it('dates "Black Friday ad" by the nearest Black Friday, not the past verb of the ad', () => {
    expect(times("The store's Black Friday ad went up on its website.")).toEqual([
      ['Black Friday', 'DATE', '2019-11-29'],
    ]);
  });

  it('keeps the tense for a named day standing alone', () => {
    expect(times('Shoppers went to the stores on Black Friday.')).toEqual([['Black Friday', 'DATE', '2018-11-23']]);
  });
});

describe('day-first slash dates on pages not in English', () => {
  it('reads 05/10/2018 as 5 October on a Portuguese page, 10 May on an English one', () => {
    const pt =
      '05/10/2018 - Publicado por Clarissa Borba. A equipe de atendimento domiciliar registrou um ' +
      'arrombamento em veículos na manhã de quinta-feira, segundo a secretaria de saúde do município.';
    expect(times(pt)).toContainEqual(['05/10/2018', 'DATE', '2018-10-05']);
    expect(
      times(
        'The report dated 05/10/2018 was filed by the county health department after a long review of the records kept by the clinic.',
      ),
    ).toEqual([['05/10/2018', 'DATE', '2018-05-10']]);
  });
});

describe('an anaphoric day with no day before it in a past clause', () => {
  it('gives "the next morning" an unknown day, not the day after publication', () => {
    expect(times('“I was back at it by the next morning,” she said.')).toEqual([
      ['the next morning', 'TIME', 'XXXX-XX-XXTMO'],
    ]);
  });

  it('gives it an unknown day after a year, from which no day follows', () => {
    expect(times('It began in 2017. “I was back at it by the next morning,” she said.')).toEqual([
      ['2017', 'DATE', '2017'],
      ['the next morning', 'TIME', 'XXXX-XX-XXTMO'],
    ]);
  });

  it('keeps the next morning of a named day', () => {
    expect(times('The fire started on Monday and was out by the next morning.')).toEqual([
      ['Monday', 'DATE', '2019-11-18'],
      ['the next morning', 'TIME', '2019-11-19TMO'],
    ]);
  });
});

describe('"the week after" a phrase or clause', () => {
  it('counts from the time its phrase names, not from the story', () => {
    expect(times('Stores opened the day after Christmas.')).toEqual([
      ['the day after', 'DATE', '2018-12-26'],
      ['Christmas', 'DATE', '2018-12-25'],
    ]);
  });

  it('is unknown when its clause names no time, even after a day in the story', () => {
    expect(times('Talks began on Monday. The stock rose the week after the brand took a stake.')).toEqual([
      ['Monday', 'DATE', '2019-11-18'],
      ['the week after', 'DATE', 'XXXX-WXX'],
    ]);
  });

  it('stays anaphoric alone or as a subject', () => {
    expect(times('The week before was quiet.')).toEqual([['The week before', 'DATE', '2019-W46']]);
    expect(times('The talks ended on Monday. The day after, he left.')).toEqual([
      ['Monday', 'DATE', '2019-11-18'],
      ['The day after', 'DATE', '2019-11-19'],
    ]);
  });
});

describe('a month and day with no year and no past or future verb, after a date ahead', () => {
  it("takes its year from the story's date ahead, not the nearest year", () => {
    expect(
      times(
        'The band will kick off the tour June 9, 2020, in Miami. The tour then moves to the coast for a ' +
          'hometown show on Sept. 12, with Houston hosting the final date on the tour, Oct. 10.',
      ),
    ).toEqual([
      ['June 9, 2020', 'DATE', '2020-06-09'],
      ['Sept. 12', 'DATE', '2020-09-12'],
      ['Oct. 10', 'DATE', '2020-10-10'],
    ]);
  });

  it('keeps the nearest year when the story has named no date ahead', () => {
    expect(times('The show moves to the coast, with Houston hosting the final date on the tour, Oct. 10.')).toEqual([
      ['Oct. 10', 'DATE', '2019-10-10'],
    ]);
  });
});

describe('"at the last minute"', () => {
  it('is an idiom, no time', () => {
    expect(times('At the last minute, a sample came in.')).toEqual([]);
    expect(times('The deal was saved at the last minute by the board.')).toEqual([]);
  });
});
