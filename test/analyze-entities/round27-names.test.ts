// Entities round 27 (issue 13): names typed as the wrong kind or given a second, pointless place.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const entitiesOf = (text: string) => analyzeText(text).entities.map((e) => `${e.type} ${e.name}`);

describe("a country whose people's word is its own name", () => {
  it('is the country (GPE), not a people (NORP)', () => {
    const found = entitiesOf('Norway beat Gibraltar 5-1 on Sunday and Djibouti lost at home.');
    expect(found).toContain('GPE Gibraltar');
    expect(found).toContain('GPE Djibouti');
    expect(found.some((e) => e.startsWith('NORP'))).toBe(false);
  });

  it('keeps a demonym that is no country name a people', () => {
    expect(entitiesOf('The Gibraltar port was busy with Greek ships.')).toContain('NORP Greek');
  });

  it("keeps a people's word that is only another spelling of its country a people", () => {
    // The gazetteer holds "Thai" and "Togolese" among the countries' alternate names.
    const found = entitiesOf('Thai officials met Togolese ministers in Bangkok on Monday.');
    expect(found).toContain('NORP Thai');
    expect(found).toContain('NORP Togolese');
  });
});
