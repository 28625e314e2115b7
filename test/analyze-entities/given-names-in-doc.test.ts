// A given name the tagger cut from a person and read as a place ("[Jordan] Munoz 8 saves"): where
// the same document names a person in full with that word first ("Jordan Spira"), the word and the
// capitalised name after it are a person (given-names-in-doc.ts). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('given names the document uses for people', () => {
  it('reads a place-named given name before a surname as the person', () => {
    const doc = analyzeText(
      'Jordan Spira scored twice for the home side. Cocoa (1-2): Jordan Munoz 8 saves. Rockledge (3-0): Megan Cook 4 saves.',
    );
    expect(byName(doc, 'Jordan Munoz')?.type).toBe('PERSON');
    expect(doc.entities.find((e) => e.name === 'Jordan' && e.type === 'GPE')).toBeUndefined();
  });

  it('leaves the country where no person of that name is in the document', () => {
    const doc = analyzeText('The minister flew to Israel and Jordan last week. Egypt and Jordan signed the treaty.');
    expect(byName(doc, 'Jordan')?.type).toBe('GPE');
  });

  it('leaves the country beside a person of its name when no name follows it', () => {
    const doc = analyzeText('Jordan Spira scored twice. The team then flew to Jordan for a friendly.');
    expect(byName(doc, 'Jordan Spira')?.type).toBe('PERSON');
    expect(doc.entities.find((e) => e.name === 'Jordan' && e.type === 'GPE')).toBeDefined();
  });
});
