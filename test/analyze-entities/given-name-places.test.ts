// A person whose given name is also a country's or a region's name ("Chad Wolf"): the tagger reads
// the whole name, and the rules' country must not split it.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('given names that name countries', () => {
  it('keeps a person whose given name is a country whole', () => {
    const doc = analyzeText('McAleenan resigned and Chad Wolf has been named the new acting secretary.');
    expect(byName(doc, 'Chad Wolf')?.type).toBe('PERSON');
    expect(byName(doc, 'Chad')).toBeUndefined();
  });

  it('keeps a person whose given name is a US state whole', () => {
    const doc = analyzeText('Georgia Smith said the vote was close.');
    expect(byName(doc, 'Georgia Smith')?.type).toBe('PERSON');
  });

  it('leaves a place whose first word is a given name a place', () => {
    const doc = analyzeText('She moved to Virginia Beach last year.');
    expect(byName(doc, 'Virginia Beach')?.type).toBe('GPE');
  });

  it('leaves the countries of a list places', () => {
    const doc = analyzeText('The minister flew to Israel and Jordan last week.');
    expect(byName(doc, 'Jordan')?.type).toBe('GPE');
    expect(byName(doc, 'Israel')?.type).toBe('GPE');
  });
});
