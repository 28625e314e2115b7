// Events: the structural kinds of error that the dev10 split (data/events/passages-14.txt) showed
// (docs/audits/events-dev10-h371.md), on sentences written for the test, none from data/events.
import { describe, expect, it } from 'vitest';
import { recordFrom } from '../helpers/records.js';

const eventsOf = (text: string) => {
  const r = recordFrom(text, { published: '2023-05-10' });
  return r.events.map((e) => ({
    type: e.type,
    modality: e.modality,
    background: !!e.background,
    trigger: r.text.slice(...e.trigger.span),
    actors: e.actors.map((id) => r.entities.find((x) => x.id === id)?.name),
  }));
};
const typesOf = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.modality}`);
/** The events not flagged as background, as TYPE:modality. */
const newsOf = (text: string) =>
  eventsOf(text)
    .filter((e) => !e.background)
    .map((e) => `${e.type}:${e.modality}`);
const backgroundOf = (text: string) =>
  eventsOf(text)
    .filter((e) => e.background)
    .map((e) => e.trigger);

describe('modality across "and"', () => {
  it('leaves a past-form verb after "and" outside the modal or passive negation of the verb before it', () => {
    expect(
      typesOf('The minister said the cabinet would adopt a new budget and asked unions to end their strike.'),
    ).toEqual(['REQUEST:asserted']);
    expect(
      typesOf('Officials in Lima said they had not been consulted and asked the court to suspend the law.'),
    ).toContain('REQUEST:asserted');
    // Negatives: a base form after "and" shares the modal; a second verb group keeps its own.
    expect(typesOf('The rebels would attack the town and seize the airport, a commander said.')).toEqual([
      'ASSAULT:future',
      'ASSAULT:future',
    ]);
    expect(typesOf('The council did not approve the plan and did not meet again.')).toContain('CONSULT:negated');
  });

  it('gives a second bare noun object after "and" the modal of the verb that takes both', () => {
    expect(
      typesOf('The minister said Japan would resume fuel deliveries and intelligence sharing with Manila.'),
    ).toEqual(['AID:future', 'COOPERATE:future']);
    // Negative: a noun after "and" with a verb of its own opens a new clause.
    expect(typesOf('The army did not stop the shelling and the talks collapsed.')).toContain('CONSULT:asserted');
  });

  it('reads a past-form verb after "and" as a second act, not part of a "to" complement', () => {
    expect(typesOf('Opposition deputies refused to attend the session on Monday and called for a new vote.')).toEqual([
      'REJECT:asserted',
      'REQUEST:asserted',
    ]);
    // Negative: a base form after "and" is a second infinitive of the complement.
    expect(typesOf('The union agreed to end the strike and return to work.')).toEqual(['AGREE:asserted']);
  });
});

describe('background', () => {
  it('flags what a relative clause in the past perfect says the people had done', () => {
    expect(
      backgroundOf('Gunmen who had attacked a police post and freed prisoners were arrested in Kano on Monday.'),
    ).toEqual(['attacked', 'freed']);
    expect(backgroundOf('Gunmen attacked a police post and freed prisoners in Kano on Monday.')).toEqual([]);
  });

  it('flags a verb in an "in which" clause on a background event noun', () => {
    expect(
      backgroundOf('Troops returned to barracks after weeks of protests in which dozens of people were killed.'),
    ).toEqual(['protests', 'killed']);
    expect(backgroundOf('Dozens of people were killed in protests in Dhaka on Monday.')).toEqual([]);
  });

  it('flags a stretch of any event after "after" and a compound event noun after a lag', () => {
    expect(backgroundOf('The two countries signed a treaty after weeks of talks in Geneva.')).toEqual(['talks']);
    expect(backgroundOf('The two countries signed a treaty after talks in Geneva.')).toEqual([]);
    expect(backgroundOf('Troops moved into the city two days after an air strike killed a commander.')).toEqual([
      'strike',
    ]);
    expect(backgroundOf('After an air strike killed a commander, troops moved into the city.')).toEqual([]);
  });

  it('flags the act a person is held on suspicion of', () => {
    expect(backgroundOf('Police arrested a woman in Lyon on suspicion of planning an attack on a mosque.')).toEqual([
      'attack',
    ]);
    expect(backgroundOf('Police in Lyon said a woman had planned an attack on a mosque.')).toEqual([]);
  });
});

describe('an event inside another', () => {
  it('reads no event in an "any" noun that is the subject of a modal', () => {
    expect(newsOf('Nigeria warned that any attack on its embassy would be met with force.')).toEqual([
      'THREATEN:asserted',
    ]);
    // Negatives: an object of a negated verb, a condition.
    expect(typesOf('The army said it did not carry out any attack on the village.')).toHaveLength(1);
    expect(typesOf('The army will respond if any attack occurs on its bases.')).toEqual(['ASSAULT:hypothetical']);
  });

  it('reads no event in the topic of a verb of discussing', () => {
    expect(typesOf('The two leaders will meet in Geneva to discuss the withdrawal of foreign troops.')).toEqual([
      'CONSULT:future',
    ]);
    expect(typesOf('The two leaders met in Geneva and announced the withdrawal of foreign troops.')).toContain(
      'RETREAT:asserted',
    );
  });
});

describe("an agreement's complement", () => {
  it('dates the infinitive, not the agreement, by a time after it, and holds an "of" object\'s event noun', () => {
    expect(typesOf('The ministers agreed to resume border talks next month.')).toEqual(['AGREE:asserted']);
    expect(typesOf('The ministers agreed on Monday to hold a new round of talks in Ankara next month.')).toEqual([
      'AGREE:asserted',
    ]);
    // Negative: a time before the infinitive is the trigger's own and still makes it a plan.
    expect(typesOf('The ministers meet in Oslo next month to discuss the border.')).toEqual(['CONSULT:future']);
  });
});

describe('actors', () => {
  it('reads "it" after a time as the pronoun subject pointing back to the speaker', () => {
    const withdraw = eventsOf('Turkey said on Friday it would not withdraw its troops from northern Iraq.');
    expect(withdraw.map((e) => e.actors)).toEqual([['Turkey']]);
    // Negative: a named subject of its own after the time.
    const other = eventsOf('Turkey said on Friday that Iraqi forces would withdraw from the border.');
    expect(other.flatMap((e) => e.actors)).not.toContain('Turkey');
  });
});
