// A street named after a person or a town, written with its street word first as Italian, French,
// Spanish and Portuguese addresses are ("corso Monforte, 15, Milan", "rue Victor Hugo, 8"), is a
// street (a facility), not the person or the town. Street words: libpostal's street-type
// dictionaries (models/street-types.txt). One that is also an English word ("via", "rue",
// "place") counts only before a house number ("via Tortona 31"): "reached Mexico via Moscow"
// keeps Moscow. Sentences of my own.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const typed = (text: string) => analyzeText(text).entities.map((e) => `${e.name} (${e.type})`);

describe('street words before a name', () => {
  it('reads a street named after a person as a street, not the person', () => {
    expect(typed('The studio is at corso Vittorio Emanuele, 24, Turin.')).toEqual([
      'corso Vittorio Emanuele (FAC)',
      'Turin (GPE)',
    ]);
    expect(typed('Find us at calle Lope de Vega, 3, Madrid.')).toEqual(['calle Lope de Vega (FAC)', 'Madrid (GPE)']);
  });

  it('takes a street word that is also English before a house number', () => {
    expect(typed('The boutique, at rue Victor Hugo, 8, Lyon, opens at noon.')).toEqual([
      'rue Victor Hugo (FAC)',
      'Lyon (GPE)',
    ]);
    expect(typed('Tickets are sold at via Alessandro Manzoni, 12, Milan, until Friday.')).toContain(
      'via Alessandro Manzoni (FAC)',
    );
    expect(typed('The gallery opened a second space at via Tortona 31, Milan, last spring, its owner said.')).toContain(
      'via Tortona (FAC)',
    );
  });

  it('reads a street named after a region as a street, not the place', () => {
    expect(typed('The new store at avenida Paulista 1578 in Sao Paulo opened on Monday.')).toContain(
      'avenida Paulista (FAC)',
    );
  });

  it('keeps places and outlets after "via" with no house number', () => {
    const found = typed(
      'He reached Mexico via Moscow and Paris. Richardson, via USA Today, said that Rudolph should not complain.',
    );
    expect(found).toContain('Moscow (GPE)');
    expect(found).toContain('USA Today (ORG)');
  });

  it('keeps a score after a name joined by "and"', () => {
    expect(typed('Spain and Russia 2-1 was the score in Madrid.')).not.toContain('and Russia (FAC)');
  });
});

describe('numbers after a name that are no house number', () => {
  it('keeps people counted after "for"', () => {
    const found = typed(
      'Both will serve a suspension now (2 for Larry Ogunjobi, 3 for Myles Garrett). Ogunjobi and Garrett have been playing well.',
    );
    expect(found).toContain('Larry Ogunjobi (PERSON)');
    expect(found).toContain('Myles Garrett (PERSON)');
  });
});
