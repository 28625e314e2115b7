// What the quote models' training reads of a text, shared by train-quotes.ts (PolNeAR, GUM's
// non-attribution sentences) and acts-messages.ts (the acts-and-messages set): the document as the
// quotes component sees it, and a cue candidate's example as inference asks the cue model.
import type { Entity } from '../src/record/types.js';
import { extract } from '../src/extract/index.js';
import { newDoc } from '../src/analyze/doc.js';
import { COMPONENTS } from '../src/analyze/components/index.js';
import { QuoteContext } from '../src/analyze/components/quotes/context.js';
import { findQuoteMarks } from '../src/analyze/components/quotes/marks.js';
import type { Cue } from '../src/analyze/components/quotes/cues.js';
import { cueFeatures } from '../src/analyze/components/quotes/learned/features.js';
import { ruleReading } from '../src/analyze/components/quotes/learned/attribute.js';

/** The document and quote context the quotes component would see for a text. */
export function analysed(text: string, path: string) {
  const doc = newDoc(extract({ content: text, format: 'body', path }));
  for (const c of COMPONENTS) {
    if (c.name === 'quotes') break;
    c.run(doc);
  }
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
