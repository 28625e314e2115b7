// A town of under 100,000 known in one country only, in a story whose places lie mostly in another
// country the article names: written alone, its name is more likely something there (a theatre,
// a garden, a street) than the town abroad. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from '../analyze-entities/helpers.js';

describe('small towns abroad in a story about another country', () => {
  it('leaves a small foreign town unplaced when the story is set in another country', () => {
    // The gazetteer's only Yerba Buena is an Argentine town of 51,000; the story is American.
    const doc = analyzeText(
      'Cook spoke about the history of Yerba Buena near the convention hall in San Francisco. ' +
        'Later he flew to Chicago, where customers in the United States lined up.',
    );
    expect(byName(doc, 'Yerba Buena')?.geo).toBeUndefined();
    expect(byName(doc, 'San Francisco')?.geo).toMatchObject({ country: 'US' });
  });

  it('keeps the town when the article names its country or has no main country', () => {
    const argentina = analyzeText(
      'Cook spoke about the history of Yerba Buena near Tucumán in Argentina. ' +
        'Later he flew to Chicago, where customers in the United States lined up.',
    );
    expect(byName(argentina, 'Yerba Buena')?.geo).toMatchObject({ country: 'AR' });
    // One other place is no main country.
    const alone = analyzeText('Farmers from Yerba Buena sold lemons to buyers from Chicago.');
    expect(byName(alone, 'Yerba Buena')?.geo).toMatchObject({ country: 'AR' });
  });

  it('keeps a foreign city of 100,000 or more in a story set elsewhere', () => {
    // Amritsar (1.1 million) and Constanța (a regional seat of 300,000) need no other evidence.
    const doc = analyzeText(
      'Agents in Amritsar sent migrants to San Francisco and Chicago, officials in the United States said.',
    );
    expect(byName(doc, 'Amritsar')?.geo).toMatchObject({ country: 'IN' });
  });
});
