// Place names hold no digits: the tagger took aircraft, chips, indexes and game titles with
// digits for places ("The A350 order", "Nikkei 225 (N225)", "NBA 2K20").
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

describe('names with digits', () => {
  it('makes no place of a model number or an index code', () => {
    const doc = analyzeText(
      "The A350 order had been revised in Dubai. Japan's Nikkei 225 (N225) declined 0.3%, and the M10 coprocessor sold well in Paris.",
    );
    const places = doc.entities.filter((e) => e.type === 'GPE' || e.type === 'LOC').map((e) => e.name);
    for (const code of ['A350', 'N225', 'M10']) expect(places).not.toContain(code);
    expect(places).toEqual(expect.arrayContaining(['Dubai', 'Japan', 'Paris']));
  });
});
