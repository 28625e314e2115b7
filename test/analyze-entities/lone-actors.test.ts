// A one-word name no list knows, the tagger passed over, as a verb's subject or a person's partner (index.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const people = (text: string) =>
  analyzeText(text)
    .entities.filter((e) => e.type === 'PERSON')
    .map((e) => e.name);

describe('a lone unknown name beside a verb', () => {
  it('is a person as the subject of a verb, at a sentence’s start too', () => {
    expect(people('Modi flew to Washington on Friday.')).toEqual(['Modi']);
    expect(people('Xi said the talks were good.')).toEqual(['Xi']);
  });

  it('is a person as the object of a person’s verb or joined to a person', () => {
    expect(people('Putin met Xi in Beijing on Tuesday.')).toEqual(['Putin', 'Xi']);
    expect(people('Putin and Xi met in Beijing.')).toEqual(['Putin', 'Xi']);
  });

  it('is a person after a noun whose second sense is a kind of person', () => {
    expect(people('Brazil star Neymar scored twice on Sunday.')).toEqual(['Neymar']);
  });

  it('is no person as a plural, a part of a phrase or before a participle', () => {
    expect(people('Crossovers may have become the vehicle of choice.')).toEqual([]);
    expect(people('The four-time Grammy winning band will kick off the tour.')).toEqual([]);
    expect(people('This TV has Roku built in, with the GTX 1660 Ti inside.')).toEqual([]);
    expect(people('The equity benchmark Sensex scaled a new high.')).toEqual([]);
  });
});
