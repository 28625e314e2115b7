// A content is no subject of another cue. "has not been returning Braun's calls, the source
// further claimed": read with "calls" as its cue, the content "the source" is the subject of the
// cue verb right after it, "claimed", which reports the clause before; the attribution is that
// verb's, not the noun's.
import type { Cue } from './cues.js';
import { cueAt } from './cues.js';
import type { Attribution, QuoteContext } from './context.js';
import { tokenAtOrAfter } from './bounds.js';

/** Parts of speech that end the phrase: a verb, or punctuation. */
const STOP_POS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'PUNCT']);
/** Adverbs between a subject and its verb ("the source further claimed", "officials also said"). */
const MAX_ADVERBS = 2;

/**
 * Whether the one content piece of `a` (after its cue `cue`, sentence tokens [s0, s1)) is a noun
 * phrase followed, right after it or after an adverb or two, by a cue verb of the sentence: that
 * verb's subject.
 */
export function contentIsNextCueSubject(ctx: QuoteContext, a: Attribution, cue: Cue, s0: number, s1: number): boolean {
  if (a.fragments.length !== 1) return false;
  const f = a.fragments[0];
  const tokens = ctx.tokens;
  if (f.kind === 'direct' || f.continued || f.span[0] < tokens[cue.tokens[1] - 1].span[1]) return false;
  const first = tokenAtOrAfter(ctx, f.span[0], s1);
  // The phrase's words, in the piece; adverbs may follow it past the piece's end.
  let k = first;
  let adverbs = 0;
  while (k < s1 && !STOP_POS.has(tokens[k].pos)) {
    if (tokens[k].span[1] > f.span[1] && (tokens[k].pos !== 'ADV' || ++adverbs > MAX_ADVERBS)) return false;
    k++;
  }
  // A cue verb in the piece reports a clause the speaker said ("said the governor told him ...").
  if (k === first || k >= s1 || tokens[k].span[0] < f.span[1]) return false;
  return tokens[k].pos === 'VERB' && cueAt(tokens, k, s0, s1) !== null;
}
