// A place the tagger kept alone at the start of a longer capitalised name: the name is read whole
// when its last word names an institution, a building or no kind of place (place-led-names.ts).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('names that open with a place', () => {
  it('reads a company named after a town whole, not as the town', () => {
    const doc = analyzeText(
      'The agency also chose two smaller firms, Ceres Robotics and Tyvak Nano-Satellite Systems Inc, for deliveries.',
    );
    expect(byName(doc, 'Ceres Robotics')?.type).toBe('ORG');
    expect(byName(doc, 'Ceres')).toBeUndefined();
  });

  it('leaves a place followed by a word that is no part of a name', () => {
    const doc = analyzeText('He flew to Paris on Tuesday, and she stayed in Ceres, California.');
    expect(byName(doc, 'Paris')?.type).toBe('GPE');
    expect(byName(doc, 'Ceres')?.type).toBe('GPE');
  });
});
