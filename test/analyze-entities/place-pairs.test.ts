// Two places joined by a hyphen ("the US-China trade talks", "the Chicago-Denver route") are two
// places, not one the gazetteer cannot find; a legislator's party letter ("R-Ohio") is no part of
// the state's name. A name the gazetteer knows whole ("Guinea-Bissau") and a world region
// ("Asia-Pacific") stay whole.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

const names = (text: string) => analyzeText(text).entities.map((e) => `${e.name} (${e.type})`);

describe('places joined by a hyphen', () => {
  it('splits two countries into two places', () => {
    const doc = analyzeText(
      'Markets rose on hopes of a resolution of the US-China trade dispute, analysts said on Monday.',
    );
    expect(doc.entities.map((e) => e.name)).not.toContain('US-China');
    expect(byName(doc, 'China')?.geo?.country).toBe('CN');
    expect(byName(doc, 'US')?.type).toBe('GPE');
    expect(names('The India-Pakistan border stayed closed for a week.')).toEqual(
      expect.arrayContaining(['India (GPE)', 'Pakistan (GPE)']),
    );
  });

  it('splits two cities and two planets', () => {
    expect(names('Freight on the Chicago-Denver route doubled, said Karen Ulm, an analyst at Fitch.')).toEqual(
      expect.arrayContaining(['Chicago (GPE)', 'Denver (GPE)']),
    );
    expect(names('The Earth-Mars transfer takes seven months.')).toEqual(
      expect.arrayContaining(['Earth (LOC)', 'Mars (LOC)']),
    );
  });

  it('drops a party letter before a state', () => {
    const found = names('Rep. Mark Lewis (R-Ohio) said the bill was dead on arrival.');
    expect(found).toContain('Ohio (GPE)');
    expect(found).not.toContain('R-Ohio (GPE)');
  });

  it('keeps a country named with a hyphen whole', () => {
    const found = names('Guinea-Bissau held elections on Sunday, its electoral commission said.');
    expect(found).toContain('Guinea-Bissau (GPE)');
  });
});
