// Where contents start and end: the boundary rules shared by the attribution finders. They follow
// the PARC / PolNeAR conventions: terminal punctuation stays out unless a closing mark ends the
// content, a reported clause ends where the writer's own clause begins, an object ends before its
// adjuncts.
import type { QuoteKind, Span } from '../../../record/types.js';
import type { Token } from '../../doc.js';
import { isCueLemma } from './cues.js';
import { SUBORDINATORS } from './speaker.js';
import type { QuoteContext } from './context.js';

/** Punctuation that closes an object content. */
const OBJECT_STOP_RE = /^(?:[,;:(]|--|[—–―])$/;
/** A clause opening: what a reported clause without "that" starts with. */
const CLAUSE_START_POS = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'NUM', 'ADJ', 'SCONJ', 'ADV', 'ADP']);
/** Words after a cue that open an adjunct, not the reported clause ("said before he died", "asked about finances"). */
const NOT_CLAUSE_STARTS = new Set([
  'before',
  'after',
  'when',
  'as',
  'about',
  'for',
  'to',
  'since',
  'until',
  'while',
  'because',
  'with',
  'without',
  'by',
]);
/** A dash token: "... — and he noted" ends a reported clause. */
const DASH_RE = /^(?:--|[—–―])$/;
/** A reported clause needs one of these. */
const CLAUSE_VERB_POS = new Set(['VERB', 'AUX']);
/** Terminal punctuation left out of content, as PolNeAR/PARC annotators do. */
const TRAILING_PUNCT_RE = /[\s.!?;:,—–-]+$/;
/** After a comma, these open a new clause that is the writer's, not the source's ("..., though she acknowledged"). */
const CLAUSE_BREAK_AFTER_COMMA = new Set([
  'but',
  'though',
  'although',
  'while',
  'whereas',
  'which',
  'who',
  'according',
]);
/** Participles that extend the content as a list rather than open the writer's clause (", including ..."). */
const LIST_PARTICIPLES = new Set(['include', 'exclude', 'involve']);
/** What may open a new independent clause after ", and": "..., and the downgrade is casting ...". */
const NEW_CLAUSE_SUBJECT_POS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'SCONJ', 'ADV']);
/** How far a new clause's verb may be from its "and", and the words that carry a statement ("in a statement on Thursday"). */
const NEW_CLAUSE_VERB_WINDOW = 4;
const COMMUNICATION_NOUNS = new Set([
  'statement',
  'interview',
  'email',
  'e-mail',
  'tweet',
  'ruling',
  'letter',
  'speech',
  'remark',
  'diatribe',
  'post',
  'video',
  'ad',
  'advertisement',
  'report',
  'debate',
  'forum',
  'rally',
  'conference',
  'call',
  'memo',
  'editorial',
  'op-ed',
  'column',
  'testimony',
  'hearing',
  'briefing',
  'broadcast',
  'appearance',
  'address',
  'message',
  'filing',
]);
/** Words that open an adjunct after an object content ("called her a fraud during the debate"). */
const ADJUNCT_STARTS = new Set([
  'after',
  'before',
  'during',
  'since',
  'when',
  'while',
  'until',
  'because',
  'despite',
  'amid',
  'although',
  'though',
  'so',
]);
/** "as" opens an adjunct too, except after verbs whose object takes an "as" complement ("described the incident as ..."). */
const LOOSE_ADJUNCT_STARTS = new Set(['as']);
const AS_COMPLEMENT_LEMMAS = new Set([
  'describe',
  'label',
  'characterize',
  'dub',
  'identify',
  'see',
  'regard',
  'view',
  'brand',
  'cite',
  'rate',
  'criticize',
  'attack',
  'dismiss',
  'hail',
  'praise',
  'blast',
  'deride',
  'denounce',
  'condemn',
  'call',
]);
/** A participle ("saying", "adding"): after a comma it continues the main clause's subject. */
export const PARTICIPLE_SUFFIX_RE = /ing$/i;

