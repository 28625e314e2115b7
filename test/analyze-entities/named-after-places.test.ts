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

describe('names read as places that end in a word naming no kind of place', () => {
  it('types an agency the tagger cut to its last words as no place', () => {
    const doc = analyzeText('Customs and Border Protection, part of Homeland Security, did not accept the offer.');
    const m = doc.entities.find((e) => e.name.endsWith('Border Protection'));
    expect(m?.type).not.toBe('GPE');
    expect(m?.geo).toBeUndefined();
  });

  it('types an edition of a product as no place', () => {
    const doc = analyzeText(
      'It comes with Pokemon Sword or Shield and a case. Save $21 if you want the Zacian and Zamazenta Edition. We have not seen any deal.',
    );
    const m = doc.entities.find((e) => e.name.endsWith('Zamazenta Edition'));
    expect(m?.type === 'GPE' || m?.type === 'LOC').toBe(false);
  });

  it('leaves places whose last word names a kind of place or is a place', () => {
    const doc = analyzeText(
      'Storms hit the Rust Belt and Central Europe. Flights to the Gaza Strip and Western Sahara were cut.',
    );
    for (const name of ['Rust Belt', 'Central Europe', 'Gaza Strip', 'Western Sahara'])
      expect(['GPE', 'LOC']).toContain(byName(doc, name)?.type);
  });
});
