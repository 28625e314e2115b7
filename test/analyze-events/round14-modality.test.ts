// Events: kinds of modality error audit round 14 found on the Zyte pages
// (docs/audits/events-zyte-round14.md): an event noun that names what a request asks for, and a
// possibility noun that is the object of the trigger's relative clause. Sentences written for the
// test, none from the audited pages or data/events.
import { describe, expect, it } from 'vitest';
import { recordFrom, eventOfType } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const modality = (text: string, type: Parameters<typeof eventOfType>[1]) => eventOfType(analysed(text), type).modality;

describe('round 14 modality kinds', () => {
  it('reads an event noun before a noun of asking as asked for, not done', () => {
    expect(modality('Britain approved an extradition request from Sweden.', 'COOPERATE')).toBe('future');
    expect(modality('Kenya received an aid request from Somalia on Monday.', 'AID')).toBe('future');
  });

  it('keeps the request itself asserted', () => {
    expect(modality('Britain approved an extradition request from Sweden.', 'REQUEST')).toBe('asserted');
  });

  it('reads a verb whose object is a possibility noun as asserted', () => {
    expect(
      modality('Officials raised the possibility of a strike, a possibility the union rejected on Monday.', 'REJECT'),
    ).toBe('asserted');
  });

  it('keeps a verb right after a possibility noun with "that" possible', () => {
    expect(modality('There is a risk that the rebels attacked the convoy.', 'ASSAULT')).toBe('possible');
  });
});
