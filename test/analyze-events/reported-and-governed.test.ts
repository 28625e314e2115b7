// Events: the conventions of data/events/README.md settled in session 41 (issue 15), on sentences
// written for the test, none from data/events.
import { describe, expect, it } from 'vitest';
import { recordFrom, eventOfType, eventsOfType } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const modalityOf = (text: string, type: string) => eventOfType(analysed(text), type).modality;

describe('an event told as reported is asserted', () => {
  it('reads "reportedly", "allegedly" and "according to reports" around an event verb as asserted', () => {
    expect(
      modalityOf('Rebel fighters reportedly shelled a camp for displaced people near Goma on Monday.', 'ASSAULT'),
    ).toBe('asserted');
    expect(modalityOf('Soldiers allegedly detained two journalists in Bamako on Friday.', 'COERCE')).toBe('asserted');
    expect(modalityOf('The militia has reportedly withdrawn from the town of Bunia.', 'RETREAT')).toBe('asserted');
    expect(
      modalityOf('According to reports, government troops shelled the village of Tawila overnight.', 'ASSAULT'),
    ).toBe('asserted');
  });

  it('keeps the hedges of the event itself possible: "may have", "possibly", "is believed to"', () => {
    // Paired negatives: the same sentences with a hedge on the event, with and without "reportedly".
    expect(
      modalityOf('Rebel fighters may have shelled a camp for displaced people near Goma on Monday.', 'ASSAULT'),
    ).toBe('possible');
    expect(modalityOf('Soldiers possibly detained two journalists in Bamako on Friday.', 'COERCE')).toBe('possible');
    expect(
      modalityOf(
        'Rebel fighters are believed to have shelled a camp for displaced people near Goma on Monday.',
        'ASSAULT',
      ),
    ).toBe('possible');
    expect(modalityOf('The militia is thought to have withdrawn from the town of Bunia.', 'RETREAT')).toBe('possible');
    expect(
      modalityOf('Rebel fighters reportedly may shell a camp for displaced people near Goma next week.', 'ASSAULT'),
    ).toBe('possible');
    // The active "believes" names whose belief it is, and "thought" as a noun or a plain past hedges nothing.
    expect(modalityOf('The minister thought the army had shelled the camp near Goma.', 'ASSAULT')).toBe('asserted');
  });
});

describe('an event governed by a refusal or an accusation is part of it', () => {
  it('codes "ruled out any negotiation" as a rejection, not as a negated negotiation of its own', () => {
    const r = analysed('The governor of Sinaloa ruled out any negotiation with the cartels on Tuesday.');
    expect(eventOfType(r, 'REJECT').trigger.text).toBe('ruled out');
    expect(eventsOfType(r, 'CONSULT')).toEqual([]);
  });
});

describe('the sides of translated wire copy', () => {
  const roles = (text: string, type: string) => {
    const r = analysed(text);
    const name = (id: string) => r.entities.find((e) => e.id === id)?.name;
    const e = eventOfType(r, type);
    return { actors: e.actors.map(name), targets: e.targets.map(name) };
  };

  it('reads "the two sides", "both sides", "the parties" as the actor and targets of the event just told', () => {
    expect(
      roles(
        'Kazakh Foreign Minister Murat Nurtleu held talks with his Uzbek counterpart Bakhtiyor Saidov in Astana on Monday. The two sides reached broad consensus on water sharing.',
        'AGREE',
      ),
    ).toEqual({ actors: ['Murat Nurtleu'], targets: ['Uzbek', 'Bakhtiyor Saidov'] });
    expect(
      roles('Armenia and Azerbaijan held talks in Almaty on Monday. Both sides agreed to meet again in May.', 'AGREE'),
    ).toEqual({ actors: ['Armenia'], targets: ['Azerbaijan'] });
  });

  it('reads "the X side and the Y side" as two conjoined sides before an event noun', () => {
    expect(
      roles(
        'The Tajik side and the Kyrgyz side held negotiations on the disputed enclave, but the parties did not reach an agreement.',
        'CONSULT',
      ),
    ).toEqual({ actors: ['Tajik'], targets: ['Kyrgyz'] });
    expect(
      roles(
        'The Tajik side and the Kyrgyz side held negotiations on the disputed enclave, but the parties did not reach an agreement.',
        'AGREE',
      ).actors,
    ).toEqual(['Tajik']);
  });

  it('leaves "sides" and "parties" that name no earlier event, or are described, without a borrowed actor', () => {
    // Paired negatives: no event before to refer to; parties described by a modifier of their own.
    expect(roles('The two sides reached broad consensus on water sharing.', 'AGREE').actors).toEqual([]);
    expect(
      roles('Armenia and Azerbaijan held talks in Almaty on Monday. Opposition parties rejected the budget.', 'REJECT')
        .actors,
    ).toEqual([]);
  });
});
