// Events: what the dev3 passages (data/events/passages-7.txt) still missed or invented after
// session 16, on sentences written for the test, none from data/events (session 17).
import { describe, expect, it } from 'vitest';
import { recordFrom, eventOfType, eventsOfType } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });

describe('a question is no condition', () => {
  it('does not read "Should protesters march ...?" as hypothetical, but keeps "Should talks fail, ..."', () => {
    const q = analysed('Should protesters march on the parliament in Yerevan again?');
    expect(eventOfType(q, 'PROTEST').modality).toBe('possible');
    const c = analysed('Should talks with the rebels fail, the army will attack the town.');
    expect(eventOfType(c, 'ASSAULT').modality).toBe('hypothetical');
  });
});

describe('armed intervention', () => {
  it('finds forces ready to intervene when "security" is not their word', () => {
    const r = analysed(
      "Should mediation by Nigeria fail, AU forces stand ready to intervene, the union's envoy for security said.",
    );
    expect(eventOfType(r, 'ASSAULT').modality).toBe('hypothetical');
    expect(eventsOfType(analysed('Security forces intervened to separate the two groups of fans.'), 'ASSAULT')).toEqual(
      [],
    );
  });
});

describe('a second predicate with its own modal after an agreement', () => {
  it('is not the content of "agreed to"', () => {
    const r = analysed('Berlin has agreed to sell Warsaw two radars and may supply armoured vehicles later.');
    expect(eventOfType(r, 'AID').modality).toBe('possible');
    // Inside the complement: what was agreed.
    expect(eventsOfType(analysed('Berlin has agreed to sell radars and supply armoured vehicles.'), 'AID')).toEqual([]);
  });
});

describe('a second act of the same type told with a noun', () => {
  it('keeps forces put on heightened readiness after forces moved', () => {
    const r = analysed(
      'The Kyrgyz army has moved two battalions to Osh and placed its border posts on heightened readiness.',
    );
    expect(eventsOfType(r, 'MOBILIZE')).toHaveLength(2);
  });
});

describe('reserves moved', () => {
  it('are forces only in a sentence about forces', () => {
    const r = analysed('If Russian troops attack from the north, Kyiv would move reserves to the border.');
    expect(eventOfType(r, 'MOBILIZE').modality).toBe('hypothetical');
    expect(eventsOfType(analysed('The central bank moved its reserves into gold.'), 'MOBILIZE')).toEqual([]);
  });
});

describe('people described by what was done to them or what they are charged with', () => {
  it('tells no event in "jailed journalists" after a number', () => {
    const r = analysed('Seven jailed activists in Minsk went on a hunger strike on Monday.');
    expect(eventsOfType(r, 'COERCE')).toEqual([]);
    expect(eventsOfType(analysed('Police jailed seven activists in Minsk on Monday.'), 'COERCE')).toHaveLength(1);
  });

  it('reads the crime someone is wanted for as background', () => {
    const r = analysed('Georgia extradited three Armenian men wanted for a bombing in Yerevan.');
    expect(eventOfType(r, 'ASSAULT').background).toBe(true);
  });
});
