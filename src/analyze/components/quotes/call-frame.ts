// An object and a quoted complement after a cue (issue 14, audit round 32): "Trump called the
// senator a “nasty guy,” an “anchor baby,” ..." says its own words after the cue; the quotation the
// sentence before ends in ("the nickname “Lyin' Ted.” Trump called ...") is no content of it
// (polnear-dev). Runs from index.ts after the models, which training does not read.
import type { Cue } from './cues.js';
import type { Attribution, QuoteContext } from './context.js';

/** Parts of speech of the object phrase between the cue and the quoted complement. */
const OBJECT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
/** The longest object phrase read. */
const MAX_OBJECT_TOKENS = 6;

/**
 * Whether the rules' or the tagger's content of `a` is a quotation ending before the speaker and
 * the cue is followed by an object phrase and then "a" / "an" and an opening quotation mark ("called
 * the senator a “nasty guy”"): then the content is what follows the cue to the sentence's end (its
 * final period left out unless a quotation holds it), a mixed quote.
 */
export function takeObjectComplement(ctx: QuoteContext, a: Attribution, cue: Cue, sentenceEnd: number): void {
  const tokens = ctx.tokens;
  const cueStart = tokens[cue.tokens[0]].span[0];
  if (a.fragments.length !== 1 || a.fragments[0].kind !== 'direct' || a.fragments[0].span[1] > cueStart) return;
  if (a.speaker.span[1] > cueStart) return; // an inverted cue ("said Smith") credits the quotation
  const first = cue.tokens[1];
  let k = first;
  while (
    k < sentenceEnd &&
    k - first < MAX_OBJECT_TOKENS &&
    OBJECT_POS.has(tokens[k].pos) &&
    !/^an?$/.test(tokens[k].lower)
  )
    k++;
  if (k === first || k + 1 >= sentenceEnd || !/^an?$/.test(tokens[k].lower)) return;
  const mark = ctx.markContaining(tokens[k + 1].span[1]);
  if (mark < 0 || ctx.marks[mark].span[0] !== tokens[k + 1].span[0]) return;
  let last = sentenceEnd - 1;
  if (/^[.!?]$/.test(tokens[last].text) && ctx.markContaining(tokens[last].span[0]) < 0) last--;
  if (last < k + 1) return;
  a.fragments = [{ kind: 'mixed', span: [tokens[first].span[0], tokens[last].span[1]] }];
}
