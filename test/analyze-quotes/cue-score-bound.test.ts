// The quotes component asks of most verbs, nouns and adjectives whether the cue model's score is
// at most a boundary (cueScoreAtMost), and most score far below it. The score's three pair
// features ("lp=", "ll+1=", "l-1l=": two strings hashed together, read from the 4 MB table) are
// summed last and skipped where the other features' sum plus three times the table's largest
// weight is still at most the boundary (h356). On seeded random pages the answer is the full
// score's for every token and every boundary tried, including boundaries between the other
// features' sum and the full score, where a wrong bound would answer wrongly; the pair features'
// buckets are not read where the bound decides, and are read where it does not (negative).
import { describe, expect, it } from 'vitest';
import { QuoteContext } from '../../src/analyze/components/quotes/context.js';
import { cueAt } from '../../src/analyze/components/quotes/cues.js';
import { quoteModels } from '../../src/analyze/components/quotes/learned/attribute.js';
import {
  cueFeatures,
  cueScore,
  cueScoreAtMost,
  isCueCandidate,
} from '../../src/analyze/components/quotes/learned/features.js';
import { LinearModel } from '../../src/analyze/components/quotes/learned/linear.js';
import { findQuoteMarks } from '../../src/analyze/components/quotes/marks.js';
import { newDoc, type Doc } from '../../src/analyze/doc.js';
import { extract } from '../../src/extract/index.js';
import { seededRandom } from '../../scripts/seeded-random.mjs';
import { randomPage, runComponentsBefore } from '../helpers/pages.js';

// Verbs of saying and others, nouns, names, adjectives, function words and quotation marks, so
// that candidates of every part of speech stand in many contexts.
const WORDS = (
  'the a of to in on and that was has will said told claimed argued warned insisted announced ' +
  'accused backs denied praised ordered visited signed built shares report statement claims ' +
  'officials minister police company critics voters plan deal price market school ' +
  'Smith Kidal Reuters Garrison Otis new big unsure clear angry happy “ ” , he she they'
).split(' ');

function randomText(rnd: () => number): string {
  return randomPage(rnd, () => WORDS[Math.floor(rnd() * WORDS.length)], {
    sentences: { least: 3, spread: 6 },
    words: { least: 4, spread: 14 },
  });
}

/** A page as the quotes component sees it: every component before quotes run. */
function preparedDoc(text: string): Doc {
  return runComponentsBefore(newDoc(extract({ content: text, format: 'body' })), 'quotes');
}

/** The indices in cueFeatures of the pair features "lp=", "ll+1=" and "l-1l=". */
const PAIRS = [4, 13, 14];

/** Each rule-free cue candidate of a page: its context, token, sentence bounds and cue features. */
function* candidates(doc: Doc) {
  const ctx = new QuoteContext(doc, findQuoteMarks(doc.text));
  for (const s of ctx.sentences) {
    const [s0, s1] = s.tokens;
    for (let i = s0; i < s1; i++) {
      if (cueAt(doc.tokens, i, s0, s1) || !isCueCandidate(doc.tokens[i], null)) continue;
      yield { ctx, i, s0, s1, features: cueFeatures(ctx, i, s0, s1, null, 'none') };
    }
  }
}