/** Content spans stop before terminal punctuation unless a closing quotation mark ends them. */
export function clip(ctx: QuoteContext, start: number, end: number): Span {
  let e = end;
  const tail = TRAILING_PUNCT_RE.exec(ctx.text.slice(start, end));
  if (tail) e = start + tail.index;
  // A quotation the content ends inside runs to its closing mark (wink may split ''...'' marks).
  const open = e > start ? ctx.markContaining(e - 1) : -1;
  if (open >= 0 && ctx.marks[open].span[1] > e && ctx.marks[open].span[0] >= start) e = ctx.marks[open].span[1];
  let b = start;
  while (b < e && /\s/.test(ctx.text[b])) b++;
  // A closing bracket whose opening one lies outside belongs to the sentence around the content.
  if (ctx.text[e - 1] === ')' && !ctx.text.slice(b, e).includes('(')) e--;
  return [b, e];
}

/** Direct when the content is exactly one quotation, mixed when it holds one, else indirect. */
export function kindOf(ctx: QuoteContext, span: Span): QuoteKind {
  const marks = ctx.marksWithin(span[0], span[1]);
  if (marks.length === 0) return 'indirect';
  const m = ctx.marks[marks[0]].span;
  return marks.length === 1 && m[0] === span[0] && m[1] === span[1] ? 'direct' : 'mixed';
}

/** Where an object ends: a comma, semicolon or dash, or "and" before another verb. */
export function objectEnd(ctx: QuoteContext, start: number, s1: number, sentenceEnd: number, lemma: string): number {
  const tokens = ctx.tokens;
  for (let i = start + 1; i < s1; i++) {
    const t = tokens[i];
    const listGoesOn = t.text === ',' && i + 1 < s1 && LIST_PARTICIPLES.has(tokens[i + 1].lemma);
    if (OBJECT_STOP_RE.test(t.text) && !listGoesOn && ctx.markContaining(t.span[0]) < 0) return t.span[0];
    if (t.pos === 'CCONJ' && i + 1 < s1 && tokens[i + 1].pos === 'VERB') return t.span[0];
    const adjunct =
      ADJUNCT_STARTS.has(t.lemma) || (LOOSE_ADJUNCT_STARTS.has(t.lemma) && !AS_COMPLEMENT_LEMMAS.has(lemma));
    if (adjunct && ctx.markContaining(t.span[0]) < 0) return t.span[0];
    if (t.lemma === 'in' && communicationPhrase(ctx, i - 1, s1) === t.span[0]) return t.span[0];
    // A time after the object is the writer's ("criticized the plan in July").
    if (ctx.inTime(t.span[0])) return tokens[i - 1].pos === 'ADP' && i - 1 > start ? tokens[i - 1].span[0] : t.span[0];
  }
  return sentenceEnd;
}

