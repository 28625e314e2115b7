// Events: kinds of miss that the dev5 split (data/events/passages-9.txt) showed, on sentences
// written for the test, none from data/events. Each word list comes from WordNet 3.1 (named at
// each case), not from the dev passages.
import { describe, expect, it } from 'vitest';
import { recordFrom, eventOfType, eventsOfType } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const modalityOf = (text: string, type: string) => eventOfType(analysed(text), type).modality;

describe('kinds of miss seen on dev5', () => {
  it('reads "call off" like "cancel" (WordNet 3.1: cancel, call off): the event it takes did not happen', () => {
    expect(modalityOf('The dockers union called off the strike on Monday after talks with the port.', 'PROTEST')).toBe(
      'negated',
    );
    expect(modalityOf('Teachers in Accra have called off a nationwide strike planned for Friday.', 'PROTEST')).toBe(
      'negated',
    );
    // Calling a strike is no calling off.
    expect(modalityOf('The teachers union called a nationwide strike on Monday.', 'PROTEST')).not.toBe('negated');
  });

  it('reads "taken into custody" as an arrest (WordNet 3.1, arrest: "take into custody")', () => {
    expect(modalityOf('Soldiers took the opposition leader into custody in Conakry on Sunday.', 'COERCE')).toBe(
      'asserted',
    );
    expect(modalityOf('Twelve journalists were taken into custody in Minsk on Friday.', 'COERCE')).toBe('asserted');
    // Being held in custody is a state, not the arrest.
    expect(eventsOfType(analysed('The former minister remains in custody in Dhaka.'), 'COERCE')).toEqual([]);
  });

  it('reads protesters who "pour", "stream" or "swarm" somewhere as a protest (WordNet 3.1: move in large numbers)', () => {
    expect(modalityOf('Thousands of protesters poured into the centre of Tbilisi on Saturday.', 'PROTEST')).toBe(
      'asserted',
    );
    expect(modalityOf('Demonstrators streamed towards the parliament in Belgrade on Friday.', 'PROTEST')).toBe(
      'asserted',
    );
  });

  it('reads forces rushed, flown, ferried or positioned somewhere as a deployment (WordNet 3.1 verbs of moving things)', () => {
    expect(modalityOf('Peru rushed 500 soldiers to the southern region on Monday.', 'MOBILIZE')).toBe('asserted');
    expect(modalityOf('Turkey flew 300 troops to Tripoli at the weekend.', 'MOBILIZE')).toBe('asserted');
    expect(modalityOf('Armenia has not positioned any new units near the frontier.', 'MOBILIZE')).toBe('negated');
    // Rushing or flying anything else is no deployment.
    expect(eventsOfType(analysed('The company rushed a new phone to market on Monday.'), 'MOBILIZE')).toEqual([]);
    expect(eventsOfType(analysed('The president flew to Paris on Monday.'), 'MOBILIZE')).toEqual([]);
  });

  it('reads "held X responsible" as an accusation (WordNet 3.1, hold: "I hold him personally responsible")', () => {
    expect(modalityOf('Kyiv held Moscow responsible on Friday for the blast at the dam.', 'ACCUSE')).toBe('asserted');
    // A promise to hold the guilty to account accuses no one named.
    expect(eventsOfType(analysed('We will hold those responsible accountable, the minister said.'), 'ACCUSE')).toEqual(
      [],
    );
  });

  it('lets an adverb in "-ly" stand inside a phrasal trigger', () => {
    expect(modalityOf('Beijing stood firmly behind Phnom Penh on Monday.', 'SUPPORT')).toBe('asserted');
    expect(modalityOf('The rebels pulled swiftly back from the town of Kidal.', 'RETREAT')).toBe('asserted');
    // "stood idly by" is no support.
    expect(eventsOfType(analysed('Troops stood idly by as the crowd looted shops.'), 'SUPPORT')).toEqual([]);
  });
});

describe('the passive of "meet"', () => {
  it('reads demands or conditions "met" as satisfied, not as a meeting (WordNet 3.1, meet.v.4)', () => {
    expect(eventsOfType(analysed('The strikers said their demands on pay had not been met.'), 'CONSULT')).toEqual([]);
    expect(
      eventsOfType(analysed('All the conditions for the loan have now been met, the IMF said.'), 'CONSULT'),
    ).toEqual([]);
    // Someone met at a place is met.
    expect(modalityOf('The envoy was met at the airport by the foreign minister.', 'CONSULT')).toBe('asserted');
  });
});

describe('a date before a noun (an attributive date)', () => {
  it('dates the thing the noun names, not the event of the clause, when the clause has its own time', () => {
    const r = analysed("Chad's government rejected the 2019 Doha peace deal last week.");
    const e = eventOfType(r, 'REJECT');
    expect(e.time).toBe('2023-W18');
    expect(e.background).toBeUndefined();
    const tuesday = eventOfType(analysed('The rebels rejected the 2018 ceasefire on Tuesday.'), 'REJECT');
    expect(tuesday.time).toBe('2023-05-09');
    expect(tuesday.background).toBeUndefined();
    // With no other time, the date of the thing bounds the event's: "the July 25 call when he asked".
    expect(eventOfType(analysed('The rebels rejected the 2018 ceasefire.'), 'REJECT').time).toBe('2018');
    // The event noun itself after the date: the date is the event's.
    const invasion = eventOfType(analysed('The 2014 invasion of Crimea was condemned by Kyiv.'), 'ASSAULT');
    expect(invasion.time).toBe('2014');
    expect(invasion.background).toBe(true);
  });
});

describe('a lag counted from another event', () => {
  it('does not date a past event by "N years after" resolved from the publication date', () => {
    const r = analysed(
      'About 2,000 troops remain in Mali, ten years after France intervened in the north of the country after the 2012 elections.',
    );
    const e = eventOfType(r, 'ASSAULT');
    expect(e.time).toBe('2012');
    expect(e.background).toBe(true);
  });
});
