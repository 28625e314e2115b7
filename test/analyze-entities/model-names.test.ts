// A capitalised run right before a model token that mixes letters and digits ("NBA 2K20", "Apple
// A10 Fusion") is the start of a product's name, not an organisation, a person or a place.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const names = (text: string) => analyzeText(text).entities.map((e) => e.name);

describe('a name before a model token', () => {
  it('is part of a product name', () => {
    const found = names(
      'The launch lineup includes Metro Exodus, Mortal Kombat 11, NBA 2K20, Rage 2 and Samurai Shodown. The phone runs on a Bionic A12 chip.',
    );
    expect(found).not.toContain('NBA');
    expect(found).not.toContain('Bionic');
  });

  it('keeps a company before a network generation or a resolution', () => {
    const found = names('Verizon said on Monday that Verizon 5G service now reaches Chicago and Denver.');
    expect(found).toContain('Verizon');
  });

  it('keeps a country that owns the model', () => {
    const found = names('The US F35 jets flew over Poland on Monday, while the batteries stayed in Syria.');
    expect(found).toContain('US');
  });
});
