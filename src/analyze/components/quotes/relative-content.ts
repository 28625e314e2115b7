// A content the model opens at a relative pronoun: "it has balked on terms [that would leave it
// exposed ...]" reads "that" as a complementizer, but "that" right between a noun and a finite verb
// is the noun's relative pronoun (a "that"-clause needs a subject of its own), and what the clause
// says is said of the noun. PolNeAR takes the noun's phrase in ("rejected [proposals that would cut
// funding]").
import type { Cue } from './cues.js';
import { HEARER_CUE_LEMMAS } from './cues.js';
import type { Attribution, QuoteContext } from './context.js';
import { tokenAtOrAfter } from './bounds.js';
import { finiteVerb } from './trim.js';

/** Parts of speech of the noun phrase a relative clause hangs on. */
const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Starts, in place, the first piece of `a` at the noun phrase before it when the piece opens with
 * "that" and a finite verb right after a common noun between the cue and the piece. Not after a verb
 * that takes a hearer ("told reporters that would be a mistake": "that" is the subject there).
 */
export function takeRelativeAntecedent(ctx: QuoteContext, a: Attribution, cue: Cue): void {
  const first = a.fragments[0];
  if (!first || first.kind !== 'indirect' || first.continued) return;
  const tokens = ctx.tokens;
  const [c0, c1] = cue.tokens;
  if (HEARER_CUE_LEMMAS.has(tokens[c0].lemma)) return;
  const that = tokenAtOrAfter(ctx, first.span[0], tokens.length);
  if (that >= tokens.length - 1 || tokens[that].span[0] !== first.span[0] || tokens[that].lower !== 'that') return;
  if (!finiteVerb(tokens[that + 1]) || that - 1 < c1 || tokens[that - 1].pos !== 'NOUN') return;
  let start = that - 1;
  while (start - 1 >= c1 && PHRASE_POS.has(tokens[start - 1].pos)) start--;
  first.span = [tokens[start].span[0], first.span[1]];
}
