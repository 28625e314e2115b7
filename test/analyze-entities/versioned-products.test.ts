// A product's, index's or event's name with its version number (versioned-products.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const names = (doc: ReturnType<typeof analyzeText>) => doc.entities.map((e) => e.name);

describe('a name before a version number', () => {
  it('is no organisation', () => {
    expect(names(analyzeText('The pan-European STOXX 600 index lost 0.12% on Monday.'))).not.toContain('STOXX');
    expect(
      names(analyzeText('Thunderbolt docks cost more, and USB 3.2 type C ones can be had for cheaper than that.')),
    ).not.toContain('USB');
  });

  it('keeps an organisation before a count', () => {
    const doc = analyzeText('Regulators in Brussels gave Google 30 days to reply.');
    expect(names(doc)).toContain('Google');
  });
});
