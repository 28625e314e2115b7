// "the Obama administration": the leader's name is a person (OntoNotes), not the organisation.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('a leader before "administration"', () => {
  it('types the name PERSON', () => {
    const doc = analyzeText('Officials in the Obama administration disagreed about the plan.');
    expect(byName(doc, 'Obama')?.type).toBe('PERSON');
  });

  it('keeps an agency named with the word and a place before it', () => {
    const doc = analyzeText(
      'The Transportation Security Administration screened bags, and the Kabul administration closed roads.',
    );
    expect(byName(doc, 'Transportation Security Administration')?.type).toBe('ORG');
    expect(byName(doc, 'Kabul')?.type).toBe('GPE');
  });
});
