// A one-word name opening a sentence before a plural verb ("Chelsea have paid") is a group, not a
// person (plural-subjects.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('names before a plural verb', () => {
  it('types a club that opens a sentence with "have" as an organisation in every mention', () => {
    const doc = analyzeText(
      'Chelsea have this morning paid the fee to the Spanish league. The deal is expected later today, ' +
        'and Chelsea hope to announce it.',
    );
    expect(byName(doc, 'Chelsea')?.type).toBe('ORG');
  });

  it('leaves a person a plural verb follows inside the sentence', () => {
    const doc = analyzeText(
      'Star Wars heroes like Obi-Wan are briefly shown. Obi-Wan trained Anakin Skywalker, Anakin Skywalker said.',
    );
    expect(byName(doc, 'Obi-Wan')?.type).not.toBe('ORG');
  });
});