/** Where a reported clause ends: a semicolon, or a comma before "but", "though", "which" ... */
export function clauseEnd(ctx: QuoteContext, start: number, s1: number, sentenceEnd: number): number {
  const tokens = ctx.tokens;
  for (let i = start + 1; i < s1; i++) {
    const t = tokens[i];
    if (DASH_RE.test(t.text) && i + 1 < s1 && tokens[i + 1].pos === 'CCONJ') return t.span[0]; // "... — and he noted"
    // "“completely rigged,” angering officials": a participle or relative after a closing mark is the writer's.
    const closing = ctx.markContaining(t.span[0]);
    if (closing >= 0 && ctx.marks[closing].span[1] === t.span[1] && i + 1 < s1 && i > start + 1) {
      const next = tokens[i + 1];
      if (
        (next.pos === 'VERB' && PARTICIPLE_SUFFIX_RE.test(next.text) && !LIST_PARTICIPLES.has(next.lemma)) ||
        next.lemma === 'which'
      )
        return t.span[1];
    }
    if (t.text !== ';' && t.text !== ',') continue;
    if (ctx.markContaining(t.span[0]) >= 0) continue;
    if (t.text === ';' || (i + 1 < s1 && CLAUSE_BREAK_AFTER_COMMA.has(tokens[i + 1].lower))) return t.span[0];
    // ", saying ...", ", and he urged ...": the writer moves on to another clause.
    const next = i + 1 < s1 ? tokens[i + 1] : null;
    if (
      next &&
      next.lemma === 'and' &&
      i + 2 < s1 &&
      NEW_CLAUSE_SUBJECT_POS.has(tokens[i + 2].pos) &&
      verbWithin(tokens, i + 3, Math.min(s1, i + 3 + NEW_CLAUSE_VERB_WINDOW))
    )
      return t.span[0];
    // ", the presumed favorite" closing the sentence: an appositive the writer adds.
    if (next && next.pos === 'DET' && !verbWithin(tokens, i + 2, s1)) return t.span[0];
    if (next && next.pos === 'VERB' && PARTICIPLE_SUFFIX_RE.test(next.text) && !LIST_PARTICIPLES.has(next.lemma))
      return t.span[0];
    if (next && next.pos === 'CCONJ' && i + 3 < s1 && tokens[i + 2].pos === 'PRON' && tokens[i + 3].pos === 'VERB')
      return t.span[0];
  }
  const medium = communicationPhrase(ctx, start, s1);
  if (medium >= 0) return Math.min(sentenceEnd, medium);
  // "... transparency" and called on people to protest": a second verb of saying for the same subject.
  for (let i = start + 1; i + 1 < s1; i++) {
    if (
      tokens[i].pos === 'CCONJ' &&
      tokens[i + 1].pos === 'VERB' &&
      isCueLemma(tokens[i + 1].lemma) &&
      ctx.markContaining(tokens[i].span[0]) < 0
    ) {
      return Math.min(sentenceEnd, tokens[i].span[0]);
    }
  }
  return sentenceEnd;
}

