// A tagged place's span grows to the whole name the gazetteer knows: the tagger cuts names at
// words it reads as titles or connectors.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('place spans', () => {
  it('takes the whole known name around a cut place name', () => {
    const doc = analyzeText(
      'Health officials in the Democratic Republic of the Congo reported new cases on Monday. ' +
        'Farmers on Prince Edward Island were told to keep cattle indoors. ' +
        'A shipment reached Port-au-Prince late on Tuesday, and another left at dawn.',
    );
    for (const name of ['Democratic Republic of the Congo', 'Prince Edward Island', 'Port-au-Prince'])
      expect(['GPE', 'LOC'], name).toContain(byName(doc, name)?.type);
  });

  it('finds a place written as one hyphenated word with a lower-case particle, which wink splits', () => {
    const doc = analyzeText(
      'A shipment reached Aix-en-Provence late on Tuesday. The team trained near Stratford-upon-Avon and Saint-Jean-de-Luz before the final.',
    );
    for (const name of ['Aix-en-Provence', 'Stratford-upon-Avon', 'Saint-Jean-de-Luz'])
      expect(byName(doc, name)?.type, name).toBe('GPE');
    expect(byName(doc, 'Aix-en-Provence')?.geo?.country).toBe('FR');
  });

  it('takes a name that ends in an elided particle ("Côte d\'Ivoire"), also where the tagger read its start as a person', () => {
    const doc = analyzeText(
      "Officials in Côte d'Ivoire confirmed the outbreak on Monday. " +
        "Cases were reported in Burkina Faso, Cote d'Ivoire, Guinea and Mali.",
    );
    for (const name of ["Côte d'Ivoire", "Cote d'Ivoire"]) expect(byName(doc, name)?.type, name).toBe('GPE');
    expect(byName(doc, 'Côte')).toBeUndefined();
    expect(byName(doc, 'Cote')).toBeUndefined();
  });

  it('does not take a sentence-opening "The" into the name', () => {
    const doc = analyzeText('The U.S. said it would send help. Officials in Ottawa agreed.');
    expect(byName(doc, 'The U.S.')).toBeUndefined();
    expect(byName(doc, 'U.S.')?.type).toBe('GPE');
  });
});
