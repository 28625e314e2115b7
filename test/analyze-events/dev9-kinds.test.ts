// Events: kinds of error that the dev9 split (data/events/passages-13.txt: translated wire copy,
// situation reports, local press) showed, on sentences written for the test, none from data/events.
import { describe, expect, it } from 'vitest';
import { recordFrom, eventOfType, eventsOfType } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const modalityOf = (text: string, type: string) => eventOfType(analysed(text), type).modality;

describe('kinds of error seen on dev9', () => {
  it('reads an inverted condition ("Should ...", "Were ...") right after a dateline as the start of the statement', () => {
    // An ASCII double hyphen, an em dash and a spaced hyphen, with and without the agency.
    expect(
      modalityOf(
        'KYIV, March 3 -- Should Russia attack the power grid again, Ukraine would hit oil refineries inside Russia, a general said.',
        'ASSAULT',
      ),
    ).toBe('hypothetical');
    expect(
      modalityOf(
        'GENEVA, May 2 (Reuters) — Were the talks to fail, the rebels would shell the city, a diplomat said.',
        'ASSAULT',
      ),
    ).toBe('hypothetical');
    expect(
      modalityOf(
        'RIGA, June 9 - Should the border guards come under fire, Latvia would deploy troops to the frontier.',
        'MOBILIZE',
      ),
    ).toBe('hypothetical');
    // Paired negatives: a question after a dateline asks, it sets no condition (as at the start
    // of a sentence); "should" after the subject is no inversion; a dateline with no inversion
    // leaves a plain plan a plan.
    expect(modalityOf('Should Germany send tanks to Ukraine?', 'AID')).not.toBe('hypothetical');
    expect(modalityOf('BERLIN, May 2 -- Should Germany send tanks to Ukraine?', 'AID')).not.toBe('hypothetical');
    expect(
      modalityOf('MOSCOW, May 2 -- Russia should withdraw its troops from the border, the minister said.', 'RETREAT'),
    ).not.toBe('hypothetical');
    expect(
      modalityOf(
        'RIGA, June 9 -- Latvia will deploy troops to the frontier next week, the defence minister said.',
        'MOBILIZE',
      ),
    ).toBe('future');
  });

  it('reads an event noun after "following" (a preposition, as "after") as background', () => {
    const weeks = analysed('The government of Peru resigned following weeks of protests in the capital.');
    expect(eventsOfType(weeks, 'PROTEST').filter((e) => !e.background)).toEqual([]);
    const riots = analysed('Police imposed a curfew in Leicester following two nights of riots.');
    expect(eventsOfType(riots, 'PROTEST').filter((e) => !e.background)).toEqual([]);
    const renewed = analysed('Some 3,000 families fled to the camp following the fighting around the city of Goma.');
    expect(eventsOfType(renewed, 'ASSAULT').filter((e) => !e.background)).toEqual([]);
    // Paired negatives: "following" as a verb ("were following") and a noun with no "after" or
    // "following" before it stay news; the news event of the sentence stays.
    expect(eventsOfType(weeks, 'CONCEDE').filter((e) => !e.background)).toHaveLength(1);
    const news = analysed('Renewed fighting around the city of Goma killed 40 people on Monday, the army said.');
    expect(eventsOfType(news, 'ASSAULT').filter((e) => !e.background)).toHaveLength(1);
    const verb = analysed('Police in Lima were following protests by farmers closely, the interior ministry said.');
    expect(eventsOfType(verb, 'PROTEST').filter((e) => !e.background)).toHaveLength(1);
  });
});
