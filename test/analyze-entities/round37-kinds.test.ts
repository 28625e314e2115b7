// Entities audit round 37 (issue 13): kinds judged wrong in the draw, on sentences of my own, each
// with a paired sentence where the rule must not fire.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const typed = (text: string) => analyzeText(text, undefined, 'en').entities.map((e) => `${e.name} (${e.type})`);
const names = (text: string) => typed(text).map((e) => e.slice(0, e.lastIndexOf(' (')));

describe('a name written right after a size in inches (sized-products.ts)', () => {
  it('is a device, none of the types, in every mention of the name', () => {
    const text =
      'Reviewers praised the 15-inch Pixelbook for its battery. Shops across the Pixelbook range cut prices.';
    expect(names(text)).not.toContain('Pixelbook');
    const model =
      'The 13-Inch Pixelbook Pro would struggle with video work. Shops across the Pixelbook range cut prices.';
    expect(names(model)).not.toContain('Pixelbook');
  });

  it('keeps the maker before a common noun or before the device’s own name', () => {
    const maker = 'Shoppers lined up for a 55-inch Samsung television on Friday, and Samsung said more would come.';
    expect(typed(maker)).toContain('Samsung (ORG)');
    const own = 'Shoppers lined up for the 15-inch Samsung Pixelbook on Friday, and Samsung said more would come.';
    expect(typed(own)).toContain('Samsung (ORG)');
  });
});
