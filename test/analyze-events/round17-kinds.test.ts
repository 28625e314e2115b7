// Events: kinds of error from events audit round 17 on real pages (docs/audits/events-zyte-round17.md),
// on sentences written for the test, none from data/events or the audited pages.
import { describe, expect, it } from 'vitest';
import { recordFrom, eventOfType } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const actorNames = (text: string, type: string) => {
  const r = analysed(text);
  return eventOfType(r, type).actors.map((id) => r.entities.find((e) => e.id === id)?.name);
};

describe('events audit round 17', () => {
  it('reads an act after a negative implicative verb ("neglected to send") as not done', () => {
    expect(eventOfType(analysed('The government neglected to send food aid to the region.'), 'AID').modality).toBe(
      'negated',
    );
    expect(eventOfType(analysed('The ministry forgot to send the aid to the flooded villages.'), 'AID').modality).toBe(
      'negated',
    );
    // Without "to" the verb is no implicative frame.
    expect(eventOfType(analysed('The ministry sent the aid to the flooded villages.'), 'AID').modality).toBe(
      'asserted',
    );
  });

  it('reads an act set apart from the options a sentence weighs as possible, not done', () => {
    const r = analysed('Other than agreeing to surrender, the rebels have no real option left.');
    expect(eventOfType(r, 'RETREAT').modality).toBe('possible');
    // With no options weighed, an act told beside another is done.
    expect(
      eventOfType(analysed('Apart from shelling the town, the army attacked two villages.'), 'ASSAULT').modality,
    ).toBe('asserted');
  });

  it('reads the infinitive after the object of a verb of training as its aim', () => {
    expect(
      eventOfType(analysed('The army has been training local militias to fight against the insurgents.'), 'ASSAULT')
        .modality,
    ).toBe('future');
    expect(
      eventOfType(
        analysed(
          'Advisers have been training the border units known as the Desert Guard, or DG, to fight against smugglers.',
        ),
        'ASSAULT',
      ).modality,
    ).toBe('future');
    expect(eventOfType(analysed('Rebels fought against the army near Aleppo on Monday.'), 'ASSAULT').modality).toBe(
      'asserted',
    );
  });

  it('does not take a name that modifies a war noun as the doer of what the war does', () => {
    expect(actorNames('The Syrian war has killed hundreds of thousands of people.', 'ASSAULT')).toEqual([]);
    // A possessor wages its war; a name before forces leads them.
    expect(actorNames("Russia's war has killed thousands of civilians in Ukraine.", 'ASSAULT')).toEqual(['Russia']);
    expect(actorNames('Afghan forces attacked a Taliban base on Monday.', 'ASSAULT')).toEqual(['Afghan']);
  });

  it('does not take the possessor of an alleged thing as the one who alleges', () => {
    // Since session 31 an attributive "alleged" is no accusation at all (round21-kinds.test.ts).
    expect(
      analysed("He was questioned about Moreno's alleged smuggling ring on Monday.").events.map((e) => e.type),
    ).not.toContain('ACCUSE');
  });

  it('does not point "they" back to the addressee of a letter', () => {
    expect(
      actorNames(
        'In a letter to Mark Rivas, who was the acting head of the Interior Ministry, and Ana Soto, the Red Cross chief, said they would provide 100 tents.',
        'AID',
      ),
    ).toEqual([]);
  });

  it('takes no mobilisation from traffic police sent out', () => {
    expect(
      analysed('Some 200 teams of traffic police were deployed to enforce the rules.').events.map((e) => e.type),
    ).not.toContain('MOBILIZE');
    expect(eventOfType(analysed('Riot police were deployed to the square on Monday.'), 'MOBILIZE').trigger.text).toBe(
      'deployed',
    );
  });

  it('reads an attack among the topics of talk as criticism', () => {
    const r = analysed('The party has talked of nothing else but attacking the governor for months.');
    expect(r.events.map((e) => e.type)).not.toContain('ASSAULT');
    expect(eventOfType(r, 'ACCUSE').trigger.text).toBe('attacking');
    expect(
      eventOfType(analysed('Militants talked of peace, then attacked the base on Monday.'), 'ASSAULT').trigger.text,
    ).toBe('attacked');
  });
});
