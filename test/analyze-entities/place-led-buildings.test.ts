// A building named after its place that the tagger kept as the place alone ("[Indiana]
// Statehouse"): read whole (place-led-names.ts), it is a facility when its head is a building's
// (WordNet, models/institution-heads.txt). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('buildings that open with a place', () => {
  it('types a statehouse named after its state as a facility', () => {
    const doc = analyzeText(
      'Indianapolis – Several thousand teachers wearing red surrounded the Indiana Statehouse on Tuesday to call for better pay.',
    );
    expect(byName(doc, 'Indiana Statehouse')?.type).toBe('FAC');
    expect(byName(doc, 'Indiana')?.type).toBe('GPE');
  });
});
