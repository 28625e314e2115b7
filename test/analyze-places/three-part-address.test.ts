// An address of three parts, "<town>, <region>, <country>", is an address, not a list: the
// country after the region does not make the three a list of places. Sentences written for
// these tests (GUM's Nida biography writes "Alpine, Arizona, USA").
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from '../analyze-entities/helpers.js';

describe('an address of town, region and country', () => {
  it('reads the region of a three-part address', () => {
    // The gazetteer's Alpine lies in California; Alpine, Arizona is too small for it.
    const doc = analyzeText('She lived in Alpine, Arizona, USA, and later in Madrid.');
    expect(byName(doc, 'Alpine')?.geo).toBeUndefined();
    const tx = analyzeText('He was born in Paris, Texas, USA, in 1950.');
    expect(byName(tx, 'Paris')?.geo).toMatchObject({ country: 'US', admin1: 'Texas' });
  });

  it('still reads a list of regions as a list', () => {
    // Three states in a row: "Arizona" is no address of "Nevada".
    const doc = analyzeText('Fires burned in Nevada, Arizona, USA officials said, and in Utah.');
    expect(byName(doc, 'Nevada')?.geo).toMatchObject({ country: 'US', admin1: 'Nevada' });
    // A country and a region after a town, not an address of it: the country holds no such region.
    const abroad = analyzeText('Flights left Lyon, Texas, France and Spain on Monday.');
    expect(byName(abroad, 'Texas')?.geo).toMatchObject({ country: 'US', admin1: 'Texas' });
  });
});
