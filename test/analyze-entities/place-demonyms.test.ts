// "South Dakotans", "Delhiites", "Chicagoans": the people of a place, named by the place and a
// demonym ending, are a people (NORP) wherever the tagger or a guess put them (place-demonyms.ts).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('people named after their place', () => {
  it('types the people of a state as NORP', () => {
    const doc = analyzeText('In the coming weeks, South Dakotans will see the campaign on billboards and radio.');
    expect(byName(doc, 'South Dakotans')?.type).toBe('NORP');
  });

  it('types the people of a city as NORP', () => {
    const doc = analyzeText('The chief minister urged all Delhiites to wear masks whenever needed.');
    expect(byName(doc, 'Delhiites')?.type).toBe('NORP');
    const other = analyzeText('The mayor told Chicagoans to stay home during the storm.');
    expect(byName(other, 'Chicagoans')?.type).toBe('NORP');
  });

  it("keeps a city's people apart from its country's", () => {
    const doc = analyzeText(
      'The risk is worsening for Indians. The chief minister urged all Delhiites to wear masks whenever needed.',
    );
    expect(byName(doc, 'Delhiites')?.mentions).toHaveLength(1);
  });

  it('leaves a team whose plural only looks like a place', () => {
    const doc = analyzeText('The Seattle Mariners beat the Astros 5-2. The Mariners (40-30) host Texas next.');
    expect(byName(doc, 'Mariners')?.type).not.toBe('NORP');
  });
});
