// Nationality adjectives world-countries does not give ("Philippine" beside its "Filipino",
// "Nepali" beside "Nepalese"), taken from WordNet's pertainyms (models/demonyms.txt, written by
// scripts/build-demonyms.mjs) into the gazetteer's demonyms: a people (NORP) of its country.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { demonymCountry } from '../../src/analyze/resources/gazetteer.js';
import { eventOfType, recordFrom } from '../helpers/records.js';
import { analyzeText, byName, ensureGazetteer } from './helpers.js';

describe('demonyms from WordNet', () => {
  it('knows the adjectives and their countries', () => {
    ensureGazetteer();
    const countries = ['Philippine', 'Slovenian', 'Bosnian', 'Nepali', 'Icelandic', 'Ecuadorian', 'Lao'].map(
      demonymCountry,
    );
    expect(countries).toEqual(['PH', 'SI', 'BA', 'NP', 'IS', 'EC', 'LA']);
  });

  it("keeps world-countries' demonyms and a country's name that looks like a plural", () => {
    ensureGazetteer();
    expect(demonymCountry('Filipino')).toBe('PH');
    expect(demonymCountry('Philippines')).toBeUndefined();
    expect(demonymCountry('Laos')).toBeUndefined();
  });

  it('types "The Philippine government" as a people of the Philippines', () => {
    const doc = analyzeText('The Philippine government said on Monday it would send more troops.');
    expect(byName(doc, 'Philippine')?.type).toBe('NORP');
  });

  it('makes "the Philippine government" the actor of its event', () => {
    const r = recordFrom('The Philippine government on Monday condemned the attack on its coast guard vessel.', {
      published: '2023-05-10',
    });
    const actors = eventOfType(r, 'ACCUSE').actors.map((id) => r.entities.find((e) => e.id === id)?.name);
    expect(actors).toEqual(['Philippine']);
  });

  it('types other nationality adjectives as NORP', () => {
    const doc = analyzeText(
      'Police said the Nepali climber had died. The Icelandic president met Ecuadorian officials on Friday.',
    );
    expect(['Nepali', 'Icelandic', 'Ecuadorian'].map((n) => byName(doc, n)?.type)).toEqual(['NORP', 'NORP', 'NORP']);
  });

  it('leaves the country itself a place', () => {
    const doc = analyzeText('The Philippines said on Monday it would send troops to Manila.');
    expect(byName(doc, 'Philippines')?.type).toBe('GPE');
  });
});
