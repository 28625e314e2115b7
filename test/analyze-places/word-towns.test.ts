// A small town whose name, as the article writes it, is an ordinary English word is what the
// capitalised word means only when the article names its region ("Earth", Texas, in
// context.test.ts). Written without its diacritics, "Štore" (Slovenia) is the word "Store".
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from '../analyze-entities/helpers.js';

describe('towns named by an ordinary word', () => {
  it('does not place a capitalised common noun at a foreign town spelled with diacritics', () => {
    const doc = analyzeText(
      'Every site needs an About page, a Contact page, and some kind of “commerce” page, like a Store or Services page.',
    );
    expect(byName(doc, 'Store')?.geo).toBeUndefined();
  });

  it('keeps the town written with its diacritics', () => {
    const doc = analyzeText('Visitors to Štore and Celje in Slovenia saw the steelworks.');
    expect(byName(doc, 'Štore')?.geo).toMatchObject({ country: 'SI' });
  });

  it('reads a name alone when its address holds only word towns', () => {
    // "Canada, Mexico" reads as an address of Cañada (Hidalgo), a word town once folded.
    const doc = analyzeText(
      'Mr. Castañeda said that together with Canada, Mexico should sue in every court under the provisions of Nafta.',
    );
    expect(byName(doc, 'Canada')?.geo?.country).toBe('CA');
  });
});
