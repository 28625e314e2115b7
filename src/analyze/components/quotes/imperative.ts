// "Start small and recognize that no one is watching", "Get to know what happens in the other
// business stages", "Take calls, control your music": an imperative has no subject, and the
// speaker finder, looking before the cue, takes the imperative's own verb ("Start small", "Get",
// "Take") for one. The writer addresses the reader; no one is quoted. So with "let us know", the
// writer's request, where the finder took "us" for the speaker; "let's say", the writer's own
// supposition, has the writer as its speaker (letsSpeaker).
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
  if (letUs(ctx, speaker.span)) return true;
  if (speaker.entity || speaker.writer || speaker.antecedent) return false;
  const first = tokenAtOrAfter(ctx, speaker.span[0], ctx.tokens.length);
  const verb = ctx.tokens[first];
  if (!verb || verb.pos !== 'VERB' || verb.lemma !== verb.lower) return false;
  for (let k = sentenceStart; k < first; k++) if (!LIST_MARK_POS.has(ctx.tokens[k].pos)) return false;
  for (let k = first; k < ctx.tokens.length && ctx.tokens[k].span[1] <= speaker.span[1]; k++)
    if (NAMING_POS.has(ctx.tokens[k].pos)) return false;
  return !writtenAsAName(ctx, verb.text);
}

/** The contracted "us" of "let's". */
const CONTRACTED_US: ReadonlySet<string> = new Set(["'s", '’s']);

/** The token of the speaker's words when they are one word right after "let", else -1. */
function afterLet(ctx: QuoteContext, span: readonly [number, number]): number {
  const first = tokenAtOrAfter(ctx, span[0], ctx.tokens.length);
  const us = ctx.tokens[first];
  if (!us || us.span[1] !== span[1] || ctx.tokens[first - 1]?.lower !== 'let') return -1;
  return first;
}

/**
 * Whether the speaker's words are the "us" of "let us" ("let us know what your favorite gadget
 * is"): the writer asks the reader to speak, and no one's words are reported.
 */
function letUs(ctx: QuoteContext, span: readonly [number, number]): boolean {
  const k = afterLet(ctx, span);
  return k >= 0 && ctx.tokens[k].lower === 'us';
}

/**
 * Whether the speaker's words are the "'s" of "let's" ("well, let's say they cause you to grow",
 * "Let's say you think a degree will cost $160,000"): a first person plural imperative, the
 * writer's own supposition or hedge, whose speaker is the writer as PolNeAR marks it.
 */
export function letsSpeaker(ctx: QuoteContext, span: readonly [number, number]): boolean {
  const k = afterLet(ctx, span);
  return k >= 0 && CONTRACTED_US.has(ctx.tokens[k].lower);
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
