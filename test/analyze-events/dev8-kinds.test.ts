// Events: kinds of error that the dev8 split (data/events/passages-12.txt) showed, on sentences
// written for the test, none from data/events. Word lists come from WordNet 3.1 (named at each
// case), not from the dev passages.
import { describe, expect, it } from 'vitest';
import { recordFrom, eventOfType, eventsOfType } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const modalityOf = (text: string, type: string) => eventOfType(analysed(text), type).modality;

describe('kinds of error seen on dev8', () => {
  it('keeps a denial over its "that" clause when an adverbial stands between them', () => {
    expect(
      modalityOf('Ankara denied on Tuesday that its aircraft had struck a village in northern Iraq.', 'ASSAULT'),
    ).toBe('negated');
    expect(modalityOf('The ministry denied in a statement that police had arrested the journalist.', 'COERCE')).toBe(
      'negated',
    );
    expect(
      modalityOf('Minsk denied again on Friday the reports that troops had attacked the border post.', 'ASSAULT'),
    ).toBe('negated');
    // Paired negatives: what follows a denial's own object is no denied clause, and a sentence
    // without a denial keeps its event asserted.
    expect(
      modalityOf('Ankara said on Tuesday that its aircraft had struck a village in northern Iraq.', 'ASSAULT'),
    ).toBe('asserted');
    expect(modalityOf('Ankara denied access to the village that its aircraft had struck on Monday.', 'ASSAULT')).toBe(
      'asserted',
    );
  });

  it('reads aid pledged or promised (WordNet 3.1: promise, pledge, vow, swear) as still to come', () => {
    expect(modalityOf('Japan pledged 200 million dollars in aid to Jordan on Monday.', 'AID')).toBe('future');
    expect(modalityOf('The bank has promised 40 million dollars in emergency aid to Malawi.', 'AID')).toBe('future');
    // Paired negatives: aid sent or delivered happened; a vowed threat is the threat itself.
    expect(modalityOf('Japan sent 200 million dollars in aid to Jordan on Monday.', 'AID')).toBe('asserted');
    expect(modalityOf('Belarus vowed to retaliate against any new sanctions from Warsaw.', 'THREATEN')).toBe(
      'asserted',
    );
  });

  it('reads a meeting named as the occasion of another act ("at the summit") as background', () => {
    const atSummit = analysed(
      "Spain will ask the EU for more fishing quotas at the bloc's summit in Brussels next month.",
    );
    expect(eventsOfType(atSummit, 'CONSULT').filter((e) => !e.background)).toEqual([]);
    expect(eventOfType(atSummit, 'REQUEST').modality).toBe('future');
    const atMeeting = analysed("Chile did not condemn Peru at Thursday's meeting of trade ministers, officials said.");
    expect(eventsOfType(atMeeting, 'CONSULT').filter((e) => !e.background)).toEqual([]);
    // Paired negatives: a meeting that opens the sentence, or is the news itself, is an event.
    const opening = analysed(
      'At a meeting in Quito on Monday, the ministers of Ecuador and Peru signed a border accord.',
    );
    expect(eventsOfType(opening, 'CONSULT').filter((e) => !e.background)).toHaveLength(1);
    const held = analysed('The foreign ministers of Ecuador and Peru held a meeting in Quito on Monday.');
    expect(eventsOfType(held, 'CONSULT').filter((e) => !e.background)).toHaveLength(1);
  });

  it('reads what came hours or weeks "after" as background, even with a relative clause', () => {
    const freed = analysed(
      'Kenya released 40 Somali prisoners on Monday, hours after al-Shabaab freed two hostages in Lamu.',
    );
    expect(
      eventsOfType(freed, 'CONCEDE')
        .filter((e) => !e.background)
        .map((e) => e.trigger.text),
    ).toEqual(['released']);
    const weeks = analysed(
      'The prime minister of Peru resigned on Monday after weeks of protests in which dozens of people were killed.',
    );
    expect(eventsOfType(weeks, 'PROTEST').filter((e) => !e.background)).toEqual([]);
    // Paired negatives: "after" with no lag before a clause may be the news itself; an event
    // after which nothing else is told stays.
    const clause = analysed('Police fired tear gas in Lima after protesters stormed the congress building.');
    expect(eventsOfType(clause, 'ASSAULT').filter((e) => !e.background)).toHaveLength(1);
    const own = analysed('Protesters marched through Lima for weeks in which dozens of people were killed.');
    expect(eventsOfType(own, 'PROTEST').filter((e) => !e.background)).toHaveLength(1);
  });
});

describe('the page topic on dev8', () => {
  it('counts a capitalised plural section word ("Shares", "Investors") for its section, as its lower-case form', () => {
    const business = analysed(
      'Shares in the retailer Norvik fell 9% on Tuesday. The company withdrew its profit forecast and rejected a takeover offer.',
    );
    expect(business.events).toEqual([]);
    // Paired negative: the same words with a political actor keep the event.
    const political = analysed(
      'Shares in the retailer Norvik fell 9% on Tuesday. The government rejected a takeover offer for the company and its profit.',
    );
    expect(eventsOfType(political, 'REJECT')).toHaveLength(1);
  });
});
