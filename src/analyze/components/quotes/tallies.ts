// Two readings of a cue word that report no one's words: "add" with a counted object, a tally
// ("Brad Marchand added three assists", "The economy added 128,000 jobs"), and a noun cue that is
// the object of another verb with a predicate adjective after it ("kept Spain's hopes alive",
// "keeps hopes high"), where the adjective is no content. polnear-train marks neither: none of its
// "add" contents opens with a number, none of its "hope" contents with such an adjective.
import type { Token } from '../../doc.js';
import type { Cue } from './cues.js';
import type { Attribution, QuoteContext } from './context.js';
import { tokenAtOrAfter } from './bounds.js';
import { NUMBER_WORDS } from '../../resources/number-words.js';

/** The first token of an attribution's one indirect piece, else -1. */
function indirectStart(ctx: QuoteContext, a: Attribution): number {
  if (a.fragments.length !== 1 || a.fragments[0].kind !== 'indirect') return -1;
  return tokenAtOrAfter(ctx, a.fragments[0].span[0], ctx.tokens.length);
}

/** Parts of speech inside a counted noun phrase ("three more assists", "$5 billion"). */
const COUNTED_PHRASE_POS: ReadonlySet<string> = new Set(['NUM', 'ADJ', 'NOUN', 'PROPN', 'SYM']);

const pluralAsVerb = (t: Token) => t.pos === 'VERB' && t.lower !== t.lemma && t.lower.endsWith('s');

/**
 * Whether the cue "add" takes a counted thing as its object ("added three assists to lead
 * Boston", "added $5 billion"): the content opens with a number whose noun phrase no verb of its
 * own follows ("added three people had died" is a report).
 */
export function addsATally(ctx: QuoteContext, a: Attribution, cue: Cue): boolean {
  if (ctx.tokens[cue.tokens[0]].lemma !== 'add') return false;
  const first = indirectStart(ctx, a);
  if (first < 0) return false;
  const tokens = ctx.tokens;
  const t = tokens[first];
  if (!(t.pos === 'NUM' || t.text === '$' || NUMBER_WORDS[t.lower] !== undefined)) return false;
  let k = first + 1;
  // wink reads the plural after a number as a verb at times ("three assists/VERB"): a verb's -s
  // form does not follow a number.
  while (k < tokens.length && (COUNTED_PHRASE_POS.has(tokens[k].pos) || pluralAsVerb(tokens[k]))) k++;
  return k > first + 1 && !(k < tokens.length && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX'));
}

/** Words before a noun that make it one ("Spain's hopes", "their hopes", "the hopes"). */
const NOUN_MARKERS: ReadonlySet<string> = new Set([
  "'s",
  '’s',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'the',
]);

/**
 * Whether a cue read as a noun (after a possessive or "the": wink may tag "hopes" a verb there)
 * has a content that opens with a predicate adjective right after it ("kept Spain's hopes
 * [alive, then ...]", "their hopes [high]"): an adjective not followed by a noun of its phrase.
 */
export function adjectiveAfterNounCue(ctx: QuoteContext, a: Attribution, cue: Cue): boolean {
  const [c0, c1] = cue.tokens;
  if (c1 - c0 !== 1 || c0 === 0 || !NOUN_MARKERS.has(ctx.tokens[c0 - 1].lower)) return false;
  const first = indirectStart(ctx, a);
  if (first < 0 || first !== c1 || ctx.tokens[first].pos !== 'ADJ') return false;
  const next = ctx.tokens[first + 1];
  return !next || !(next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
}
