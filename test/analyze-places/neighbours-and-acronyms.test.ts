// Whole-article evidence for a namesake, and a country's capitals heading a longer name
// (issue 13, h386). Sentences written for these tests; each failed on the geocoder before the
// change that made it pass.
import { describe, expect, it } from 'vitest';
import { countryAcronym } from '../../src/analyze/components/geocode/resolve.js';
import { analyzeText, byName } from '../analyze-entities/helpers.js';

describe('a town beside a county the article names', () => {
  it('takes the namesake lying in that county', () => {
    // Austin, Indiana (4,300 people) lies in Scott County; Austin, Texas is the state capital.
    const doc = analyzeText(
      'Health workers in Indiana opened a clinic in Austin last spring. Scott County had seen dozens of cases. Nurses came from Indianapolis and Evansville.',
    );
    expect(byName(doc, 'Scott County')?.geo).toMatchObject({ country: 'US', admin1: 'Indiana' });
    expect(byName(doc, 'Austin')?.geo).toMatchObject({ country: 'US', admin1: 'Indiana' });
  });

  it('leaves the well-known namesake when nothing of the article lies near the small one', () => {
    const doc = analyzeText(
      'Bands from Austin played in Indiana last summer. Fans came from Indianapolis and Evansville.',
    );
    expect(byName(doc, 'Austin')?.geo).toMatchObject({ country: 'US', admin1: 'Texas' });
  });
});

describe('a country’s capitals at the head of a longer name', () => {
  it('reads the country', () => {
    const doc = analyzeText('Experts from the US Centers for Disease Control and Prevention arrived in Kinshasa.');
    expect(byName(doc, 'US Centers')?.geo?.country).toBe('US');
  });

  it('reads no other capitals so', () => {
    expect(countryAcronym('UK').map((p) => p.cc)).toEqual(['GB']);
    // A region's acronym, capitals of no place, and a word not in capitals name no country.
    expect(countryAcronym('NSW')).toEqual([]);
    expect(countryAcronym('AB')).toEqual([]);
    expect(countryAcronym('Us')).toEqual([]);
  });
});
