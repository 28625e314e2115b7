// A county, a province or an oblast is a political division: GPE in OntoNotes (its guidelines
// list "countries, cities, states", counties and provinces among geo-political entities), not a
// natural region (LOC). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('counties and provinces', () => {
  it('types a county named with its generic word GPE and places it', () => {
    const doc = analyzeText(
      'Wildfires burned in Orange County on Monday, and deputies in Crawford County arrested two men.',
    );
    const orange = byName(doc, 'Orange County');
    expect(orange?.type).toBe('GPE');
    expect(orange?.geo).toMatchObject({ country: 'US', admin1: 'California' });
    expect(byName(doc, 'Crawford County')?.type).toBe('GPE');
  });

  it('types an oblast GPE', () => {
    const doc = analyzeText('Troops moved on Sunday. Shelling hit Donetsk Oblast a day later.');
    expect(byName(doc, 'Donetsk Oblast')?.type).toBe('GPE');
  });

  it('keeps natural regions LOC', () => {
    const doc = analyzeText('Boats crossed the Red Sea, and farmers in the Rift Valley waited for rain.');
    expect(byName(doc, 'Red Sea')?.type).toBe('LOC');
    expect(byName(doc, 'Rift Valley')?.type).toBe('LOC');
  });
});
