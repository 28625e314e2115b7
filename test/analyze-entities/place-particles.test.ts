// "Santa Cruz do Sul", "Mato Grosso do Sul": a place's name holding a Portuguese particle the name
// runs do not read as one ("do" is no name particle: in English it is a verb). Where the words
// with the particle are a place the gazetteer knows whole, the run goes on over it (runs.ts), so
// that the rules, which alone find places in a text in another language, read the town whole and
// do not place its first words elsewhere (Bolivia's Santa Cruz). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('a place name with a particle', () => {
  it('reads a Brazilian town whole in a Portuguese text', () => {
    const doc = analyzeText('A quinta etapa será em Santa Cruz do Sul no domingo, depois Londrina.', undefined, 'pt');
    const town = byName(doc, 'Santa Cruz do Sul');
    expect(town?.type).toBe('GPE');
    expect(town?.geo?.country).toBe('BR');
    expect(byName(doc, 'Santa Cruz')).toBeUndefined();
  });

  it('leaves a particle that makes no known place', () => {
    const doc = analyzeText('A corrida em Londrina do Norte foi adiada.', undefined, 'pt');
    expect(byName(doc, 'Londrina do Norte')).toBeUndefined();
  });
});
