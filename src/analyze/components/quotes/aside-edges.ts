// Content edges after the tagger (issue 14, thirty-sixth session): the writer's bracketed aside
// after a reported clause, and the occasion of the saying ("while closing out their concert"),
// are no part of the content. Both run after the models (index.ts), so training does not read them.
import type { Cue } from './cues.js';
import type { Attribution, QuoteContext } from './context.js';
import { tokenAtOrAfter } from './bounds.js';

/** The last content piece of `a` when it is reported words that start after the cue. */
function reportedAfterCue(ctx: QuoteContext, a: Attribution, cue: Cue): Attribution['fragments'][number] | null {
  const last = a.fragments.at(-1);
  if (!last || last.kind === 'direct' || last.continued) return null;
  return last.span[0] < ctx.tokens[cue.tokens[1] - 1].span[1] ? null : last;
}

/** The longest bracket a name carries ("(D-Va.)", "(R-S.C.)"), in tokens from "(" to ")". */
const MAX_NAME_BRACKET_TOKENS = 8;

/** Token indices [first, end) of the tokens inside `span` (a piece after the cue, reportedAfterCue). */
function tokensOf(ctx: QuoteContext, span: readonly [number, number]): [number, number] {
  const tokens = ctx.tokens;
  const first = tokenAtOrAfter(ctx, span[0], tokens.length);
  let end = first;
  while (end < tokens.length && tokens[end].span[1] <= span[1]) end++;
  return [first, end];
}

/** Ends `piece` at the end of token `k - 1`, leaving out commas and dashes before it. */
function endBefore(ctx: QuoteContext, piece: Attribution['fragments'][number], first: number, k: number): boolean {
  let end = k;
  while (end > first && /^[,;:—–-]$/.test(ctx.tokens[end - 1].text)) end--;
  if (end <= first) return false;
  piece.span = [piece.span[0], ctx.tokens[end - 1].span[1]];
  return true;
}

/**
 * "argued that it helps when Trump is painted as ... outside the norms of the Party (which lets the
 * rest of the GOP off the hook).", "want policies that create less revenue (they want lower tax
 * rates ...)": a bracket opened inside a reported content that holds a clause of its own (a verb)
 * and runs to the content's end is the writer's aside: the content ends before it. A bracket with no
 * verb ("Rep. Don Beyer (D-Va.)", "statements (54%)") stays, and so does one the content goes on
 * after ("but on the hardest difficulties (I finished it on Master), you're not given ...").
 */
export function cutBeforeClauseBracket(ctx: QuoteContext, a: Attribution, cue: Cue): void {
  const piece = reportedAfterCue(ctx, a, cue);
  if (!piece) return;
  const tokens = ctx.tokens;
  const [first, end] = tokensOf(ctx, piece.span);
  for (let k = first + 1; k < end; k++) {
    if (tokens[k].text !== '(') continue;
    if (ctx.markContaining(tokens[k].span[0]) >= 0) return;
    let close = k + 1;
    let verb = false;
    while (close < tokens.length && tokens[close].text !== ')' && tokens[close].sentence === tokens[k].sentence) {
      if (tokens[close].pos === 'VERB' || tokens[close].pos === 'AUX') verb = true;
      close++;
    }
    if (!verb) {
      // "would have to consider Rep. Don Beyer (D-Va": a short bracket without a verb the content
      // ends inside (at the abbreviation's period) is the name's; the content takes it whole.
      if (end <= close && close < tokens.length && tokens[close].text === ')' && close - k <= MAX_NAME_BRACKET_TOKENS)
        piece.span = [piece.span[0], tokens[close].span[1]];
      return;
    }
    // The content runs on after the closing bracket: the aside sits inside it.
    for (let j = close + 1; j < end; j++) if (!/^[.!?,;:'"”’)]+$/.test(tokens[j].text)) return;
    endBefore(ctx, piece, first, k);
    return;
  }
}

/**
 * "announced the 30-date jaunt while closing out their November 18th concert", "mentioned the devil
 * to me while driving on the highway": a "while" and a participle (or a gerund wink tags a noun, "while
 * closing out") after an object content with no verb of its own open the occasion of the saying, the speaker's doing; the content ends before
 * "while". A clause or an infinitive ("said she would keep working while running", "pledged to
 * remain civil while campaigning") keeps its own "while" clause.
 */
export function cutOccasionWhile(ctx: QuoteContext, a: Attribution, cue: Cue): void {
  const piece = reportedAfterCue(ctx, a, cue);
  if (!piece) return;
  const tokens = ctx.tokens;
  const [first, end] = tokensOf(ctx, piece.span);
  for (let k = first; k + 1 < end; k++) {
    const t = tokens[k];
    const infinitive = t.lower === 'to' && tokens[k + 1].pos === 'VERB';
    if (t.pos === 'VERB' || t.pos === 'AUX' || infinitive || t.pos === 'SCONJ' || t.text === '(') {
      if (t.lower !== 'while') return;
    }
    if (t.lower !== 'while') continue;
    const next = tokens[k + 1];
    if (k > first && (next.pos === 'VERB' || next.pos === 'NOUN') && /ing$/i.test(next.text))
      endBefore(ctx, piece, first, k);
    return;
  }
}

/**
 * Words that open a clause of time after an object ("as", "after", "when", "while"): grammar words
 * of speaker.ts's SUBORDINATORS and "after", not a lexicon. "before", "since" and "until" are left
 * out: on polnear-dev (dev) they open a clause on the noun before them ("in the moments before he
 * was shot", "online since it was released"), which PolNeAR keeps in the content.
 */
const TIME_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'while', 'as', 'after']);
/** Words that open a complement clause or an infinitive, not an object. */
const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['to', 'that', 'whether', 'if']);
/** Parts of speech a clause's subject phrase is made of (a pronoun only as its first word). */
const SUBJECT_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PUNCT']);
/** The longest subject phrase read after a subordinator. */
const MAX_SUBJECT_TOKENS = 12;

