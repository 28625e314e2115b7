// One entity for one thing (issue 13): every name of a country is one entity in a record and
// one key across records; US state abbreviations in AP style are read as the states.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from '../analyze-entities/helpers.js';
import { entityKey } from '../../src/record/entity-key.js';
import { lookupPlaces } from '../../src/analyze/resources/gazetteer.js';

describe('one entity for one thing', () => {
  it('groups US, U.S., United States and America into one country entity', () => {
    const doc = analyzeText(
      'The US said on Monday that U.S. troops would stay. The United States has 2,000 soldiers there, and America will pay.',
    );
    const us = doc.entities.filter((e) => e.geo?.country === 'US');
    expect(us).toHaveLength(1);
    expect([us[0].name, ...us[0].aliases].sort()).toEqual(['America', 'U.S.', 'US', 'United States']);
  });

  it('gives a country the same corpus key whichever name a record uses', () => {
    const keys = [
      'Officials in the U.S. agreed.',
      'Officials in America agreed.',
      'Officials in the United States agreed.',
    ]
      .map((t) => byName(analyzeText(t), t.match(/in (?:the )?(.+) agreed/)![1]))
      .map((e) => (e ? entityKey(e) : undefined));
    expect(keys).toEqual(['country:US', 'country:US', 'country:US']);
  });

  it('reads AP style state abbreviations after a town', () => {
    // us-states-normalize's AP form for Kansas is "Kans."
    const doc = analyzeText('A tornado hit Wichita, Kans., on Sunday, and storms reached Louisville, Ky., later.');
    expect(byName(doc, 'Kans.')?.geo).toMatchObject({ country: 'US', admin1: 'Kansas' });
    expect(byName(doc, 'Ky.')?.geo).toMatchObject({ country: 'US', admin1: 'Kentucky' });
    expect(byName(doc, 'Wichita')?.geo).toMatchObject({ country: 'US', admin1: 'Kansas' });
  });

  it('reads the initials written against an abbreviation ("W.Va." of a party-state label)', () => {
    // The package writes West Virginia's AP form "W.Va" without its final dot; recognition may keep only "Va.".
    const doc = analyzeText('In October, Rep. David McKinley, R-W.Va., visited the border near McAllen, Texas.');
    const place = doc.entities.find((e) => e.type === 'GPE' && /Va\.$/.test(e.name));
    expect(place?.geo).toMatchObject({ country: 'US', admin1: 'West Virginia' });
    expect(lookupPlaces('W.Va.').map((p) => p.name)).toEqual(['West Virginia']);
  });

  it('reads the state of a party-state label ("R-Texas"), without the party\'s letter', () => {
    const doc = analyzeText(
      "Sen. Ted Cruz, R-Texas, said Epstein's death is a symptom of deeper problems in the prisons.",
    );
    expect(byName(doc, 'Texas')?.geo).toMatchObject({ country: 'US', admin1: 'Texas' });
    expect(byName(doc, 'R-Texas')).toBeUndefined();
  });
});
