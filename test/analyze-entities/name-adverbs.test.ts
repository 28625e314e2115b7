// An adverb capitalised before a name ("(Formerly Qwest Arena)") is no part of the name: WordNet's
// adverbs in -ly that are nothing else (models/name-adverbs.txt). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('adverbs before names', () => {
  it('takes "Formerly" off a venue named in brackets', () => {
    const doc = analyzeText('Fans filled Lumen Arena (Formerly Qwest Arena) in Seattle on Sunday night.');
    expect(byName(doc, 'Qwest Arena')?.type).toBe('FAC');
    expect(byName(doc, 'Formerly Qwest Arena')).toBeUndefined();
  });

  it('keeps a name whose first word is also an adjective', () => {
    const doc = analyzeText('Students at Holy Cross College marched on Friday.');
    expect(byName(doc, 'Holy Cross College')).toBeDefined();
  });
});
