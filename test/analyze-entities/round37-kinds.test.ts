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

describe('a name right after a post held in a body and "of" (bodies-of-posts.ts)', () => {
  it('is the body, an organisation', () => {
    const text = 'Tom Reyes, the chief executive of Brightmart Media, said sales doubled in May.';
    expect(typed(text)).toContain('Brightmart Media (ORG)');
  });

  it('leaves a person after "for", after a post held for a person, or opened by a given name', () => {
    expect(typed('A spokeswoman for Halvorsen declined to comment on the report on Monday.')).toContain(
      'Halvorsen (PERSON)',
    );
    expect(typed('The lawyer of Halvorsen declined to comment on the report on Monday.')).toContain(
      'Halvorsen (PERSON)',
    );
    expect(typed('Tom Reyes, the campaign director of John Harlow, declined to comment on Monday.')).toContain(
      'John Harlow (PERSON)',
    );
  });
});
