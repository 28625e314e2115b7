// Islands, other named parts of a country's outline and lakes from Natural Earth's outlines
// (models/natural-features.tsv, scripts/build-natural-features.mjs): each has a point, and an
// island or part its country.
import { describe, expect, it } from 'vitest';
import { lookupPlaces } from '../../src/analyze/resources/gazetteer.js';
import { haversineKm } from '../../src/analyze/components/geocode/distance.js';
import { analyzeText, byName, ensureGazetteer } from '../analyze-entities/helpers.js';

const region = (name: string) => lookupPlaces(name).find((p) => p.kind === 'region');

describe('natural features', () => {
  it('places an island in its country', () => {
    const doc = analyzeText('Fighting on Mindanao displaced thousands of families, the army said on Monday.');
    const geo = byName(doc, 'Mindanao')?.geo;
    expect(geo?.country).toBe('PH');
    expect(haversineKm(geo!, { lat: 7.7, lon: 124.9 })).toBeLessThan(100);
  });

  it('gives a lake a point and no country', () => {
    ensureGazetteer();
    const lake = region('Lake Victoria');
    expect(lake?.cc).toBe('');
    expect(haversineKm(lake!, { lat: -1, lon: 33 })).toBeLessThan(100);
    expect(region('Aral Sea')).toBeDefined();
  });

  it('leaves out small parts, plain words and person names', () => {
    // "Northern Bight" of Andros is a named part but "North" of a Russian island is a word;
    // Greenland's Shannon Island is written "Shannon", a given name; Komodo is under 1,000 km².
    expect(region('North')).toBeUndefined();
    expect(region('Shannon')).toBeUndefined();
    expect(region('Komodo')).toBeUndefined();
  });
});
