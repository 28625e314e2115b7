// What the quote models' training reads of a text, shared by train-quotes.ts (PolNeAR, GUM's
// non-attribution sentences) and acts-messages.ts (the acts-and-messages set): the document as the
// quotes component sees it, and a cue candidate's example as inference asks the cue model.
import type { Entity, Span } from '../src/record/types.js';
import { extract } from '../src/extract/index.js';
import { newDoc } from '../src/analyze/doc.js';
import { runComponentsBefore } from '../src/analyze/components/index.js';
import { QuoteContext } from '../src/analyze/components/quotes/context.js';
import { findQuoteMarks } from '../src/analyze/components/quotes/marks.js';
import type { Cue } from '../src/analyze/components/quotes/cues.js';
import { cueFeatures } from '../src/analyze/components/quotes/learned/features.js';
import { ruleReading } from '../src/analyze/components/quotes/learned/attribute.js';

/** The document and quote context the quotes component would see for a text. */
export function analysed(text: string, path: string) {
  const doc = runComponentsBefore(newDoc(extract({ content: text, format: 'body', path })), 'quotes');
  return { doc, ctx: new QuoteContext(doc, findQuoteMarks(doc.text)) };
}

/**
 * The cue features of candidate token i (sentence si, tokens s0..s1), with the rules' reading of
 * its rule cue: the cue model is told whether the rules read or refused the cue, as at inference.
 */
export function cueExample(
  ctx: QuoteContext,
  i: number,
  s0: number,
  s1: number,
  si: number,
  ruleCue: Cue | null,
  focus: Entity | null,
) {
  const rule = ruleCue ? ruleReading(ctx, ruleCue, si, focus) : null;
  const verdict = !ruleCue ? 'none' : rule ? 'reads' : 'refuses';
  return { f: Int32Array.from(cueFeatures(ctx, i, s0, s1, ruleCue, verdict)), rule };
}

/**
 * Labels cue candidates, in text order, against gold cues (each one or more spans): 1 for the first
 * candidate whose middle lies inside a gold cue (its head), 0 for every other; `unheaded` lists the
 * gold cues no candidate reached.
 */
export function cueHeads(gold: readonly (readonly Span[])[]) {
  const headed = new Set<number>();
  return {
    label(span: Span): 0 | 1 {
      const middle = (span[0] + span[1]) / 2;
      const g = gold.findIndex((spans) => spans.some(([a, b]) => middle >= a && middle < b));
      if (g < 0 || headed.has(g)) return 0;
      headed.add(g);
      return 1;
    },
    unheaded: () => gold.flatMap((_, g) => (headed.has(g) ? [] : [g])),
  };
}
