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

  it('takes the state for a code the gazetteer also knows as a name when the town before it is in that state', () => {
    const doc = analyzeText('The band plays the Gorge in Seattle, WA on Sept. 5 and Portland, OR on Sept. 7.');
    expect(byName(doc, 'WA')?.geo).toMatchObject({ country: 'US', admin1: 'Washington' });
    expect(byName(doc, 'Seattle')?.geo).toMatchObject({ country: 'US', admin1: 'Washington' });
  });

  it("keeps the gazetteer's reading when the town before the code has no namesake in that state", () => {
    const doc = analyzeText('The company opened offices in Perth, WA and Brisbane, QLD last year.');
    expect(byName(doc, 'WA')?.geo?.country).not.toBe('US');
  });

  it("reads a code after a town as the region of the town's namesake whose name it abbreviates", () => {
    // "WA" is also a Ghanaian region's name in the gazetteer; after Perth it is Western Australia.
    const doc = analyzeText('The company opened offices in Perth, WA and Brisbane, QLD last year.');
    expect(byName(doc, 'WA')?.geo).toMatchObject({ country: 'AU', admin1: 'Western Australia' });
    expect(byName(doc, 'Perth')?.geo).toMatchObject({ country: 'AU', admin1: 'Western Australia' });
  });

  it('keeps a country code after a town the country', () => {
    const doc = analyzeText('He moved from Manchester, UK to Toronto last year.');
    expect(byName(doc, 'UK')?.geo?.country).toBe('GB');
  });

  it('places a code that ends a sentence, full stop and all', () => {
    const doc = analyzeText('The show runs Oct. 11–21, in Harrisburg, PA. The historic show features a Grand Prix.');
    expect(byName(doc, 'PA.')?.geo).toMatchObject({ country: 'US', admin1: 'Pennsylvania' });
  });

  it('finds a code the tagger passes over after a place, also one wink reads as a word ("CA")', () => {
    const doc = analyzeText(
      'Sept. 12 -- Shoreline Amphitheatre, Mountain View, CA\nSept. 18 -- The Forum, Inglewood, CA\nJuly 22 -- Blossom Music Center, Cuyahoga Falls, OH',
    );
    expect(byName(doc, 'CA')?.geo).toMatchObject({ country: 'US', admin1: 'California' });
    expect(byName(doc, 'OH')?.geo).toMatchObject({ country: 'US', admin1: 'Ohio' });
    expect(byName(doc, 'Mountain View')?.geo).toMatchObject({ country: 'US', admin1: 'California' });
  });

  it('reads no state out of two capitals elsewhere', () => {
    const doc = analyzeText('The new TX model ships in May, the company said.');
    expect(doc.entities.find((e) => e.name === 'TX')?.geo).toBeUndefined();
  });
});
