// Events' sides named by a common noun and no entity (issue 15, schema 6): the lead's decision
// that an event side may be words, as a quote speaker may. Sentences written for the test, none
// from data/events.
import { describe, expect, it } from 'vitest';
import { recordFrom, eventOfType } from '../helpers/records.js';

const sidesOf = (text: string, type: string) => {
  const r = recordFrom(text, { published: '2024-03-10' });
  const e = eventOfType(r, type);
  const name = (id: string) => r.entities.find((x) => x.id === id)?.name ?? id;
  for (const w of [...(e.actorWords ?? []), ...(e.targetWords ?? [])]) expect(r.text.slice(...w.span)).toBe(w.text);
  return {
    actors: e.actors.map(name),
    targets: e.targets.map(name),
    actorWords: (e.actorWords ?? []).map((w) => w.text),
    targetWords: (e.targetWords ?? []).map((w) => w.text),
    hasActorWords: 'actorWords' in e,
  };
};

describe('a side named by a common noun phrase', () => {
  it('is the actor words of a verb ("Police fired tear gas")', () => {
    expect(sidesOf('Police fired tear gas on Monday.', 'COERCE')).toMatchObject({
      actors: [],
      actorWords: ['Police'],
    });
  });

  it('keeps modifiers and drops the determiner ("The riot police arrested three local residents")', () => {
    expect(sidesOf('The riot police arrested three local residents on Monday.', 'COERCE')).toMatchObject({
      actorWords: ['riot police'],
      targetWords: ['three local residents'],
    });
  });

  it('gives each conjunct ("Parents and teachers will march")', () => {
    expect(sidesOf('Parents and teachers will march to the town hall on Saturday.', 'PROTEST').actorWords).toEqual([
      'Parents',
      'teachers',
    ]);
  });

  it('is the subject of a support verb before a noun trigger ("Taxi drivers will hold a demonstration")', () => {
    expect(sidesOf('Taxi drivers will hold a demonstration on Friday.', 'PROTEST').actorWords).toEqual([
      'Taxi drivers',
    ]);
  });

  it('reads a plural whose group sense is rare ("Security forces shelled")', () => {
    expect(sidesOf('Security forces shelled the village on Sunday.', 'ASSAULT').actorWords).toEqual([
      'Security forces',
    ]);
  });

  it('in a passive, the subject is the target words and the "by" phrase the actor words', () => {
    expect(sidesOf('Protesters were arrested by police on Monday.', 'COERCE')).toMatchObject({
      actorWords: ['police'],
      targetWords: ['Protesters'],
    });
  });
});

describe('what stays without words', () => {
  it('a noun for no person or group ("The police station was attacked")', () => {
    const sides = sidesOf('The police station was attacked on Monday.', 'ASSAULT');
    expect(sides).toMatchObject({ actors: [], actorWords: [], targetWords: [] });
    expect(sides.hasActorWords).toBe(false);
  });

  it('a named entity subject keeps its entity id only ("Russia attacked Ukraine")', () => {
    expect(sidesOf('Russia attacked Ukraine on Monday.', 'ASSAULT')).toMatchObject({
      actors: ['Russia'],
      targets: ['Ukraine'],
      actorWords: [],
      targetWords: [],
      hasActorWords: false,
    });
  });

  it('a pronoun, which refers to a name ("Kenya said it arrested")', () => {
    expect(sidesOf('Kenya said on Monday that they arrested three men.', 'COERCE').actorWords).toEqual([]);
  });

  it('"the two sides", which refers to the sides of the event before', () => {
    const r = recordFrom('Armenia and Azerbaijan held talks in Geneva on Monday. The two sides agreed to meet again.', {
      published: '2024-03-10',
    });
    expect(r.events.every((e) => !e.actorWords)).toBe(true);
  });
});
