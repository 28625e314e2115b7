// A lone town after a place preposition ("at Kant", "in Cullen") is a place, not a person: the
// tagger, trained on GUM where such words are mostly surnames, reads them as people; the
// document decides instead (tagged.ts, decide.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('towns after place prepositions', () => {
  it('types a small town after "at", "in", "near" as a place with a point', () => {
    const doc = analyzeText(
      'Soldiers were posted at Kant near the border, officials said. ' +
        'Aid workers sheltered in Cullen after the floods. ' +
        'Trucks were parked near Morris on Friday.',
    );
    for (const name of ['Kant', 'Cullen', 'Morris']) {
      const e = byName(doc, name);
      expect(e?.type, name).toBe('GPE');
      expect(e?.geo?.lat, name).toEqual(expect.any(Number));
    }
    expect(byName(doc, 'Kant')?.geo?.country).toBe('KG');
  });

  it('keeps a person named in full elsewhere, and a possessive, a person', () => {
    const named = analyzeText('Immanuel Kant wrote about duty. Much of the argument in Kant turns on it.');
    expect(byName(named, 'Kant')?.type).toBe('PERSON');
    const possessive = analyzeText("In Kant's view, duty comes first, and in Cullen's reply it comes second.");
    expect(byName(possessive, 'Kant')?.type).toBe('PERSON');
    expect(byName(possessive, 'Cullen')?.type).not.toBe('GPE');
  });
});
