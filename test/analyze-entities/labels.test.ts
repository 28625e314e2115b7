// Labels are no names: an ordinal word alone ("Ninth appearance") and a tournament's lettered
// group ("Italy (Group J)") are none of the entity types.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const names = (text: string) => analyzeText(text).entities.map((e) => e.name);

describe('labels', () => {
  it('drops lettered groups and ordinal words in a list of teams', () => {
    const found = names(
      'Poland (Group E): Fourth appearance. Italy (Group J): Tenth appearance. Spain (Group F): Eleventh appearance.',
    );
    expect(found).toEqual(expect.arrayContaining(['Poland', 'Italy', 'Spain']));
    for (const label of ['Group E', 'Group J', 'Group F', 'Fourth', 'Tenth', 'Eleventh'])
      expect(found).not.toContain(label);
  });

  it('drops a group in running text and keeps a company whose name ends in Group', () => {
    const found = names('Brazil topped Group A, and shares of the Hanwha Group rose in Seoul.');
    expect(found).not.toContain('Group A');
    expect(found).toEqual(expect.arrayContaining(['Brazil', 'Hanwha Group']));
  });
});
