// Companies the tagger reads as people, told by cspell's company dictionary (models/company-words.txt).
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('company names read as surnames', () => {
  it('types a lone company name as an organisation', () => {
    const doc = analyzeText('As Uber and Lyft grew, driver pay went down. Word got out that the work was hard.');
    expect(byName(doc, 'Uber')?.type).toBe('ORG');
    expect(byName(doc, 'Lyft')?.type).toBe('ORG');
  });

  it('types a two-word company name as an organisation', () => {
    const doc = analyzeText('The rocket competes with New Glenn and Northrop Grumman’s OmegA for the contract.');
    expect(byName(doc, 'Northrop Grumman')?.type).toBe('ORG');
  });

  it('types a company name whose first word is a company word as an organisation, whatever its last word', () => {
    // "Martin" is a given name, so not every word of "Lockheed Martin" is a company word.
    const doc = analyzeText(
      'The team includes Draper, Lockheed Martin, and Northrop Grumman. The companies have not said more.',
    );
    expect(byName(doc, 'Lockheed Martin')?.type).toBe('ORG');
  });

  it('types a name written as a web address as an organisation in every mention', () => {
    const doc = analyzeText(
      'Sales fell 3 percent, according to Zorvex.com, a car data firm. Zorvex expects 16 million sales this year.',
    );
    expect(byName(doc, 'Zorvex')?.type).toBe('ORG');
    expect(doc.entities.some((e) => e.type === 'PERSON' && e.name === 'Zorvex')).toBe(false);
  });

  it('leaves the surname of a person named in full a person', () => {
    const doc = analyzeText(
      'Michael Bloomberg has spent heavily on television. Bloomberg said on Monday that he would run.',
    );
    expect(byName(doc, 'Michael Bloomberg')?.type).toBe('PERSON');
    expect(doc.entities.filter((e) => e.type === 'ORG').map((e) => e.name)).not.toContain('Bloomberg');
  });
});

describe('company designators', () => {
  it('reads no designator after a comma as a name of its own', () => {
    const doc = analyzeText(
      'NASA picked Ceres Robotics and Tyvak Nano-Satellite Systems, Inc. to join the program. "We are ready," says Dana Holt, Vice President of Sales for Dräger, Inc., in a statement.',
    );
    expect(doc.entities.map((e) => e.name)).not.toContain('Inc.');
  });

  it('keeps a state code written like a designator', () => {
    const doc = analyzeText('The tour stops at Red Rocks Amphitheatre in Morrison, CO on June 4.');
    expect(byName(doc, 'CO')?.type).toBe('GPE');
  });
});
