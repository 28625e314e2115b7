// "Start small and recognize that no one is watching", "Get to know what happens in the other
// business stages", "Take calls, control your music": an imperative has no subject, and the
// speaker finder, looking before the cue, takes the imperative's own verb ("Start small", "Get",
// "Take") for one. The writer addresses the reader; no one is quoted.
import type { Attribution, QuoteContext } from './context.js';
import { tokenAtOrAfter } from './bounds.js';

/** Parts of speech that name someone or something: a speaker's words hold one of them. */
const NAMING_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);
/** What may come before an imperative at a sentence's start: a list's number ("1. Start small"). */
const LIST_MARK_POS: ReadonlySet<string> = new Set(['NUM', 'PUNCT', 'X', 'SYM']);

/**
 * Whether the speaker's words, with no entity and not the writer, are a verb in its base form that
 * opens its sentence (after a list's number at most) and words that name no one (no noun, name or
 * pronoun): an imperative read as a subject. A name the tagger takes for a verb ("Lynch said")
 * is a person's surname in the document or written with its capital inside a sentence, and a
 * gerund or participle subject ("Having said that", "Breathing tests") is left alone.
 */
export function imperativeSpeaker(ctx: QuoteContext, a: Attribution, sentenceStart: number): boolean {
  const { speaker } = a;
  if (speaker.entity || speaker.writer || speaker.antecedent) return false;
  const first = tokenAtOrAfter(ctx, speaker.span[0], ctx.tokens.length);
  const verb = ctx.tokens[first];
  if (!verb || verb.pos !== 'VERB' || verb.lemma !== verb.lower) return false;
  for (let k = sentenceStart; k < first; k++) if (!LIST_MARK_POS.has(ctx.tokens[k].pos)) return false;
  for (let k = first; k < ctx.tokens.length && ctx.tokens[k].span[1] <= speaker.span[1]; k++)
    if (NAMING_POS.has(ctx.tokens[k].pos)) return false;
  return !writtenAsAName(ctx, verb.text);
}

/**
 * Whether a capitalised word is a name in this document: a person's surname ("Attorney General
 * Loretta Lynch ... Lynch said"), or written with its capital inside a sentence ("said Lynch").
 */
function writtenAsAName(ctx: QuoteContext, word: string): boolean {
  if (ctx.mentions.personBySurname(word)) return true;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`[\\p{Ll}\\p{N},] ${escaped}\\b`, 'u').test(ctx.text);
}
