// A name inside a short quotation in title case is (a word of) a work's title, no entity; a name a
// quoted title speaks of after a lower-case word keeps its type (quoted-titles.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('names inside quoted titles', () => {
  it('drops the songs, films and shows a text quotes by their titles', () => {
    const doc = analyzeText(
      'The band played “China Grove,” “Black Water” and others. Later the “Melvin and Howard” star ' +
        'woke up after surgery. Kimberly was expecting on a previous episode of “DWTS.” Ana Ruiz said so.',
    );
    expect(byName(doc, 'China Grove')).toBeUndefined();
    expect(byName(doc, 'Melvin')).toBeUndefined();
    expect(byName(doc, 'DWTS')).toBeUndefined();
    expect(byName(doc, 'Ana Ruiz')?.type).toBe('PERSON');
  });

  it('keeps a name a quoted title speaks of, and names in quoted speech', () => {
    const doc = analyzeText(
      'Norton would later add “Protector of Mexico” to his title. “I played in Madrid last year,” Rafael Nadal said.',
    );
    expect(byName(doc, 'Mexico')?.type).toBe('GPE');
    expect(byName(doc, 'Madrid')?.type).toBe('GPE');
  });
});
