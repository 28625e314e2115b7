// An acronym in capitals with a plural "s" ("MPs", "NGOs", "AMAs") names a kind of thing or person,
// or an event by its short name: never a people, a body, a person or a place. Round 28 (issue 13).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('plural acronyms', () => {
  it('are no entity', () => {
    const doc = analyzeText(
      'She performed at the AMAs on Sunday. The MPs voted against it. The VMAs were held in Newark.',
    );
    for (const name of ['AMAs', 'MPs', 'VMAs']) expect(byName(doc, name)).toBeUndefined();
    expect(byName(doc, 'Newark')?.type).toBe('GPE');
  });

  it('keeps acronyms ending in a capital S and nationalities in the plural', () => {
    const doc = analyzeText('CBS and the BBC reported that Democrats and Kenyans in the UAE welcomed the deal.');
    expect(byName(doc, 'CBS')?.type).toBe('ORG');
    expect(byName(doc, 'BBC')?.type).toBe('ORG');
    expect(byName(doc, 'Democrats')?.type).toBe('NORP');
    expect(byName(doc, 'Kenyans')?.type).toBe('NORP');
    expect(byName(doc, 'UAE')?.type).toBe('GPE');
  });
});
