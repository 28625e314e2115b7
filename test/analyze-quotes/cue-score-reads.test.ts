// The cue model's score of a rule-free token reads the tokens ahead for a following "that" only
// when the token's lemma has a weight for "that+=": with a weight of 0 the feature adds nothing
// either way. Those reads were 15% of ruleFreeCueScore's own time in a loop over every rule-free
// candidate (h306's profile); 45% of the rule-free candidates of 30 PolNeAR dev texts have no such
// weight.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { newDoc, type Token } from '../../src/analyze/doc.js';
import { QuoteContext } from '../../src/analyze/components/quotes/context.js';
import { findQuoteMarks } from '../../src/analyze/components/quotes/marks.js';
import { cueAt } from '../../src/analyze/components/quotes/cues.js';
import { quoteModels } from '../../src/analyze/components/quotes/learned/attribute.js';
import { cueFeatures, cueScore } from '../../src/analyze/components/quotes/learned/features.js';
import { featureHash } from '../../src/analyze/components/quotes/learned/linear.js';
import { runComponentsBefore } from '../helpers/pages.js';

const SAMPLE = fileURLToPath(new URL('../../samples/blogger-kant-airbase.txt', import.meta.url));

describe('rule-free cue scores', () => {
  it('read no token past the next two for a lemma whose "that+=" weight is 0, and sum as training does', () => {
    const model = quoteModels().cue;
    const doc = newDoc(extract({ content: readFileSync(SAMPLE, 'utf8'), format: 'auto', path: SAMPLE }));
    runComponentsBefore(doc, 'quotes');
    const ctx = new QuoteContext(doc, findQuoteMarks(doc.text));
    // The context's tokens, noting which indices are read.
    const read = new Set<number>();
    const watched = new Proxy(doc.tokens, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read.add(Number(key));
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    (ctx as { tokens: readonly Token[] }).tokens = watched;
    let asked = 0;
    for (const s of ctx.sentences) {
      const [s0, s1] = s.tokens;
      for (let i = s0; i + 4 < s1; i++) {
        if (cueAt(doc.tokens, i, s0, s1)) continue;
        if (model.weights[featureHash(`that+=${doc.tokens[i].lemma}`)] !== 0) continue;
        read.clear();
        const score = cueScore(model, ctx, i, s0, s1, null, 'none');
        expect([...read].filter((k) => k > i + 2)).toEqual([]);
        let sum = 0;
        for (const f of cueFeatures(ctx, i, s0, s1, null, 'none')) sum += model.weights[f];
        expect(score).toBe(sum);
        asked++;
      }
    }
    expect(asked).toBeGreaterThan(50);
  });
});
