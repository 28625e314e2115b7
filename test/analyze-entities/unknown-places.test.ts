// A lone word tagged as a place that the gazetteer does not know is mostly a company or a brand
// with no cue around it; it stays a place only where its sentence locates it.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('lone words tagged as places that the gazetteer does not know', () => {
  it('takes an unknown word with nothing locating it for an organisation', () => {
    const doc = analyzeText(
      'The group bought several studios over the years, among them Pixel Harbor, Trevlofilm and Bantock Media.',
    );
    expect(byName(doc, 'Trevlofilm')?.type).toBe('ORG');
    // After "in", but modifying the noun that follows.
    const staff = analyzeText('The cleaners would then be hired to work in Plexwork buildings across the city.');
    expect(byName(staff, 'Plexwork')?.type ?? 'ORG').toBe('ORG');
  });

  it('keeps an unknown word after "in" or before its region a place, and a state postal code', () => {
    const doc = analyzeText(
      'Gunfire was heard near the depot in Vrelkana on Tuesday. The fair moves to Quobridge, NJ next week.',
    );
    expect(byName(doc, 'Vrelkana')?.type).toBe('GPE');
    const raid = analyzeText('Police said the raid took place in Velasko area late on Monday.');
    expect(byName(raid, 'Velasko')?.type).toBe('GPE');
    expect(byName(doc, 'Quobridge')?.type).toBe('GPE');
    expect(byName(doc, 'NJ')?.type).toBe('GPE');
  });

  it('keeps an unknown word before a place kind or listed beside a well-known place a place', () => {
    const doc = analyzeText(
      'Cases were reported in the Dorvasa district on Monday. Snow closed roads in Oslo, Quenmark and Bergen. The fever reached three villages: Ulembe, Katoro and Mishavi.',
    );
    expect(byName(doc, 'Mishavi')?.type).toMatch(/GPE|LOC/);
    expect(byName(doc, 'Dorvasa')?.type).toMatch(/GPE|LOC/);
    expect(byName(doc, 'Quenmark')?.type).toMatch(/GPE|LOC/);
  });

  it('makes a planet a location with no point', () => {
    const doc = analyzeText('The probe will bring samples from the surface of the moon back to Earth next year.');
    const earth = byName(doc, 'Earth');
    expect(earth?.type).toBe('LOC');
    expect(earth?.geo ?? null).toBeNull();
  });
});

describe('an unknown word the tagger read as a place, elsewhere a person', () => {
  it('stays the surname of the person named in full', () => {
    const doc = analyzeText(
      'Ambassador Lorvin Quastell testified on Tuesday. Officials said Quastell, a wealthy hotelier, had pressed for the talks. Investigators asked about Quastell and his calls.',
    );
    expect(doc.entities.filter((e) => e.name.includes('Quastell')).map((e) => e.type)).toEqual(['PERSON']);
  });
});

describe('a US state postal code after a town', () => {
  it('is the state, whatever the tagger read in it', () => {
    const doc = analyzeText(
      'The tour stops at the Harlan Arena in Aurora, CO on Sept. 2 and at Reno, NV two days later.',
    );
    const co = byName(doc, 'CO');
    expect(co?.type).toBe('GPE');
    expect(co?.geo?.admin1).toBe('Colorado');
  });
});
