// "After [a year, the pain cleared and he is back at work], the doctor said": a content that
// starts right after the preposition opening its sentence holds the preposition's object, a
// time or place of the reported clause, without the preposition. The writer's adjunct would be
// left out whole; a phrase cut after its first word is neither, and the preposition goes with it.
import type { Attribution, QuoteContext } from './context.js';
import { tokenAtOrAfter } from './bounds.js';

/** Parts of speech a verb phrase may be tagged with: a clause ("After he left, ..."), no phrase. */
const VERB_POS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
/** The longest prepositional phrase taken back in, up to its comma. */
const MAX_PHRASE_TOKENS = 8;

/**
 * Moves, in place, the start of each reported (not quoted) piece of `a` back over the preposition
 * that opens its sentence when the piece starts right after it and the preposition's phrase runs,
 * with no verb, to a comma inside the piece.
 */
export function takeOpeningPreposition(ctx: QuoteContext, a: Attribution): void {
  const tokens = ctx.tokens;
  for (const f of a.fragments) {
    if (f.kind === 'direct') continue;
    const k = tokenAtOrAfter(ctx, f.span[0], tokens.length);
    if (k <= 0 || k >= tokens.length || tokens[k].span[0] !== f.span[0]) continue;
    const p = tokens[k - 1];
    if (p.pos !== 'ADP' || p.sentence !== tokens[k].sentence || (k - 1 > 0 && tokens[k - 2].sentence === p.sentence))
      continue;
    let c = k;
    while (c < tokens.length && c - k < MAX_PHRASE_TOKENS && tokens[c].text !== ',' && !VERB_POS.has(tokens[c].pos))
      c++;
    if (c === k || c >= tokens.length || tokens[c].text !== ',' || tokens[c].span[1] > f.span[1]) continue;
    f.span = [p.span[0], f.span[1]];
  }
}
