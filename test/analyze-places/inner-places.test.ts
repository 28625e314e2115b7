// Geocoder failure kinds from issue 13, on sentences written for these tests: a town inside a
// local institution's name, the capital rather than a same-named region, a city whose GeoNames
// name carries "City" or a qualifier, and a namesake facility that is no place of its own.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from '../analyze-entities/helpers.js';

describe('places inside and around longer names', () => {
  it('places the town inside a police department or an airport name and keeps the organisation', () => {
    const doc = analyzeText(
      'Officers from the Tulsa Police Department searched the area near Denver International Airport on Sunday.',
    );
    expect(byName(doc, 'Tulsa')?.geo).toMatchObject({ country: 'US', admin1: 'Oklahoma' });
    expect(byName(doc, 'Denver')?.geo).toMatchObject({ country: 'US', admin1: 'Colorado' });
    expect(byName(doc, 'Tulsa Police Department')?.type).toBe('ORG');
  });

  it('reads "Washington" as the capital and "New York" as the city', () => {
    const doc = analyzeText(
      'Lawmakers in Washington passed the bill on Friday. Protesters marched in New York the next day.',
    );
    const dc = byName(doc, 'Washington')?.geo;
    expect(dc?.lat).toBeCloseTo(38.9, 0);
    expect(dc?.lon).toBeCloseTo(-77.0, 0);
    const ny = byName(doc, 'New York')?.geo;
    expect(ny?.lat).toBeCloseTo(40.7, 0);
    expect(ny?.lon).toBeCloseTo(-74.0, 0);
  });

  it('does not place a square or a state university at the state its name starts with', () => {
    const doc = analyzeText('Students gathered in Washington Square before marching to California State University.');
    expect(byName(doc, 'Washington')).toBeUndefined();
    expect(byName(doc, 'California')).toBeUndefined();
  });
});

describe('namesakes settled by the rest of the article', () => {
  it('keeps Georgia, Athens and Dublin in the US beside Alabama', () => {
    const doc = analyzeText(
      'Officials in Georgia said the storm reached Athens and Dublin on Tuesday, after crossing Alabama.',
    );
    for (const name of ['Georgia', 'Athens', 'Dublin'])
      expect(byName(doc, name)?.geo, name).toMatchObject({ country: 'US', admin1: 'Georgia' });
  });
});

describe('a person whose given name is a place', () => {
  it('reads a given name and a surname neither the dictionary nor the gazetteer knows as a person', () => {
    const doc = analyzeText('He allegedly assaulted 17-year-old Virginia Grzelak, a victim of the ring.');
    const person = byName(doc, 'Virginia Grzelak');
    expect(person?.type).toBe('PERSON');
    expect(person?.geo).toBeUndefined();
  });

  it('keeps a place whose later words the gazetteer or the dictionary knows', () => {
    const doc = analyzeText('The storm hit Virginia Beach on Monday before it reached Georgia Southern.');
    expect(byName(doc, 'Virginia Beach')?.geo).toMatchObject({ country: 'US', admin1: 'Virginia' });
  });
});

describe('streets and squares named after towns', () => {
  it('reads a name ending in a street word as the street, not the town it takes its name from', () => {
    const doc = analyzeText('Officers arrested a man, 33, who resides at 2134 Caldwell Place, the chief said.');
    const street = byName(doc, 'Caldwell Place');
    expect(street?.type).toBe('FAC');
    expect(street?.geo).toBeUndefined();
    const closed = analyzeText('Police closed Lincoln Place and Denver Plaza on Monday.');
    expect(byName(closed, 'Lincoln Place')?.geo).toBeUndefined();
    expect(byName(closed, 'Denver Plaza')?.geo).toBeUndefined();
  });
});
