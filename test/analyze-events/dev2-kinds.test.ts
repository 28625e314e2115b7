// Events: kinds of miss found by the dev2 passages (data/events/passages-6.txt, session 15), on
// sentences written for the test, none from data/events.
import { describe, expect, it } from 'vitest';
import { recordFrom, eventOfType, eventsOfType } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });

describe('claims declared false', () => {
  it('negates what a rejected or dismissed claim says, as what a denial denies', () => {
    const rejected = analysed('The ministry rejected claims that its soldiers had looted the village of Kafr.');
    expect(eventOfType(rejected, 'ASSAULT').modality).toBe('negated');
    const dismissed = analysed(
      'The government dismissed opposition reports that police had arrested 40 students in Lagos.',
    );
    expect(eventOfType(dismissed, 'REJECT').modality).toBe('asserted');
    expect(eventOfType(dismissed, 'COERCE').modality).toBe('negated');
  });

  it('leaves the denier’s own participle clause after a comma asserted', () => {
    const r = analysed('Rwanda denied that its army had shelled Goma, blaming the Congolese army for the attack.');
    expect(eventOfType(r, 'ASSAULT').modality).toBe('negated');
    expect(eventOfType(r, 'ACCUSE').modality).toBe('asserted');
  });
});

describe('the predicate of an event noun', () => {
  it('is found past a prepositional phrase after the noun', () => {
    const talks = analysed(
      'A second round of talks between Armenian and Azerbaijani diplomats is scheduled for June in Almaty.',
    );
    expect(eventOfType(talks, 'CONSULT').modality).toBe('future');
    expect(
      eventOfType(analysed('Joint patrols with the Indian navy are planned for next year.'), 'COOPERATE').modality,
    ).toBe('future');
  });

  it('makes the event possible only when the modal verb tells of the event itself', () => {
    const visit = analysed('The visit by the Japanese defence minister to Manila may anger Beijing.');
    expect(eventOfType(visit, 'CONSULT').modality).toBe('asserted');
    expect(eventOfType(analysed('Clashes between the two militias may erupt again in Juba.'), 'ASSAULT').modality).toBe(
      'possible',
    );
  });
});

describe('trigger words from WordNet 3.1 (dev2 misses)', () => {
  it('finds an accord inked, troops departing, and a crowd broken up or scattered', () => {
    const pact = analysed('Egypt and Sudan inked a security cooperation pact in Cairo.');
    expect(eventOfType(pact, 'AGREE').modality).toBe('asserted');
    // The word that names the kind of accord is no event of its own.
    expect(eventsOfType(pact, 'COOPERATE')).toEqual([]);
    expect(eventOfType(analysed('French troops departed from their base in Gao on Monday.'), 'RETREAT').modality).toBe(
      'asserted',
    );
    expect(eventsOfType(analysed('Police in Dhaka broke up a rally by opposition supporters.'), 'COERCE')).toHaveLength(
      1,
    );
    expect(eventsOfType(analysed('Soldiers scattered the crowd outside the palace in Bamako.'), 'COERCE')).toHaveLength(
      1,
    );
    // Leaving guests and couples breaking up are no events.
    expect(analysed('The guests departed after dinner, and the couple broke up in May.').events).toEqual([]);
  });

  it('sends and moves warships as forces', () => {
    expect(eventOfType(analysed('Japan intends to send a destroyer to the strait.'), 'MOBILIZE').modality).toBe(
      'future',
    );
  });

  it('reads a veto lifted as a concession, not a rejection', () => {
    const r = analysed('Hungary will lift its veto on the aid package for Kyiv.');
    expect(eventOfType(r, 'CONCEDE').modality).toBe('future');
    expect(eventsOfType(r, 'REJECT')).toEqual([]);
  });

  it('reads a military operation as the use of armed force', () => {
    const r = analysed('The army launched a military operation against the rebels in Cabo Delgado.');
    expect(eventOfType(r, 'ASSAULT').modality).toBe('asserted');
  });
});

describe('a negated subject and an application to join (dev2 misses)', () => {
  it('negates a verb whose subject opens with "no", however long the subject', () => {
    const r = analysed('The minister said no Russian combat troops would ever be deployed in Moldova.');
    expect(eventOfType(r, 'MOBILIZE').modality).toBe('negated');
  });

  it('reads an application to join or for membership as a request', () => {
    expect(
      eventOfType(analysed('Georgia submitted its application to join the European Union.'), 'REQUEST').modality,
    ).toBe('asserted');
    expect(eventOfType(analysed('Moldova filed a membership application with the EU.'), 'REQUEST').modality).toBe(
      'asserted',
    );
    expect(eventsOfType(analysed('The job application was rejected.'), 'REQUEST')).toEqual([]);
  });
});

describe('captive soldiers (dev2 misses)', () => {
  it('reads soldiers and servicemen released or freed as captives yielded', () => {
    const r = analysed(
      'Two months after the truce, Russia has yet to release thirty Ukrainian servicemen held in Kursk.',
    );
    expect(eventOfType(r, 'CONCEDE').modality).toBe('negated');
    expect(eventOfType(analysed('Kyiv freed twelve Russian soldiers on Friday.'), 'CONCEDE').modality).toBe('asserted');
    expect(eventOfType(analysed('The militia released four POWs near Goma.'), 'CONCEDE').modality).toBe('asserted');
  });
});
