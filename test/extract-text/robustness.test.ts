// Bad and odd input never crashes the dump extractor, and its spans always index its own text.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractTextDump } from '../../src/extract/text/index.js';
import { cpuTimed } from '../helpers/cpu.js';

const DIR = fileURLToPath(new URL('../fixtures/dumps', import.meta.url));
const LINES = readdirSync(DIR).flatMap((d) => readFileSync(`${DIR}/${d}/page.txt`, 'utf8').split('\n'));

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function checkSpans(text: string): void {
  const r = extractTextDump(text, { now: '2026-01-01' });
  expect(r.paragraphs.map(([s, e]) => r.text.slice(s, e)).join('\n\n')).toBe(r.text);
  for (const c of r.comments) expect(c.text.trim()).toBe(c.text);
}

describe('extractTextDump robustness', () => {
  it('handles 300 dumps of shuffled lines from every fixture', () => {
    const rand = rng(42);
    for (let n = 0; n < 300; n++) {
      const lines = Array.from({ length: 5 + Math.floor(rand() * 40) }, () => LINES[Math.floor(rand() * LINES.length)]);
      checkSpans(lines.join('\n'));
    }
  });
  it('handles odd characters: emoji, control characters, lone surrogates, CR line ends', () => {
    checkSpans(
      'Title 😀\r\n\r\nBy Jane Doe\r\n\r\n\u0000\u0007 body \ud800 text that goes on and on for a while, with enough words to count.\r\n',
    );
    checkSpans('((((((((((\n\n))))\n\n—\n\n–\n\n-');
    checkSpans(' \u00a0 \n\t\n');
  });
  it('reads a long single line and many comment lines in linear time', () => {
    const { cpuMs } = cpuTimed(() => {
      checkSpans('word '.repeat(400_000));
      checkSpans(
        'Title here now\n\nBody text long enough to count as a paragraph of prose, really.\n\n900 comments:\n\n' +
          'x said...\n\nhi\n\nMarch 3, 2022 at 10:12 AM\n\n'.repeat(900),
      );
    });
    // CPU time, generous: linear work takes well under a second, a quadratic pass minutes.
    expect(cpuMs).toBeLessThan(5000);
  });
});
