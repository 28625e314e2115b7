// A noun of saying after a preposition that hangs on the predicate's adjective or participle
// ("would leave it open to accusations that it dumps ...", "were sympathetic to the argument that
// ..."; audit round 34 #62): the sentence's subject, which the rules take as a noun cue's holder
// when it has no possessor, is the one the accusation is about or who meets the argument, not
// its holder. The attribution is left out after the models (the models' training input keeps the
// rules' reading).
import type { Token } from '../../doc.js';
import type { Attribution, QuoteContext } from './context.js';
import type { Cue } from './cues.js';

/** Words between a preposition and its noun ("to the new accusations"). */
const PREPOSITION_OBJECT_MODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'ADV']);
/** Prepositions whose object may still be held by the subject ("spoke of fears", "saw it as a warning"). */
const HOLDING_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'as']);

/**
 * Whether the noun at token `noun` is the object of a preposition that hangs on an adjective or a
 * participle after the clause's verb ("sympathetic to the argument that", "left exposed to claims
 * that", "leave it open to accusations that"). Right after the clause's own verb the preposition
 * may be its particle, and the subject holds the noun ("came to the conclusion that", "has come
 * to"). A possessor before the noun ("open to its claims") stops the walk: it holds the noun.
 */
function afterPredicatePreposition(tokens: readonly Token[], noun: number, s0: number): boolean {
  let k = noun - 1;
  while (k > s0 && PREPOSITION_OBJECT_MODIFIERS.has(tokens[k].pos)) k--;
  if (k - 1 <= s0 || tokens[k].pos !== 'ADP' || HOLDING_PREPOSITIONS.has(tokens[k].lemma)) return false;
  const word = tokens[k - 1];
  if (word.pos === 'ADJ') return true;
  if (word.pos !== 'VERB') return false;
  // wink tags "open" in "leave it open to" a verb: a verb after another verb, or after a verb and
  // its pronoun object, is the predicate's word, not the clause's verb.
  let v = k - 2;
  if (v > s0 && tokens[v].pos === 'PRON') v--;
  return tokens[v].pos === 'VERB';
}

/** Whether a noun cue's holder was read from the subject across the predicate's preposition. */
export function nounAfterPredicatePreposition(ctx: QuoteContext, a: Attribution, cue: Cue, s0: number): boolean {
  if (cue.kind !== 'noun' || a.speaker.span[1] > ctx.tokens[cue.tokens[0]].span[0]) return false;
  return afterPredicatePreposition(ctx.tokens, cue.tokens[0], s0);
}
