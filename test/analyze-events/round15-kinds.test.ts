// Events: kinds of error from events audit round 15 on real pages (docs/audits/events-zyte-round15.md),
// on sentences written for the test, none from data/events or the audited pages.
import { describe, expect, it } from 'vitest';
import { recordFrom, eventOfType } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const actorsOf = (text: string, type: string): string[] => {
  const r = analysed(text);
  return eventOfType(r, type).actors.map((id) => r.entities.find((e) => e.id === id)?.name ?? id);
};
const modalityOf = (text: string, type: string) => eventOfType(analysed(text), type).modality;

describe('events audit round 15', () => {
  it('takes the possessor of a noun trigger across a date between them', () => {
    expect(actorsOf("Lawmakers questioned two aides on Trump's July 25 phone call with Zelensky.", 'CONSULT')).toEqual([
      'Trump',
    ]);
  });

  it('reads an event noun with a possessor as asked for after a verb of asking', () => {
    expect(
      modalityOf("Separately, the US is seeking Nguyen's extradition from Britain over the leaks.", 'COOPERATE'),
    ).toBe('future');
  });

  it('lets a negation bear on a quoted fragment that continues its verb group', () => {
    expect(
      modalityOf("The senator told teachers in Lima that they weren't “asking for a pay rise this year.”", 'REQUEST'),
    ).toBe('negated');
    expect(modalityOf('They weren’t “asking for a strike in Lima,” the union leader said.', 'REQUEST')).toBe('negated');
    // "they" is the teachers, not the group named earlier; the quote mark is no subject of its own.
    expect(
      actorsOf(
        'The senator, who broke with many Republicans, told teachers that they weren’t “asking for the moon.”',
        'REQUEST',
      ),
    ).toEqual([]);
  });
});
