// Twenty-second round of issue 14 (audit docs/audits/quotes-zyte-100-round22.md): invented
// sentences, each failing before the rule it names.
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

describe('quotes, round 22', () => {
  it('ends an infinitive object before "and" and a past-tense verb of the subject ("asked the company to unwind the deal and returned")', () => {
    const q = quotes(
      'The founder later asked the company to unwind the agreement and returned the money after the outcry.',
    )[0];
    expect(q?.content).toEqual(['the company to unwind the agreement']);
  });

  it('(guard) keeps a passive infinitive’s second participle ("ordered the man to be arrested and charged")', () => {
    const q = quotes('The judge ordered the man to be arrested and charged with fraud.')[0];
    expect(q?.content).toEqual(['the man to be arrested and charged with fraud']);
  });

  it('(guard) keeps an infinitive’s second bare verb ("urged the city to cut taxes and raise spending")', () => {
    const q = quotes('The council urged the city to cut taxes and raise spending.')[0];
    expect(q?.content).toEqual(['the city to cut taxes and raise spending']);
  });

  it('ends an object content before "and", a subject pronoun and a finite verb ("announced new rules and they took effect")', () => {
    const q = quotes('The agency announced new rules and they took effect on Monday.')[0];
    expect(q?.content).toEqual(['new rules']);
  });

  it('(guard) keeps a reported clause whose subject is coordinated with a pronoun ("said Smith and he would resign")', () => {
    const q = quotes('The mayor said Smith and he would resign next week.')[0];
    expect(q?.content).toEqual(['Smith and he would resign next week']);
  });

  it('ends an object content before "and", a phrase set off by commas and a clause ("promised more, and for whatever reason, they are not")', () => {
    const q = quotes('Google promised more, and for whatever reason, they are not delivering yet.')[0];
    expect(q?.content).toEqual(['more']);
  });

  it('takes no subject of a cue verb right after it as a content ("returning Braun’s calls, the source further claimed")', () => {
    const q = quotes('The singer has not been returning Braun’s calls, the source further claimed to the outlet.');
    expect(q.some((x) => x.content.join(' ') === 'the source')).toBe(false);
  });

  it('(guard) keeps a reported clause whose subject has a cue verb of its own ("said the governor told him")', () => {
    const q = quotes('The mayor said the governor told him the bridge would reopen.')[0];
    expect(q?.content).toEqual(['the governor told him the bridge would reopen']);
  });

  it('runs an infinitive content on over a coordinated aside set off by commas ("to put the first woman, and the next man, on the surface")', () => {
    // "has promised" (a lexicon cue): the audit's "aims to" is a learned cue whose score moves with
    // each retraining, and the edge, not the cue, is what this test is about.
    const q = quotes('NASA has promised to put the first woman, and the next man, on the lunar surface by 2024.')[0];
    expect(q?.content).toEqual(['to put the first woman, and the next man, on the lunar surface by 2024']);
  });
});
