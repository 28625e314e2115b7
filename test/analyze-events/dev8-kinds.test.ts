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
});

export { eventsOfType };
