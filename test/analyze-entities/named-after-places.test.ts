// A name the tagger read as a place that is named after one: a town, then a word of the dictionary
// that ends no place's name (named-after-places.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('a name that starts with a place and ends in a word no place name ends in', () => {
  it('is an organisation, not the town ("the Sacramento Bee", "Kansas City Star")', () => {
    const doc = analyzeText(
      'McClatchy, a chain of 30 newspapers including the Sacramento Bee, Miami Herald and Kansas City Star, may be another canary.',
    );
    expect(byName(doc, 'Sacramento Bee')?.type).toBe('ORG');
    expect(byName(doc, 'Sacramento Bee')?.geo).toBeUndefined();
    expect(byName(doc, 'Kansas City Star')?.type).toBe('ORG');
  });

  it('stays a place where its last word may end a place name ("Bay Area", "Valley")', () => {
    const doc = analyzeText('Rents rose across the San Francisco Bay Area and in the Ohio Valley last year.');
    expect(byName(doc, 'San Francisco Bay Area')?.type).toBe('LOC');
    expect(byName(doc, 'Ohio Valley')?.type).toBe('LOC');
  });
});
