// wordsBefore (geocode/resolve.ts) reads back from the end what the pattern
// `((?:[letter'’]+ ){1,4})$` matched before it: the words that may complete a country's long name.
import { describe, expect, it } from 'vitest';
import { wordsBefore } from '../../src/analyze/components/geocode/resolve.js';

const PATTERN = /((?:[\p{L}\p{M}'’]+ ){1,4})$/u;

describe('wordsBefore', () => {
  it('is what the pattern matched', () => {
    const texts = [
      'troops were sent to the Democratic Republic of ',
      'in ',
      'talks in  ',
      'the Côte d’ ',
      'Mbanza ',
      'said, ',
      'Republic of the ',
      'ongo Republic ',
      'a 12 b ',
      '𝐀𝐁 ',
      '\udc00ab ',
      'e\u0301tat ',
      'one two three four five six ',
      '',
      ' ',
      'word',
    ];
    for (const text of texts) expect(wordsBefore(text)).toBe(PATTERN.exec(text)?.[1] ?? '');
    expect(wordsBefore('sent to the Democratic Republic of ')).toBe('the Democratic Republic of ');
  });
});
