// A US state's two-letter postal code after a town and a comma is the state ("Irving, TX"); the
// codes are no gazetteer names, being words ("IN", "OR", "ME"), so only an address reads them.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from '../analyze-entities/helpers.js';

describe('US postal codes in addresses', () => {
  it('places the state after a town and a comma', () => {
    const doc = analyzeText(
      'The tour stops at the Toyota Music Factory in Irving, TX on October 9, then plays Raleigh, NC and Gladstone, NJ in June.',
    );
    expect(byName(doc, 'TX')?.geo).toMatchObject({ country: 'US', admin1: 'Texas' });
    expect(byName(doc, 'NC')?.geo).toMatchObject({ country: 'US', admin1: 'North Carolina' });
    expect(byName(doc, 'Irving')?.geo).toMatchObject({ country: 'US', admin1: 'Texas' });
  });

  it('reads no state out of two capitals elsewhere', () => {
    const doc = analyzeText('The new TX model ships in May, the company said.');
    expect(doc.entities.find((e) => e.name === 'TX')?.geo).toBeUndefined();
  });
});