/**
 * Whether tokens from `j` open a finite clause: a subject phrase (a pronoun, or determiners,
 * adjectives, numbers and nouns holding a noun) and right after it a verb ("the state legislature
 * concluded", "two other cases were"). "a 28-year-old man from Ohio" (a preposition after the
 * phrase) and "the worst it had seen" (a pronoun inside it) are not.
 */
function finiteClauseAt(ctx: QuoteContext, j: number, end: number): boolean {
  const tokens = ctx.tokens;
  if (j >= end) return false;
  let k = j;
  let noun = false;
  if (tokens[k].pos === 'PRON') {
    noun = true;
    k++;
  } else
    for (; k < end && k - j < MAX_SUBJECT_TOKENS && SUBJECT_PHRASE_POS.has(tokens[k].pos); k++) {
      if (tokens[k].pos === 'PUNCT' && tokens[k].text !== '-') return false;
      if (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN') noun = true;
    }
  return noun && k < end && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX');
}

/**
 * "has claimed victory as the House concluded its third public hearing", "reported its third case
 * of plague on Sunday after two other cases were revealed last week": a clause of time with a
 * subject and a verb of its own after an object content with no verb is the occasion of the
 * saying, told by the writer; the content ends before the subordinator (audit rounds 25 and 32).
 * A reported clause keeps its own clause of time ("said the road would reopen after the crews
 * finished"), and "as" before a noun phrase is the object's complement ("identified the suspect
 * as a 28-year-old man").
 */
export function cutOccasionClause(ctx: QuoteContext, a: Attribution, cue: Cue): void {
  const piece = reportedAfterCue(ctx, a, cue);
  if (!piece) return;
  const tokens = ctx.tokens;
  const [first, end] = tokensOf(ctx, piece.span);
  // "to unendorse Trump after ...", "but "when it comes ..."", "that when he flew ...": an
  // infinitive, a conjunction or a complementizer opens a clause, not an object.
  if (COMPLEMENT_OPENERS.has(tokens[first].lower) || tokens[first].pos === 'CCONJ') return;
  for (let k = first; k + 1 < end; k++) {
    const t = tokens[k];
    if (ctx.markContaining(t.span[0]) >= 0) return;
    // A capitalised "As" or "When" inside a content is a headline's title case, not a clause's start.
    if (TIME_SUBORDINATORS.has(t.text)) {
      if (k > first && finiteClauseAt(ctx, k + 1, end)) endBefore(ctx, piece, first, k);
      return;
    }
    const infinitive = t.lower === 'to' && tokens[k + 1].pos === 'VERB';
    if (t.pos === 'VERB' || t.pos === 'AUX' || infinitive || t.pos === 'SCONJ' || t.text === '(') return;
  }
}
