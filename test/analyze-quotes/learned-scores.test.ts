// The content tagger's fused scorer (contentScores) gives exactly the scores
// of the feature tables the training reads (contentFeatures, transitionFeatures) under the model.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { newDoc } from '../../src/analyze/doc.js';
import { QuoteContext } from '../../src/analyze/components/quotes/context.js';
import { findQuoteMarks } from '../../src/analyze/components/quotes/marks.js';
import { cueAt } from '../../src/analyze/components/quotes/cues.js';
import { cueInput, quoteModels } from '../../src/analyze/components/quotes/learned/attribute.js';
import {
  contentFeatures,
  contentScores,
  cueFeatures,
  cueScore,
  emissionScores,
  transitionFeatures,
  transitionScores,
} from '../../src/analyze/components/quotes/learned/features.js';
import { runComponentsBefore } from '../helpers/pages.js';

const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));

describe('content tagger scores', () => {
  it('are the same fused as from the feature tables, for every rule cue of the samples', () => {
    const w = quoteModels().content.weights;
    let cues = 0;
    for (const file of readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'))) {
      const doc = newDoc(extract({ content: readFileSync(join(SAMPLES, file), 'utf8'), format: 'auto', path: file }));
      runComponentsBefore(doc, 'quotes');
      const ctx = new QuoteContext(doc, findQuoteMarks(doc.text));
      ctx.sentences.forEach((s, si) => {
        const [s0, s1] = s.tokens;
        for (let i = s0; i < s1; i++) {
          const cue = cueAt(doc.tokens, i, s0, s1);
          const x = cue && cueInput(ctx, cue, si, null);
          if (!x) continue;
          cues++;
          const { emissions, transitions } = contentScores(ctx, x.input, w);
          expect(emissions).toEqual(emissionScores(contentFeatures(ctx, x.input), w));
          expect(transitions).toEqual(transitionScores(transitionFeatures(ctx, x.input), w));
        }
      });
    }
    expect(cues).toBeGreaterThan(20);
  });
});

describe('cue model scores', () => {
  it("are the plain sums of cueFeatures' weights (what training reads), for every token of the samples", () => {
    const model = quoteModels().cue;
    let tokens = 0;
    for (const file of readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'))) {
      const doc = newDoc(extract({ content: readFileSync(join(SAMPLES, file), 'utf8'), format: 'auto', path: file }));
      runComponentsBefore(doc, 'quotes');
      const ctx = new QuoteContext(doc, findQuoteMarks(doc.text));
      for (const s of ctx.sentences) {
        const [s0, s1] = s.tokens;
        for (let i = s0; i < s1; i++) {
          const cue = cueAt(doc.tokens, i, s0, s1);
          for (const verdict of ['none', 'reads', 'refuses'] as const) {
            const features = cueFeatures(ctx, i, s0, s1, cue, verdict);
            let sum = 0;
            for (const f of features) sum += model.weights[f];
            expect(cueScore(model, ctx, i, s0, s1, cue, verdict)).toBe(sum);
          }
          tokens++;
        }
      }
    }
    expect(tokens).toBeGreaterThan(1000);
  });
});
