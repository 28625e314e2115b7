// An object named with "a" and a quotation, and the dummy "it" of a passive (issue 14, audit round
// 37). "called Omar a “terrorist”": the phrase after the cue is its object, not an inverted
// speaker ("said Smith"), and the sentence's subject speaks. "it's revealed in Eurogamer's review
// that ...": the "it" stands in for the clause and names no one, also with a prepositional phrase
// before the clause (the rules' reading of "it was reported that" without one already drops it).
// Run from index.ts after the models; the rules' speaker reading, which the content tagger's
// trainer reads, is left as it was.
import type { Entity } from '../../../record/types.js';
import type { Cue } from './cues.js';
import type { Attribution, QuoteContext } from './context.js';
import { kindOf, tokenAtOrAfter } from './bounds.js';
import { resolveSpeaker } from './speaker.js';
import { passive, subjectOfSentence } from './attribute.js';

/** The indefinite article, which opens the complement of a naming verb's object. */
const INDEFINITE_ARTICLE_RE = /^an?$/;

/**
 * Re-reads, in place, an inverted speaker that ends in, or is followed by, "a"/"an" right before
 * an opening quotation mark ("called {Omar a} “terrorist”"): the phrase is the cue's object and the
 * quotation its naming, so the sentence's subject is the speaker and the content runs from the
 * object to the quotation's end (a mixed quote); a pronoun prefers `salient`, the person quoted
 * last, as the rules' reading does. Returns false when the sentence has no subject
 * before the cue: no one is named to speak, and the quote is dropped.
 */
export function namedObjectSpeaker(
  ctx: QuoteContext,
  a: Attribution,
  cue: Cue,
  s0: number,
  s1: number,
  salient: Entity | null,
): boolean {
  const tokens = ctx.tokens;
  const [c0, c1] = cue.tokens;
  if (a.speaker.writer || a.speaker.span[0] < tokens[c1 - 1].span[1] || c1 >= s1) return true;
  const last = tokenAtOrAfter(ctx, a.speaker.span[1], s1) - 1;
  if (last < c1) return true;
  const article = INDEFINITE_ARTICLE_RE.test(tokens[last].lower) ? last : last + 1;
  if (article >= s1 - 1 || !INDEFINITE_ARTICLE_RE.test(tokens[article].lower)) return true;
  const mark = ctx.markContaining(tokens[article + 1].span[1]);
  if (mark < 0 || ctx.marks[mark].span[0] !== tokens[article + 1].span[0]) return true;
  const range = subjectOfSentence(ctx, s0, c0);
  if (!range || ctx.markContaining(tokens[range[0]].span[0]) >= 0) return false;
  a.speaker = resolveSpeaker(tokens, range, ctx.mentions, salient, ctx.text);
  const span: [number, number] = [tokens[c1].span[0], ctx.marks[mark].span[1]];
  a.fragments = [{ kind: kindOf(ctx, span), span }];
  return true;
}

/** Parts of speech of a prepositional phrase between a passive cue and its clause. */
const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const MAX_PHRASE_TOKENS = 6;

/**
 * Whether the speaker of `a` is a bare "it" before a passive cue, a prepositional phrase (not an
 * agent's "by") and "that" or "to": "it's revealed in a review that ...", whose "it" is the clause.
 */
export function expletivePassiveIt(ctx: QuoteContext, a: Attribution, cue: Cue, s0: number, s1: number): boolean {
  const tokens = ctx.tokens;
  const [c0, c1] = cue.tokens;
  const k0 = tokenAtOrAfter(ctx, a.speaker.span[0], s1);
  if (k0 >= s1 || tokens[k0].span[1] !== a.speaker.span[1] || tokens[k0].lower !== 'it') return false;
  if (!passive(tokens, c0, s0)) return false;
  let k = c1;
  while (k < s1 && k - c1 < 2 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'ADV')) k++;
  if (k >= s1 || tokens[k].pos !== 'ADP' || tokens[k].lower === 'by' || tokens[k].lower === 'that') return false;
  const from = ++k;
  while (k < s1 && k - from < MAX_PHRASE_TOKENS && PHRASE_POS.has(tokens[k].pos)) k++;
  return k > from && k < s1 && (tokens[k].lemma === 'that' || tokens[k].lemma === 'to');
}
