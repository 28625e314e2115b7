import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/record/id.js';

// normaliseText replaces only the whitespace runs that are not a lone space; the result must be
// what collapsing every run of whitespace gives.
const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

describe('normaliseText', () => {
  it('collapses every kind of whitespace run as one replacement of /\\s+/ does', () => {
    const pieces = ['A', 'b', ' ', '  ', '\n', '\n\n', '\t', ' \n ', '\u00a0', '\u2009', '\r\n', 'É', '.', '\u3000'];
    // Every sequence of up to four pieces, so each run kind meets each other at both ends.
    let texts = [''];
    for (let n = 0; n < 4; n++) texts = texts.flatMap((t) => pieces.map((p) => t + p));
    for (const text of texts) expect(normaliseText(text), JSON.stringify(text)).toBe(collapsed(text));
  });
});
