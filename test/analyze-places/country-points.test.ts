// A country's point is the centroid of its mainland with the major parts near it; an archipelago
// with no mainland (no part holding half its land) counts all its major islands
// (scripts/gazetteer-centres.mjs).
import { describe, expect, it } from 'vitest';
import { lookupPlaces } from '../../src/analyze/resources/gazetteer.js';
import { ensureGazetteer } from '../analyze-entities/helpers.js';

const country = (name: string) => lookupPlaces(name).find((p) => p.kind === 'country');

describe('country points', () => {
  it("counts New Guinea in Indonesia's point", () => {
    ensureGazetteer();
    // Borneo, Sumatra and Java alone put it near 110°E, west of the archipelago's middle.
    expect(country('Indonesia')?.lon).toBeGreaterThan(115);
    expect(country('Indonesia')?.lon).toBeLessThan(121);
  });

  it('still leaves overseas parts out of a country with a mainland', () => {
    // Alaska and Hawaii would pull the US point north-west; French Guiana France's south-west.
    expect(country('United States')?.lon).toBeGreaterThan(-100);
    expect(country('France')?.lat).toBeGreaterThan(45);
  });
});
