import { describe, expect, it } from 'vitest';
import { its, readWink, winkCounts, winkRenewal } from '../../src/analyze/resources/wink.js';

// A word outside wink's lexicon that an earlier reading met, met again as it was then (the same
// token category, the same lower-case entry), is brought back without wink's own `add`: that call
// would only find the word and its lower-case form in the hash and return the same index
// (resources/wink.ts). Each test uses names of its own, so no test meets a word an earlier one added.
const read = (text: string) => readWink(text, (d) => ({ tokens: d.tokens().out(), tags: d.tokens().out(its.pos) }));
const addsOf = (text: string) => {
  const before = winkCounts.adds;
  const reading = read(text);
  return { adds: winkCounts.adds - before, reading };
};

describe("wink's own add", () => {
  it('is not called again for the words a reading met before, met again alike', () => {
    const text = 'Mr. Quendrapolis met Vaskerilla in Trondavik, Quendrapolis said.';
    const first = addsOf(text);
    expect(first.adds).toBeGreaterThan(0);
    const again = addsOf(text);
    expect(again.adds).toBe(0);
    expect(again.reading).toEqual(first.reading);
  });

  it('is called for a word no reading met before', () => {
    addsOf('Mr. Orbelianova spoke.');
    expect(addsOf('Mr. Orbelianova spoke to Plishkavetz.').adds).toBeGreaterThan(0);
  });

  it('is called again for a word met before once the instance is made afresh', () => {
    const text = 'Ms. Halvorbeque thanked Drisselmont.';
    addsOf(text);
    const saved = winkRenewal.maxAddedWords;
    winkRenewal.maxAddedWords = 0;
    try {
      // This reading renews the instance after it; the next one meets the names in a fresh one.
      addsOf('Another text.');
    } finally {
      winkRenewal.maxAddedWords = saved;
    }
    expect(addsOf(text).adds).toBeGreaterThan(0);
  });
});
