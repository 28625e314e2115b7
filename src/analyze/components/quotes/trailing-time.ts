// "I think this will be the cheapest TV [during the Black Friday season]": a period that closes
// the sentence after a reported clause, led by "during" or "throughout", is the clause's own
// time, not the saying's. polnear-train's contents end in such a phrase 71 times and stop before
// one 9 times, those all occasions of the saying ("during a rally in Brooklyn", "during a
// speech"), no time expressions. The content tagger may stop before it.
import type { Cue } from './cues.js';
import type { Attribution, QuoteContext } from './context.js';
import { tokenAtOrAfter } from './bounds.js';

const PERIOD_LEADS: ReadonlySet<string> = new Set(['during', 'throughout']);
const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Extends, in place, an attribution's last piece, an indirect one after the cue, over a "during"
 * or "throughout" phrase that holds a time expression and runs to the end of the sentence (token
 * `s1`).
 */
export function takeTrailingPeriod(ctx: QuoteContext, a: Attribution, cue: Cue, s1: number): void {
  const last = a.fragments[a.fragments.length - 1];
  if (!last || last.kind !== 'indirect' || last.span[0] < ctx.tokens[cue.tokens[1] - 1].span[1]) return;
  const tokens = ctx.tokens;
  const lead = tokenAtOrAfter(ctx, last.span[1], s1);
  if (lead >= s1 || !PERIOD_LEADS.has(tokens[lead].lower)) return;
  let k = lead + 1;
  let time = false;
  while (k < s1 && PHRASE_POS.has(tokens[k].pos)) {
    time ||= ctx.inTime(tokens[k].span[0]);
    k++;
  }
  if (!time || k === lead + 1 || (k < s1 && tokens[k].pos !== 'PUNCT') || k + 1 < s1) return;
  last.span = [last.span[0], tokens[k - 1].span[1]];
}
