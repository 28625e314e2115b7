// "one of his editors at Tor", "a trade professor at Cornell": a name after "at" and a noun for a
// kind of person (WordNet's noun.person, models/role-nouns.txt) is where that person works, an
// organisation, not a person and not a small town of its name (consistency.ts). Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('names of workplaces', () => {
  it('types a one-word publisher after "editors at" as an organisation', () => {
    const doc = analyzeText(
      '“Every book contained a puzzle,” said Beth Meacham, one of his editors at Tor. Tor published nine of his novels.',
    );
    expect(byName(doc, 'Tor')?.type).toBe('ORG');
  });

  it('types a university named like a small town after "professor at" as an organisation', () => {
    const doc = analyzeText(
      'Eswar Prasad, a trade professor at Cornell, said the president’s temperament made trade talks harder.',
    );
    expect(byName(doc, 'Cornell')?.type).toBe('ORG');
    expect(byName(doc, 'Cornell')?.geo).toBeUndefined();
  });

  it('reads a specialist WordNet does not list ("pulmonologist") as a person noun', () => {
    const doc = analyzeText('Jane Roe, a pulmonologist at Cornell, said the smoke was harmful for children.');
    expect(byName(doc, 'Cornell')?.type).toBe('ORG');
  });

  it('types a hospital building a doctor works at as the institution', () => {
    const doc = analyzeText('Owen Dempsey, a chest doctor at the Aberdeen Royal Infirmary, talked with the man.');
    expect(byName(doc, 'Aberdeen Royal Infirmary')?.type).toBe('ORG');
    const other = analyzeText('Owen Dempsey of the Aberdeen Royal Infirmary in the UK told the tale.');
    expect(byName(other, 'Aberdeen Royal Infirmary')?.type).toBe('ORG');
  });

  it('leaves a statehouse people surround a building', () => {
    const doc = analyzeText('Several thousand teachers surrounded the Indiana Statehouse on Tuesday.');
    expect(byName(doc, 'Indiana Statehouse')?.type).toBe('FAC');
  });

  it('leaves a city after "at" a place', () => {
    const doc = analyzeText('The reporters at Paris were told to wait. A spokesman at Washington declined to comment.');
    expect(byName(doc, 'Paris')?.type).toBe('GPE');
  });
});
