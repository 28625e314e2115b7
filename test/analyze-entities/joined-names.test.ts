// Names the tagger cuts where a name goes on: a person's surname after a particle, and a firm
// named by two names joined by "&".
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('a person cut before a particle', () => {
  it('keeps the surname after "von" with the given names', () => {
    const doc = analyzeText(
      'The son of former German President Richard von Weizsäcker, Fritz Eckart von Weizsäcker was stabbed to death.',
    );
    expect(byName(doc, 'Fritz Eckart von Weizsäcker')?.type).toBe('PERSON');
    expect(byName(doc, 'Fritz Eckart')).toBeUndefined();
  });
});

describe('two names joined by "&"', () => {
  it('reads them as one organisation', () => {
    const doc = analyzeText('The firm won awards from Frost & Sullivan, CTIA and Ernst & Young.');
    expect(byName(doc, 'Frost & Sullivan')?.type).toBe('ORG');
    expect(byName(doc, 'Ernst & Young')?.type).toBe('ORG');
    for (const part of ['Frost', 'Sullivan', 'Ernst', 'Young']) expect(byName(doc, part)).toBeUndefined();
  });

  it('leaves two people named in full, and a country joined by "&", as they are', () => {
    const doc = analyzeText('Tom Johnston & Patrick Simmons played in Trinidad & Tobago last year.');
    expect(byName(doc, 'Tom Johnston')?.type).toBe('PERSON');
    expect(byName(doc, 'Patrick Simmons')?.type).toBe('PERSON');
  });
});

describe('a place before a title and a person', () => {
  it('is one mention, not two at the same place', () => {
    const doc = analyzeText('Markets rose after US President Donald Trump spoke on Monday.');
    const us = doc.entities.find((e) => e.type === 'GPE')!;
    expect(us.mentions).toHaveLength(1);
    expect(byName(doc, 'Donald Trump')?.type).toBe('PERSON');
  });
});

describe('an organisation the tagger found at the end of its name', () => {
  it('takes the whole name when the name goes on before it and ends in an organisation head', () => {
    const doc = analyzeText(
      'WeWork is the subject of a U.S. Securities and Exchange Commission inquiry into its cancelled IPO.',
    );
    expect(byName(doc, 'U.S. Securities and Exchange Commission')?.type).toBe('ORG');
    expect(byName(doc, 'Exchange Commission')).toBeUndefined();
    const pieces = analyzeText(
      'WeWork is facing scrutiny from the U.S. Securities and Exchange Commission over its IPO.',
    );
    expect(byName(pieces, 'U.S. Securities and Exchange Commission')?.type).toBe('ORG');
    expect(byName(pieces, 'U.S. Securities')).toBeUndefined();
  });

  it('leaves two banks joined by "and" apart', () => {
    const banks = analyzeText('Shares of SBI and ICICI Bank rose on Tuesday.');
    expect(byName(banks, 'SBI and ICICI Bank')).toBeUndefined();
  });
});
