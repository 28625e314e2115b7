// Events: kinds of error that the dev10 split (data/events/passages-14.txt: ordinary wire copy)
// showed, on sentences written for the test, none from data/events.
import { describe, expect, it } from 'vitest';
import { recordFrom } from '../helpers/records.js';

const typesOf = (text: string) =>
  recordFrom(text, { published: '2023-05-10' }).events.map((e) => `${e.type}:${e.modality}`);

describe('kinds of error seen on dev10', () => {
  it('reads a warning that the warner would do harm (force, sanctions, protest) as a threat that holds that harm', () => {
    // The warner's own harmful act in the "that" clause, with or without an object and a time
    // between "warned" and "that", and with the condition it sets.
    const sanctions = typesOf(
      'The Group of Seven warned Iran on Thursday that they would impose new sanctions if it sent missiles to Russia.',
    );
    expect(sanctions).toContain('THREATEN:asserted');
    expect(sanctions).not.toContain('SANCTION:hypothetical');
    const march = typesOf('Rebels in Mali warned that they would attack the town of Gao unless the army pulled back.');
    expect(march).toContain('THREATEN:asserted');
    expect(march.filter((t) => t.startsWith('ASSAULT'))).toEqual([]);
    expect(
      typesOf('The teachers union in Lagos warned that it would hold protests in every state if wages were not paid.'),
    ).toContain('THREATEN:asserted');
    // Paired negatives: a warning of what others may do is a forecast (a noun subject in the
    // clause); a warning of the warner's own trouble names no harm to anyone.
    expect(
      typesOf('Analysts in Kyiv warned that Russian forces would attack the city of Kharkiv within weeks.'),
    ).not.toContain('THREATEN:asserted');
    expect(
      typesOf('The government of Kenya warned that it would run out of money unless parliament passed the budget.'),
    ).not.toContain('THREATEN:asserted');
  });
});
