// A word that joins two capitalised words ("FromSoftware", "WeWork", "PlayStation") is a company's
// or a product's coinage, not a place the gazetteer does not know. Round 28 (issue 13).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('coined words after a locating preposition', () => {
  it('are no place', () => {
    const doc = analyzeText(
      'It’s not as elegant as you might find in FromSoftware’s work, which is what makes the map – available to you at any point – useful.',
    );
    expect(byName(doc, 'FromSoftware')?.type).not.toMatch(/^(GPE|LOC)$/);
  });

  it('keeps places written with an inner capital and unknown single-word places', () => {
    const doc = analyzeText(
      'The games were held in PyeongChang. He grew up in DeKalb and moved to McAllen, then to Gondra in 2010.',
    );
    expect(byName(doc, 'PyeongChang')?.type).toBe('GPE');
    expect(byName(doc, 'DeKalb')?.type).toBe('GPE');
    expect(byName(doc, 'McAllen')?.type).toBe('GPE');
  });
});
