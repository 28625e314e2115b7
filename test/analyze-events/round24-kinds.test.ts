// Events: kinds taken up in session 34 (issue 15, round 24: items rounds 23 left open, and recall
// from PLOVER's mode tables), on sentences written for the test, none from data/events or the
// audited pages.
import { describe, expect, it } from 'vitest';
import { recordFrom } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const types = (text: string) => analysed(text).events.map((e) => e.type);

describe('session 34 kinds', () => {
  it('reads "the shelling" after "shelled" in the same sentence as the same act', () => {
    expect(types('Troops shelled the town; the shelling killed five people.')).toEqual(['ASSAULT']);
    expect(types('Rebels bombed the depot, and the bombing left two guards dead.')).toEqual(['ASSAULT']);
    // Two acts of one type, each told by a verb, stay two.
    expect(types('Rebels bombed the depot, and the army shelled their camp.')).toEqual(['ASSAULT', 'ASSAULT']);
  });

  it('finds "fault" as a verb of blame (WordNet blame.v.1), not the noun', () => {
    expect(types('Amnesty International faulted the Iranian authorities for the crackdown.')).toContain('ACCUSE');
    expect(types('The minister faulted Kyiv for the delay in the talks.')).toContain('ACCUSE');
    // The noun stays out, as before: a fault is no accusation.
    expect(types('The ministry said the fault lay with an old cable in Kyiv.')).not.toContain('ACCUSE');
  });

  it('reads the subject before "being" and a participle as the one who undergoes the act', () => {
    const actors = (text: string) => {
      const r = analysed(text);
      return r.events.map((e) => e.actors.map((id) => r.entities.find((x) => x.id === id)?.name));
    };
    expect(actors('Julian Assange has long feared being extradited to the United States.')).toEqual([[]]);
    expect(actors('Ali Khan said he risked being arrested by the police in Lahore.')[0]).not.toContain('Ali Khan');
    // An active verb keeps its subject as the doer.
    expect(actors('Britain extradited Julian Assange to the United States.')).toEqual([['Britain']]);
  });
});
