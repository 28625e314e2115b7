// A name that names a country after "North" and another after "South" ("North Korea", "South
// Korea": both countries in the gazetteer) is the land of both, a place, whatever the tagger typed
// it ("the food of Korea" read as an organisation). Sentences of my own.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const typed = (text: string) => analyzeText(text).entities.map((e) => `${e.name} (${e.type})`);

describe('the land of two countries named after compass points', () => {
  it('reads Korea as a place', () => {
    expect(typed('He loves the food of Korea and its music.')).toContain('Korea (GPE)');
  });

  it('keeps the countries themselves', () => {
    const found = typed('Talks between North Korea and South Korea resumed on Friday.');
    expect(found).toContain('North Korea (GPE)');
    expect(found).toContain('South Korea (GPE)');
  });
});