describe('cueScoreAtMost', () => {
  const model = quoteModels().cue;
  let largest = -Infinity;
  for (const x of model.weights) largest = Math.max(largest, x);
  const bound = 3 * largest;

  it('answers as the full score on 40 seeded random pages, at boundaries around the score and the bound', () => {
    const rnd = seededRandom(356);
    let tokens = 0;
    let decidedByBound = 0;
    let betweenOthersAndScore = 0;
    const wrong: string[] = [];
    for (let d = 0; d < 40; d++) {
      const doc = preparedDoc(randomText(rnd));
      for (const { ctx, i, s0, s1, features } of candidates(doc)) {
        tokens++;
        const score = cueScore(model, ctx, i, s0, s1, null, 'none');
        let others = 0;
        features.forEach((f, k) => (others += PAIRS.includes(k) ? 0 : model.weights[f]));
        const floors = [
          0,
          3,
          -10,
          score,
          score - 1e-9,
          others,
          others - 1e-9,
          others + bound,
          others + bound - 1e-9,
          (others + score) / 2,
          others + rnd() * bound,
          -Infinity,
          Infinity,
        ];
        for (const floor of floors) {
          if (others + bound <= floor) decidedByBound++;
          if (others <= floor && floor < score) betweenOthersAndScore++;
          if (cueScoreAtMost(model, ctx, i, s0, s1, floor) !== score <= floor)
            wrong.push(`${doc.tokens[i].text} at ${floor}: score ${score}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(tokens).toBeGreaterThan(300);
    expect(decidedByBound).toBeGreaterThan(300);
    expect(betweenOthersAndScore).toBeGreaterThan(50);
  });

  it("answers as the full score where the pair features' weights are the table's largest (the bound reached)", () => {
    // A copy of the model whose three pair buckets of each candidate of the pages hold its largest
    // weight: the full score is then the other features' sum plus exactly the bound.
    const weights = new Float32Array(model.weights);
    const rnd = seededRandom(3562);
    const docs = Array.from({ length: 10 }, () => preparedDoc(randomText(rnd)));
    for (const doc of docs)
      for (const { features } of candidates(doc)) for (const k of PAIRS) weights[features[k]] = largest;
    const saturated = new LinearModel(weights);
    let reached = 0;
    const wrong: string[] = [];
    for (const doc of docs)
      for (const { ctx, i, s0, s1, features } of candidates(doc)) {
        const score = cueScore(saturated, ctx, i, s0, s1, null, 'none');
        let others = 0;
        features.forEach((f, k) => (others += PAIRS.includes(k) ? 0 : weights[f]));
        if (PAIRS.every((k) => features.every((f, j) => PAIRS.includes(j) || f !== features[k]))) {
          expect(score).toBe(others + bound);
          reached++;
        }
        for (const floor of [others + bound, others + bound - 1e-9, others + bound / 2, score - 1e-9, score])
          if (cueScoreAtMost(saturated, ctx, i, s0, s1, floor) !== score <= floor)
            wrong.push(`${doc.tokens[i].text} at ${floor}: score ${score}`);
      }
    expect(wrong).toEqual([]);
    expect(reached).toBeGreaterThan(50);
  });

  it('reads no pair feature where the bound decides, and reads them where it does not', () => {
    const read = new Set<number>();
    const weights = new Proxy(new Float32Array(model.weights), {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read.add(Number(key));
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const watched = new LinearModel(weights);
    const doc = preparedDoc(randomText(seededRandom(3560)) + ' ' + randomText(seededRandom(3561)));
    let skipped = 0;
    let asked = 0;
    // The first score under these weights finds their largest (reading every bucket) and fills the string tables.
    for (const { ctx, i, s0, s1 } of candidates(doc)) cueScore(watched, ctx, i, s0, s1, null, 'none');
    for (const { ctx, i, s0, s1, features } of candidates(doc)) {
      let others = 0;
      features.forEach((f, k) => (others += PAIRS.includes(k) ? 0 : model.weights[f]));
      // Pair buckets that no other feature of the token shares.
      const own = PAIRS.map((k) => features[k]).filter((b) => features.every((f, k) => PAIRS.includes(k) || f !== b));
      if (own.length === 0) continue;
      read.clear();
      expect(cueScoreAtMost(watched, ctx, i, s0, s1, others + bound)).toBe(true);
      expect(own.filter((b) => read.has(b))).toEqual([]);
      skipped++;
      read.clear();
      cueScoreAtMost(watched, ctx, i, s0, s1, others + bound - 1);
      expect(own.filter((b) => !read.has(b))).toEqual([]);
      asked++;
    }
    expect(skipped).toBeGreaterThan(20);
    expect(asked).toBe(skipped);
  });
});
