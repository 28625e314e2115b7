// "Columbia" after "Columbia University": a university the document names in full, then called by
// its first word alone, is that university, not the town or district the word also names
// (university-short-names.ts). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const typesOf = (text: string, word: string) =>
  analyzeText(text)
    .entities.filter((e) => e.name === word || e.aliases.includes(word))
    .map((e) => e.type);

describe('a university by its first word', () => {
  it('reads the word as the university the document names in full', () => {
    const text =
      'She studied law at Columbia University in the 1990s. Later Columbia hired her as a professor of history.';
    const doc = analyzeText(text);
    const at = text.indexOf('Later Columbia') + 'Later '.length;
    expect(doc.entities.find((e) => e.mentions.some(([s]) => s === at))?.type).toBe('ORG');
  });

  it("keeps the place nested in the university's name", () => {
    const doc = analyzeText(
      'Deborah Hasin, a professor of epidemiology at Columbia University, commented on the study.',
    );
    expect(doc.entities.filter((e) => e.name === 'Columbia').map((e) => e.type)).not.toContain('ORG');
  });

  it('keeps a place the document places by its region', () => {
    const types = typesOf(
      'He taught at Columbia College for a decade. The college moved to Columbia, Missouri, in 1851.',
      'Columbia',
    );
    expect(types).toContain('GPE');
  });

  it("keeps a state's or a big city's own name", () => {
    expect(typesOf('She teaches at Indiana University. Indiana passed the law on Monday.', 'Indiana')).toContain('GPE');
    expect(typesOf('He studied at Boston University. Boston voted for the plan.', 'Boston')).toContain('GPE');
  });
});
