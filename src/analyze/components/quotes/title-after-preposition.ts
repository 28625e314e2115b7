// A short quotation right after the cue and a preposition is the preposition's object, a title
// ("the “Pose” actor previously said on “DWTS.”"), not a second piece of what was said. The rules
// take it as one when a quoted word in the speaker's phrase ("the “Pose” actor") keeps the
// quotation before the cue from joining as it does without it.
import type { Cue } from './cues.js';
import type { Attribution, QuoteContext } from './context.js';
import { holdsSpeechWords } from './context.js';
import { tokenAtOrAfter } from './bounds.js';

const OPENING_MARK_RE = /["“‘']/;

/** Drops, in place, such a title from the pieces of `cue`'s attribution when another piece remains. */
export function dropTitleAfterPreposition(ctx: QuoteContext, a: Attribution, cue: Cue): void {
  if (a.fragments.length < 2) return;
  const tokens = ctx.tokens;
  const cueEnd = tokens[cue.tokens[1] - 1].span[1];
  const kept = a.fragments.filter((f) => {
    if (f.continued || f.span[0] < cueEnd || !OPENING_MARK_RE.test(ctx.text[f.span[0]])) return true;
    const open = tokenAtOrAfter(ctx, f.span[0], tokens.length);
    const before = tokens[open - 1];
    if (!before || before.pos !== 'ADP' || before.span[0] < cueEnd) return true;
    return holdsSpeechWords(ctx.text.slice(f.span[0], f.span[1]));
  });
  if (kept.length > 0) a.fragments = kept;
}
