// A name the tagger read whole as a place that is an institution "of" a place ("Federal Reserve
// Bank of New York"): an organisation, with the place after "of" as its place, not a place found
// at its first word (a town called Federal). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('institutions of a place', () => {
  it('types a bank of a city as an organisation and keeps the city', () => {
    const doc = analyzeText(
      '“The uncertainty is no doubt weighing on growth,” John Williams, the president of the Federal Reserve Bank of New York, said in a speech last week.',
    );
    const bank = byName(doc, 'Federal Reserve Bank of New York');
    expect(bank?.type).toBe('ORG');
    expect(bank?.geo).toBeUndefined();
    expect(byName(doc, 'New York')?.type).toBe('GPE');
  });

  it('leaves a place named with "of" a place', () => {
    const doc = analyzeText('Ships crossed the Strait of Hormuz, and the Republic of Korea protested.');
    expect(byName(doc, 'Republic of Korea')?.type).toBe('GPE');
  });
});
