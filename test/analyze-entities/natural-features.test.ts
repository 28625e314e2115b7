// A mountain range, a river or a lake is a location (LOC), not a geo-political entity, whatever
// type the tagger gives the name (models/natural-features.txt, from WordNet). Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('natural features', () => {
  it('types a mountain range the tagger reads as a place LOC', () => {
    const doc = analyzeText('Snow fell across the northern Sierra Nevada on Tuesday, closing two passes.');
    expect(byName(doc, 'Sierra Nevada')?.type).toBe('LOC');
  });

  it('types a range the tagger reads as a person LOC', () => {
    const doc = analyzeText('Power was cut for towns in the wine country and Sierra Nevada foothills.');
    expect(byName(doc, 'Sierra Nevada')?.type).toBe('LOC');
  });

  it('keeps a name that is also a state or a town GPE', () => {
    const doc = analyzeText('Voters in Nevada went to the polls on Tuesday, and lines were long in Reno.');
    expect(byName(doc, 'Nevada')?.type).toBe('GPE');
  });
});
