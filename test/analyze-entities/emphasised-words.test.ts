// An English word written in capitals for emphasis inside an ordinary sentence is no organisation:
// its sentence, read with the word in lower case, uses it as a verb or a degree word. An acronym
// read as a noun stays. Invented sentences.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const names = (text: string) => analyzeText(text).entities.map((e) => `${e.name} (${e.type})`);

describe('a word in capitals for emphasis', () => {
  it('is no organisation as a verb', () => {
    expect(names('These phones WILL NOT WORK with older networks like Sprint and Verizon.')).not.toContain(
      'WORK (ORG)',
    );
  });

  it('is no organisation as a degree word before an adjective', () => {
    expect(
      names('By default your plan renews itself, but it is SUPER easy to go to your settings and turn it off.'),
    ).not.toContain('SUPER (ORG)');
  });

  it('leaves acronyms read as nouns', () => {
    const found = names('ICE agents detained him on Monday. NATO allies met in Brussels.');
    expect(found).toEqual(expect.arrayContaining(['ICE (ORG)', 'NATO (ORG)']));
  });
});