function verbWithin(tokens: readonly { pos: string }[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return true;
  return false;
}

/**
 * Start of a trailing "in a statement (on Thursday)" / "in an email": where the words were said,
 * not what was said. Returns -1 when the content has none.
 */
export function communicationPhrase(ctx: QuoteContext, start: number, s1: number): number {
  const tokens = ctx.tokens;
  for (let i = start + 1; i + 2 < s1; i++) {
    if (tokens[i].lemma !== 'in' || ctx.markContaining(tokens[i].span[0]) >= 0) continue;
    const det = tokens[i + 1];
    if (det.pos !== 'DET' && det.pos !== 'PRON') continue;
    for (let k = i + 2; k < s1 && k <= i + 4; k++) {
      if (COMMUNICATION_NOUNS.has(tokens[k].lemma)) return tokens[i].span[0];
      if (tokens[k].pos !== 'ADJ' && tokens[k].pos !== 'NOUN' && tokens[k].pos !== 'PROPN') break;
    }
  }
  return -1;
}

/** Whether a verb stands between two offsets (then a quotation after them is another verb's). */
export function hasVerb(ctx: QuoteContext, start: number, end: number): boolean {
  for (
    let i = tokenAtOrAfter(ctx, start, ctx.tokens.length);
    i < ctx.tokens.length && ctx.tokens[i].span[0] < end;
    i++
  ) {
    if (ctx.tokens[i].pos === 'VERB') return true;
  }
  return false;
}

/**
 * A reported clause: starts like a clause and has a verb before the sentence ends. With
 * `plainObjectToo` (verbs that also take a plain object: "add", "note") the verb must come before
 * a comma that opens a trailing attribution ("will add helicopters to the base, the minister
 * announced"): the words before that comma are the trailing cue's content, not a clause of this one.
 * With `verbBeforeComma` (belief verbs that also start nouns: "a think tank, says") any comma
 * before the verb ends the candidate.
 */
export function isClause(
  ctx: QuoteContext,
  start: number,
  end: number,
  plainObjectToo = false,
  verbBeforeComma = false,
): boolean {
  if (!CLAUSE_START_POS.has(ctx.tokens[start].pos) || NOT_CLAUSE_STARTS.has(ctx.tokens[start].lemma)) return false;
  for (let i = start + 1; i < end; i++) {
    const t = ctx.tokens[i];
    // After a verb that takes a plain object, an infinitive is no reported clause's verb ("added
    // three assists to lead Boston").
    // A verb right after a conjunction shares the cue's subject ("wrote hundreds of songs that
    // summer and sent twelve to a lawyer"): the words before it are the object.
    if (plainObjectToo && CLAUSE_VERB_POS.has(t.pos) && ctx.tokens[i - 1].pos === 'CCONJ') return false;
    if (CLAUSE_VERB_POS.has(t.pos) && !(plainObjectToo && ctx.tokens[i - 1].lemma === 'to')) return true;
    // "added a goal as the Bruins beat the Devils": a verb after a subordinator that follows a short
    // noun phrase is an adverbial clause's, and the noun phrase a plain object.
    if (plainObjectToo && SUBORDINATORS.has(t.lemma) && plainNounPhrase(ctx, start, i)) return false;
    if (t.text !== ',' || ctx.markContaining(t.span[0]) >= 0) continue;
    if (verbBeforeComma || (plainObjectToo && opensTrailingCue(ctx, i + 1, end))) return false;
    // "added 25 points in the arena, and Noel had 15": a clause coordinated after the object is the writer's.
    if (plainObjectToo && i + 1 < end && ctx.tokens[i + 1].pos === 'CCONJ') return false;
  }
  return false;
}

/** The longest noun phrase read as a plain object before a subordinator ("a goal as", "three new stores when"). */
const MAX_PLAIN_OBJECT_TOKENS = 4;
const PLAIN_OBJECT_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/** Whether tokens [from, to) are a short noun phrase of determiners, numbers, adjectives and nouns. */
function plainNounPhrase(ctx: QuoteContext, from: number, to: number): boolean {
  if (to - from > MAX_PLAIN_OBJECT_TOKENS) return false;
  for (let k = from; k < to; k++) if (!PLAIN_OBJECT_POS.has(ctx.tokens[k].pos)) return false;
  return NOUN_POS.has(ctx.tokens[to - 1].pos);
}
const NOUN_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** Subject-like words the trailing cue's subject may hold ("Defense Minister Aleksandr Lavrin"). */
const TRAILING_SUBJECT_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PRON', 'NUM']);
/** The longest subject before a trailing cue. */
const MAX_TRAILING_SUBJECT_TOKENS = 8;

/** Whether a subject then a verb of saying starts at token `from` ("the minister announced"). */
function opensTrailingCue(ctx: QuoteContext, from: number, end: number): boolean {
  let k = from;
  while (k < end && k - from < MAX_TRAILING_SUBJECT_TOKENS && TRAILING_SUBJECT_POS.has(ctx.tokens[k].pos)) k++;
  return k > from && k < end && ctx.tokens[k].pos === 'VERB' && isCueLemma(ctx.tokens[k].lemma);
}

/** Index of the first token starting at or after `pos`, capped at `limit`. */
export function tokenAtOrAfter(ctx: QuoteContext, pos: number, limit: number): number {
  let lo = 0,
    hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].span[0] < pos) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, limit);
}

/** Index of the first token in [from, to) whose lower-cased text is `lower`, or -1. */
export function findToken(ctx: QuoteContext, from: number, to: number, lower: string): number {
  for (let i = from; i < to; i++) if (ctx.tokens[i].lower === lower) return i;
  return -1;
}

/**
 * The first token of the hyphenated word ending at token `k` ("doubling-down", "long-held": the
 * tokenizer splits them in three), or -1 when token `k` ends no such word.
 */
export function hyphenWordStart(tokens: readonly Token[], k: number, s0: number): number {
  let j = k;
  while (j - 2 >= s0 && tokens[j - 1].text === '-' && tokens[j - 1].span[1] === tokens[j].span[0]) {
    if (tokens[j - 2].span[1] !== tokens[j - 1].span[0]) break;
    j -= 2;
  }
  return j === k ? -1 : j;
}
