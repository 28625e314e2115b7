// The words around a place's name settle which namesake is meant (places/context.ts), and a
// qualified name is looked up whole before its compass word is taken off. Sentences written for
// these tests; each failed on the geocoder before the change that made it pass.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from '../analyze-entities/helpers.js';

describe('addresses, region words and lists', () => {
  it('reads the place after an address comma as the town’s region', () => {
    const doc = analyzeText(
      'The girl was taken to a hospital in Buffalo, New York, on Monday. A driver was stopped in London, Ontario, the next day.',
    );
    expect(byName(doc, 'New York')?.geo).toMatchObject({ country: 'US', admin1: 'New York' });
    expect(byName(doc, 'New York')?.geo?.lat).toBeGreaterThan(41.5);
    expect(byName(doc, 'London')?.geo).toMatchObject({ country: 'CA', admin1: 'Ontario' });
    expect(byName(doc, 'Ontario')?.geo).toMatchObject({ country: 'CA' });
  });

  it('reads "Washington state" and "the state of Washington" as the state', () => {
    for (const text of [
      'The cow came from a Washington state farm, officials said on Tuesday.',
      'The cow was found on a farm in the state of Washington last December.',
    ]) {
      const geo = byName(analyzeText(text), 'Washington')?.geo;
      expect(geo, text).toMatchObject({ country: 'US', admin1: 'Washington' });
      expect(geo?.lon, text).toBeLessThan(-115);
    }
  });

  it('gives a name listed among states the kind of its neighbours', () => {
    const doc = analyzeText('Cases were reported in Oregon, Tennessee, Utah, Washington and Wisconsin this week.');
    expect(byName(doc, 'Washington')?.geo).toMatchObject({ country: 'US', admin1: 'Washington' });
  });
});

describe('qualified names', () => {
  it('looks up "Northern Ireland" whole, and reads "south Sudan" as a part of Sudan', () => {
    const doc = analyzeText(
      'The minister in Northern Ireland spoke on Friday. Aid reached camps in south Sudan and Darfur a week later.',
    );
    expect(byName(doc, 'Northern Ireland')?.geo).toMatchObject({ country: 'GB' });
    expect(byName(doc, 'Sudan')?.geo).toMatchObject({ country: 'SD' });
  });

  it('completes "Republic of China" with the "People’s" before it', () => {
    const doc = analyzeText("Officials of the People's Republic of China confirmed the case on Monday.");
    const china = doc.entities.find((e) => e.geo?.country === 'CN' || e.geo?.country === 'TW');
    expect(china?.geo?.country).toBe('CN');
  });
});
