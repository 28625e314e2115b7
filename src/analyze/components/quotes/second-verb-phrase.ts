// An object content ends before its subject's second verb phrase: "Sondland bragged about [his
// proximity to Trump] and drew alarm from the foreign service" goes on with the writer's account of
// what the subject did. The rules' objects stop there (bounds.ts, objectEnd); the content tagger
// may run on.
import type { Cue } from './cues.js';
import type { Attribution, QuoteContext } from './context.js';
import { finiteVerb, VERB_PHRASE_CONJUNCTIONS } from './trim.js';

/**
 * A relative word in the object opens a clause whose verbs may be coordinated ("a nation that
 * borders China and has had friendly relations"): the content stays.
 */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when']);
/**
 * What the object ends in before the conjunction: a noun, a name, a pronoun or a number ("called
 * the charges unsubstantiated and fabricated by ..." coordinates adjectives and participles).
 */
const OBJECT_END_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * Ends, in place, the last piece of the object cue `cue`'s content before a conjunction and a
 * finite verb when the piece (reported words after the cue, no quotation) holds no finite verb
 * before it: an object, not a clause whose verbs may be coordinated ("said prices rose and wages
 * fell" is a "said" clause, and "criticized the plan that cost millions and drew ire" holds a verb).
 */
export function cutAtSecondVerbPhrase(ctx: QuoteContext, a: Attribution, cue: Cue): void {
  if (cue.kind !== 'object') return;
  const last = a.fragments.at(-1);
  const tokens = ctx.tokens;
  const c1 = cue.tokens[1];
  if (!last || last.kind === 'direct' || last.continued || c1 >= tokens.length) return;
  if (last.span[0] < tokens[c1 - 1].span[1]) return;
  for (let k = c1; k + 1 < tokens.length && tokens[k + 1].span[1] <= last.span[1]; k++) {
    const t = tokens[k];
    if (t.span[0] < last.span[0]) continue;
    if (ctx.markContaining(t.span[0]) >= 0 || finiteVerb(t) || RELATIVE_WORDS.has(t.lower)) return;
    const after = tokens[k + 2];
    if (
      t.pos === 'CCONJ' &&
      VERB_PHRASE_CONJUNCTIONS.has(t.lower) &&
      OBJECT_END_POS.has(tokens[k - 1].pos) &&
      finiteVerb(tokens[k + 1]) &&
      after?.lower !== 'by' &&
      k > c1
    ) {
      let end = k;
      while (end > c1 && tokens[end - 1].text === ',') end--;
      if (tokens[end - 1].span[1] <= last.span[0]) return;
      last.span = [last.span[0], tokens[end - 1].span[1]];
      return;
    }
  }
}
