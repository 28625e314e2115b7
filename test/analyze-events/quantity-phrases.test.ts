// Events: a quantity between a trigger and the word its lexicon entry needs ("shipped 400 tonnes
// of flour", "a $3 billion loan") hid the event: the object window was spent on the measure, and
// the word before the noun was the number. Sentences written for the test, none from data/events.
import { describe, expect, it } from 'vitest';
import { recordFrom, eventOfType, eventsOfType } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });

describe('quantity phrases', () => {
  it('reads the object of a verb past a measure phrase', () => {
    expect(
      eventOfType(analysed('Turkey shipped 400 metric tonnes of dates and flour to Gaza on Monday.'), 'AID').modality,
    ).toBe('asserted');
  });

  it('reads the determiner of a noun past an amount', () => {
    expect(eventOfType(analysed('The IMF approved a $3 billion loan to Egypt on Friday.'), 'AID').modality).toBe(
      'asserted',
    );
  });

  it('still needs the object: a measure of something else is no aid', () => {
    expect(eventsOfType(analysed('Turkey shipped 400 tonnes of steel to Egypt on Monday.'), 'AID')).toHaveLength(0);
  });
});
