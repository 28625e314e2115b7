// Events: false events of ordinary wording that dev8 and the earlier dev splits still showed
// (session 40, h342): what a rejection or an agreement takes as its object, the reason given
// for blame, praise or revenge ("for the killing"), and fighting named as the stretch of time
// before the news. Sentences written for the test, none from data/events.
import { describe, expect, it } from 'vitest';
import { recordFrom, eventsOfType } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
/** Triggers of the events of one type that are told as news (not background). */
const told = (text: string, type: string) =>
  eventsOfType(analysed(text), type)
    .filter((e) => !e.background)
    .map((e) => e.trigger.text);

describe('the object of a rejection or an agreement is part of it', () => {
  it('does not code what a veto or a rejection is aimed at as an event of its own', () => {
    expect(
      told('Austria will veto the next round of EU sanctions against Iran, its chancellor said.', 'SANCTION'),
    ).toEqual([]);
    expect(told('Ankara rejected the new package of EU sanctions on Tuesday.', 'SANCTION')).toEqual([]);
    expect(
      told('Austria will veto the next round of EU sanctions against Iran, its chancellor said.', 'REJECT'),
    ).toEqual(['veto']);
    // Paired negatives: sanctions in a clause of their own, or imposed, are news.
    expect(
      told('Austria will veto the proposal, and the EU imposed sanctions on Iran on Tuesday.', 'SANCTION'),
    ).toHaveLength(1);
    expect(told('The EU imposed a new package of sanctions on Iran on Tuesday.', 'SANCTION')).toHaveLength(1);
  });

  it('does not code what an agreement is to as a second event', () => {
    expect(told('Sudan and its rebels agreed to a truce and the release of prisoners on Monday.', 'CONCEDE')).toEqual(
      [],
    );
    expect(told('Sudan and its rebels agreed to a truce and the release of prisoners on Monday.', 'AGREE')).toEqual([
      'agreed',
    ]);
    // Paired negative: a release told in a clause of its own after the agreement is news.
    expect(
      told('Sudan and its rebels agreed to a truce on Monday after the army released 40 prisoners.', 'CONCEDE'),
    ).toEqual(['released']);
  });
});

describe('the reason given for blame, praise or revenge is part of that act', () => {
  it('does not code the act a threat of revenge answers', () => {
    expect(told('The militia vowed revenge on Friday for the killing of its commander in Baghdad.', 'ASSAULT')).toEqual(
      [],
    );
    // Paired negative: a killing told after the vow, in its own clause, is news.
    expect(
      told('The militia vowed revenge on Friday, and its fighters killed two soldiers in Baghdad.', 'ASSAULT'),
    ).toEqual(['killed']);
  });

  it('does not code what someone is blamed or praised for', () => {
    expect(
      told('Niger blamed France for arming the rebels who attacked its soldiers near Tillia on Sunday.', 'ASSAULT'),
    ).toEqual([]);
    expect(told('The African Union praised Kenya for its mediation between the two sides.', 'CONSULT')).toEqual([]);
    // Paired negatives: without the "for" of a reason, what follows is told as news.
    expect(
      told('Niger blamed France on Sunday, and rebels attacked its soldiers near Tillia on Monday.', 'ASSAULT'),
    ).toEqual(['attacked']);
    expect(told('Kenya held talks with both sides for the first time on Monday.', 'CONSULT')).toHaveLength(1);
  });
});

describe('fighting named as the stretch of time before the news is background', () => {
  it('reads "after three days of fighting" as the occasion, not an event', () => {
    expect(told('Rebels left the town on Sunday after three days of fighting, residents said.', 'ASSAULT')).toEqual([]);
    expect(told('Troops took the hill after a week of fighting with the rebels.', 'ASSAULT')).toEqual([]);
    // Paired negative: fighting that is the news itself stays.
    expect(told('Fighting raged for three days around the town, residents said.', 'ASSAULT')).toHaveLength(1);
  });
});

describe('a participle before its noun describes a state', () => {
  it('does not code "a jailed activist" or "the besieged city" as an act', () => {
    expect(told('The sister of a jailed Saudi blogger appealed to Canada on Monday to take him in.', 'COERCE')).toEqual(
      [],
    );
    expect(
      told('Aid trucks reached the besieged city of Taiz on Sunday for the first time in months.', 'ASSAULT'),
    ).toEqual([]);
    // Paired negatives: the same verbs as finite verbs or passives are acts.
    expect(told('Saudi Arabia jailed the blogger for ten years on Monday.', 'COERCE')).toEqual(['jailed']);
    expect(told('Houthi fighters besieged the city of Taiz on Sunday.', 'ASSAULT')).toEqual(['besieged']);
  });
});
