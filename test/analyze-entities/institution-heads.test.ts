// A name the tagger reads as a place that ends in a noun WordNet knows first as an institution or
// a building (models/institution-heads.txt) is the institution or the building.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName, ensureGazetteer } from './helpers.js';
import type { Mention } from '../../src/analyze/components/entities/classify.js';
import { institutionType } from '../../src/analyze/components/entities/institution-heads.js';

describe('institutions named like places', () => {
  it('types a hospital named after its town as no place', () => {
    const doc = analyzeText(
      'Owen Dempsey, a chest doctor at the Aberdeen Royal Infirmary, talked with the man over the phone.',
    );
    expect(['ORG', 'FAC']).toContain(byName(doc, 'Aberdeen Royal Infirmary')?.type);
    expect(byName(doc, 'Aberdeen Royal Infirmary')?.geo).toBeUndefined();
  });

  it('keeps the place an institution is named after as a place', () => {
    const doc = analyzeText(
      'Officers of the Nigeria Police arrested him. He visited the United States Embassy in Kabul.',
    );
    expect(byName(doc, 'Nigeria Police')?.type).toBe('ORG');
    expect(byName(doc, 'United States Embassy')?.type).toBe('ORG');
    expect(byName(doc, 'Nigeria')?.geo?.country).toBe('NG');
  });

  it('keeps a place whose whole name the gazetteer knows, whatever its last word', () => {
    ensureGazetteer();
    const name = (text: string): Mention => ({ type: null, text, span: [0, text.length], tok: [0, 2] });
    expect(institutionType(name('Falls Church'))).toBeUndefined();
    expect(institutionType(name('Mayo Clinic'))).toBe('ORG');
    expect(institutionType(name('Aberdeen Infirmary'))).toBe('FAC');
    // "union" is also the Union of the American Civil War: no head.
    expect(institutionType(name('Soviet Union'))).toBeUndefined();
  });
});
