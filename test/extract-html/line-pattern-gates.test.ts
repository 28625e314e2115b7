import { describe, expect, it } from 'vitest';
import { BYLINE, BYLINE_START, DATE_LINE, HAS_DIGIT } from '../../src/extract/html/body/patterns.js';

// The body filter runs BYLINE and DATE_LINE only after these cheap tests pass: each must hold on
// every line its pattern matches, or a byline or date line would stay in the body.
describe('the preconditions of the byline and date-line patterns', () => {
  const labels = [
    '',
    'By ',
    'BY ',
    'by\u00a0',
    'Written by ',
    'written  by ',
    'Posted by\t',
    'Updated ',
    'Published: ',
    'Last updated ',
  ];
  const cores = [
    'Jane Doe',
    'Jane Doe and John Roe',
    'Ángel Pérez, María O’Neil & Li Wei',
    'Nov 19, 2019',
    '19 Nov. 2019',
    'Февраль 3, 2022',
    '2022-02-17',
    '17.02.2022',
    '10:32 am',
    '5 min read',
    'Nov 19, 2019 at 6:46 pm ET • 2 min read',
    'the weather',
  ];
  const tails = ['', ' ', ' | 3 minutes read', '.'];
  it('holds on every line the patterns match', () => {
    let bylines = 0;
    let dateLines = 0;
    for (const l of labels)
      for (const c of cores)
        for (const t of tails) {
          const s = l + c + t;
          if (BYLINE.test(s)) {
            bylines++;
            expect(BYLINE_START.test(s), s).toBe(true);
          }
          if (DATE_LINE.test(s)) {
            dateLines++;
            expect(HAS_DIGIT.test(s), s).toBe(true);
          }
        }
    expect(bylines).toBeGreaterThan(20);
    expect(dateLines).toBeGreaterThan(20);
  });
  it('fails on lines neither pattern reads', () => {
    expect(BYLINE_START.test('Bystanders said')).toBe(false);
    expect(HAS_DIGIT.test('Updated yesterday')).toBe(false);
  });
});
