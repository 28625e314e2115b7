// Analysis cost grows linearly with the text, whatever the text: each pathological kind of
// bench/pathological.ts is analysed at a base size and at twice and four times it, and the test
// fails when a doubling costs more than 2.5x the CPU time (process.cpuUsage). Each size counts
// the least of several runs, so a busy machine or a garbage collection does not decide; a
// doubling over the limit is measured again, with more runs, before it fails (a collection that
// landed in one size's runs on a busy CI machine once moved one step to 2.9x while the next was
// 1.6x). A quadratic part costs 4x per doubling, however often it is measured. The sizes are
// small enough to finish in well under a second each when the cost is linear, and large enough
// that a quadratic part shows: before the sentence cap, "relative-clauses" at 2,500 words took
// 13 s and 5,000 words did not finish.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import { MAX_SENTENCE_TOKENS, SENTENCE_CAP_WARNING } from '../../src/analyze/limits.js';
import type { Article } from '../../src/record/types.js';
import { PATHOLOGICAL_KINDS, pathologicalText, type PathologicalKind } from '../../bench/pathological.js';

/** Words at the base size; the test runs 1x, 2x and 4x. */
const BASE_WORDS = 4000;
const MAX_DOUBLING_RATIO = 2.5;
const REPETITIONS = 5;
/** How many more times a doubling over the limit is measured before the test fails. */
const REMEASUREMENTS = 3;

const article = (text: string): Article =>
  extract({ content: text, format: 'body', path: 'scaling.txt', published: '2022-03-08' });

function cpuSeconds(a: Article, best = Infinity): number {
  for (let r = 0; r < REPETITIONS; r++) {
    const start = process.cpuUsage();
    analyze(a);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

describe('analysis cost is linear in the text', () => {
  // Warm-up: module loading, the gazetteer and the JIT are not what is measured.
  analyze(
    extract({
      content: readFileSync(new URL('../../samples/blogger-kant-airbase.txt', import.meta.url), 'utf8'),
      path: 'sample.txt',
    }),
  );

  for (const kind of Object.keys(PATHOLOGICAL_KINDS) as PathologicalKind[]) {
    it(`${kind}: each doubling costs at most ${MAX_DOUBLING_RATIO}x the CPU time`, () => {
      const sizes = [1, 2, 4].map((s) => article(pathologicalText(kind, BASE_WORDS * s)));
      cpuSeconds(sizes[0]);
      const times = sizes.map((a) => cpuSeconds(a));
      const ratio = (i: number) => times[i + 1] / times[i];
      for (let round = 0; round < REMEASUREMENTS; round++) {
        const over = [0, 1].filter((i) => ratio(i) > MAX_DOUBLING_RATIO);
        if (over.length === 0) break;
        for (const i of new Set(over.flatMap((d) => [d, d + 1]))) times[i] = cpuSeconds(sizes[i], times[i]);
      }
      const measured = `CPU seconds at 1x/2x/4x: ${times.map((t) => t.toFixed(3)).join(' / ')}`;
      for (const i of [0, 1]) expect(ratio(i), measured).toBeLessThanOrEqual(MAX_DOUBLING_RATIO);
    });
  }
});

describe('the sentence cap', () => {
  it('analyses an endless sentence in windows and says so on the record', () => {
    const text = pathologicalText('no-punctuation', 3 * MAX_SENTENCE_TOKENS);
    const r = analyze(article(text));
    const warning = r.warnings.find((w) => w.code === SENTENCE_CAP_WARNING);
    expect(warning?.message).toMatch(/^1 sentence longer than \d+ tokens \(the longest \d+\) analysed in windows/);
    expect(r.warnings.filter((w) => w.code === 'analysis-failed')).toEqual([]);
    // Findings still point at their text across the windows.
    for (const e of r.entities) for (const [s, t] of e.mentions) expect(t).toBeGreaterThan(s);
    for (const q of r.quotes) expect(text.slice(...q.content.span)).toBe(q.content.text);
    for (const ev of r.events) expect(text.slice(...ev.trigger.span)).toBe(ev.trigger.text);
  });

  it('leaves ordinary articles whole, with no warning', () => {
    const r = analyze(
      extract({
        content: readFileSync(new URL('../../samples/blogger-kant-airbase.txt', import.meta.url), 'utf8'),
        path: 'sample.txt',
      }),
    );
    expect(r.warnings.map((w) => w.code)).not.toContain(SENTENCE_CAP_WARNING);
  });
});
