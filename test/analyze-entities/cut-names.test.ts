// A name the tagger cut inside, after the place it starts with ("the [Hong Kong Stock] Exchange"):
// the place is kept alone, not the fragment (cut-names.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('names cut after their place', () => {
  it('keeps the place, not a fragment, of a longer name the tagger cut', () => {
    const doc = analyzeText(
      "Alibaba's listing ceremony is due to be held at the Hong Kong Stock Exchange next Tuesday. " +
        'Shares of the company rose on the news.',
    );
    expect(byName(doc, 'Hong Kong Stock')).toBeUndefined();
    expect(byName(doc, 'Hong Kong')?.type).toBe('GPE');
  });

  it('leaves a name the rules type whole and a place the tagger took whole', () => {
    const doc = analyzeText(
      'Officers of the Los Angeles Police Department arrested two men on Monday. ' +
        'The New York City Council voted on the plan.',
    );
    expect(byName(doc, 'Los Angeles Police Department')?.type).toBe('ORG');
    expect(byName(doc, 'New York City Council')?.type).toBe('ORG');
  });

  it('does not cut a place the gazetteer knows whole down to a word of it', () => {
    const doc = analyzeText(
      'Fans of the Oklahoma City Thunder filled the streets. Traders at the Hong Kong Mercantile desk agreed.',
    );
    expect(byName(doc, 'Oklahoma')).toBeUndefined();
    expect(byName(doc, 'Hong')).toBeUndefined();
  });

  it('keeps whole an organisation the tagger took up to its head, before a title and a person', () => {
    const doc = analyzeText(
      'Indiana State Teachers Association President Keith Gambill told a few thousand teachers to vote. ' +
        'Teachers marched on Tuesday.',
    );
    expect(byName(doc, 'Indiana State Teachers Association')?.type).toBe('ORG');
    expect(byName(doc, 'Indiana')).toBeUndefined();
  });
});
