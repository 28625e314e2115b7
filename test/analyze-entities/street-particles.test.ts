// A street written with its street word first and a particle between the word and the name, as
// French, Spanish, Italian and Portuguese streets often are ("rue de Rivoli", "calle de Alcalá",
// "via del Corso"), is the street (a facility), with the street word and the particle in its span,
// even with no house number after it: the particle (libpostal's stopwords of the languages other
// than English, models/street-particles.txt) says the street word is no English word there.
// Sentences of my own.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const typed = (text: string) => analyzeText(text).entities.map((e) => `${e.name} (${e.type})`);

describe('street words with a particle before a name', () => {
  it('reads the street whole, not the place or person it is named after', () => {
    const paris = typed('The hotel we booked stands on the rue de Rivoli, a short walk from the river.');
    expect(paris).toContain('rue de Rivoli (FAC)');
    expect(paris).not.toContain('Rivoli (GPE)');
    expect(typed('Thousands marched along the calle de Alcalá on Sunday evening.')).toContain('calle de Alcalá (FAC)');
    expect(typed('A new bakery opened on the via del Corso last month.')).toContain('via del Corso (FAC)');
    expect(typed('Her office is on the avenida de la Constitución, opposite the bank.')).toContain(
      'avenida de la Constitución (FAC)',
    );
  });

  it('keeps places after an English word and an English stopword', () => {
    const found = typed('She flew to Lisbon via the Azores and then on to Madrid.');
    expect(found).toContain('Lisbon (GPE)');
    expect(found).toContain('Madrid (GPE)');
    expect(found.some((e) => e.startsWith('via'))).toBe(false);
  });
});
