// Features of the learned attribution layer, shared by training and inference.
//   - cue features: is this token the head of a cue? (word, lemma, part of speech, neighbours,
//     quotation marks around it, and what the cue rules of cues.ts say about it)
//   - content features: is this token, in the window around a cue, part of what the cue
//     attributes? (side of the cue and distance, the words and punctuation between, quotation
//     marks, the speaker's span, and the content the attribution rules of attribute.ts found)
import type { Span } from '../../../../record/types.js';
import type { Token } from '../../../doc.js';
import type { Cue } from '../cues.js';
import type { QuoteContext } from '../context.js';
import { bucketOf, featureHash, fnv, FNV_OFFSET, HASH_BITS, type LinearModel } from './linear.js';
import { StringWeights } from './string-weights.js';
import { detached } from '../../../../text/bounded-memo.js';

/** Parts of speech that can head a cue the rules do not know ("accusations", "frightened", "backs"). */
const CUE_POS = new Set(['VERB', 'NOUN', 'ADJ']);

export function isCueCandidate(t: Token, ruleCue: Cue | null): boolean {
  return ruleCue !== null || CUE_POS.has(t.pos);
}

const lower = (t: Token | undefined) => (t ? t.lower : '<none>');

/** The FNV state after `s`. */
const state = (s: string) => fnv(FNV_OFFSET, s);
/** FNV-1a's prime (linear.ts `fnv`), and the codes of the characters the hashes below add. */
const FNV_PRIME = 0x01000193;
const BAR = 0x7c, // '|'
  ZERO = 0x30, // '0'
  ONE = 0x31; // '1'
const BUCKET_MASK = (1 << HASH_BITS) - 1;

// hashOn, hashOnPair, stateAfter and pairState run FNV-1a's loop themselves rather than call `fnv` once per
// part: the calls run per scored token, V8's halved inlining budget (bin/v8-flags.js) leaves many
// of them calls, and a state of 2^30 or more returned by a call is boxed in a heap number.
/**
 * The bucket of the string prefix + v, from the prefix's FNV state `h` (prefixes are hashed once,
 * when the module loads; no feature string is built): bucketOf(fnv(h, v)).
 */
const hashOn = (h: number, v: string) => {
  for (let i = 0; i < v.length; i++) h = Math.imul(h ^ v.charCodeAt(i), FNV_PRIME);
  return (h >>> 0) & BUCKET_MASK;
};
/** The bucket of the string prefix + a + "|" + b, from the prefix's state `h`: bucketOf(fnv(fnv(fnv(h, a), '|'), b)). */
const hashOnPair = (h: number, a: string, b: string) => (pairState(h, a, b) >>> 0) & BUCKET_MASK;
/** The FNV state after prefix + v, from the prefix's state `h`: fnv(h, v). */
function stateAfter(h: number, v: string): number {
  for (let i = 0; i < v.length; i++) h = Math.imul(h ^ v.charCodeAt(i), FNV_PRIME);
  return h;
}
/** The FNV state after prefix + a + "|" + b, from the prefix's state `h`: fnv(fnv(fnv(h, a), '|'), b). */
function pairState(h: number, a: string, b: string): number {
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), FNV_PRIME);
  h = Math.imul(h ^ BAR, FNV_PRIME);
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * What the attribution rules made of a cue: no rule cue ('none'), a reading ('reads'), or a
 * refusal ('refuses': no speaker or no clause they trust, "said after the convention he would").
 */
export type RuleVerdict = 'none' | 'reads' | 'refuses';

/** The most features a cue has: 29, and "that+=" when a "that" follows. */
const CUE_FEATURES_MAX = 30;

/** Hashed features of token `i` as a cue head, within sentence tokens [s0, s1). */
export function cueFeatures(
  ctx: QuoteContext,
  i: number,
  s0: number,
  s1: number,
  ruleCue: Cue | null,
  verdict: RuleVerdict,
): number[] {
  const n = writeCueFeatures(ctx, i, s0, s1, ruleCue, verdict, cueBuffer);
  return Array.from(cueBuffer.subarray(0, n));
}

/**
 * The cue model's score of token `i` as a cue head: the sum of its cueFeatures' weights, without
 * an array per token (it is asked of most verbs, nouns and adjectives). A token the rules do not
 * read as a cue (the common case) adds the weights its words make from their kept values
 * (ruleFreeCueScore); the sum is the same double in any order, as in WindowTokens.weigh.
 */
export function cueScore(
  model: LinearModel,
  ctx: QuoteContext,
  i: number,
  s0: number,
  s1: number,
  ruleCue: Cue | null,
  verdict: RuleVerdict,
): number {
  if (ruleCue === null && verdict === 'none') return ruleFreeCueScore(model.weights, ctx, i, s0, s1, -Infinity);
  const n = writeCueFeatures(ctx, i, s0, s1, ruleCue, verdict, cueBuffer);
  return model.scoreOf(cueBuffer, n);
}

/**
 * Whether the cue model's score of token `i` with no rule cue and the verdict "none" is at most
 * `floor`: `cueScore(model, ctx, i, s0, s1, null, 'none') <= floor`, the same answer for every
 * token. Most candidates score far below the boundary the quotes component asks about (on PolNeAR
 * dev 41% of them by more than 45), so where the sum of the other features is low enough that even
 * the three pair features at the table's largest weight could not lift it above `floor`, their
 * hashes and their reads of the 4 MB table (most of them cache misses) are skipped
 * (ruleFreeCueScore).
 */
export function cueScoreAtMost(
  model: LinearModel,
  ctx: QuoteContext,
  i: number,
  s0: number,
  s1: number,
  floor: number,
): boolean {
  return ruleFreeCueScore(model.weights, ctx, i, s0, s1, floor) <= floor;
}

/** The features' buffer of cueFeatures and cueScore (one token at a time). */
const cueBuffer = new Int32Array(CUE_FEATURES_MAX);

/** Writes cueFeatures to out[0...]; returns how many. */
function writeCueFeatures(
  ctx: QuoteContext,
  i: number,
  s0: number,
  s1: number,
  ruleCue: Cue | null,
  verdict: RuleVerdict,
  out: Int32Array,
): number {
  const tk = ctx.tokens;
  const t = tk[i];
  const prev = i > s0 ? tk[i - 1] : undefined;
  const prev2 = i - 1 > s0 ? tk[i - 2] : undefined;
  const next = i + 1 < s1 ? tk[i + 1] : undefined;
  const next2 = i + 2 < s1 ? tk[i + 2] : undefined;
  const l = t.lemma,
    w = t.lower,
    p = t.pos;
  const rk = ruleCue ? ruleCue.kind : 'none';
  // Missing neighbours print as "undefined" in the pair features: the names the model was trained with.
  const pPos = prev ? prev.pos : 'undefined',
    nPos = next ? next.pos : 'undefined';
  const pLemma = prev ? prev.lemma : 'undefined',
    nLemma = next ? next.lemma : 'undefined';
  const qb = closesBefore(ctx, t),
    qa = opensAfter(ctx, t);
  out[0] = BIAS;
  out[1] = hashOn(C.l, l);
  out[2] = hashOn(C.w, w);
  out[3] = hashOn(C.p, p);
  out[4] = hashOnPair(C.lp, l, p);
  out[5] = hashOn(C.sf, w.slice(-3));
  out[6] = hashOn(C.lPrev, prev ? prev.lemma : '<s>');
  out[7] = hashOn(C.lNext, next ? next.lemma : '</s>');
  out[8] = hashOn(C.pPrev, prev ? prev.pos : '<s>');
  out[9] = hashOn(C.pNext, next ? next.pos : '</s>');
  out[10] = hashOn(C.pPrev2, prev2 ? prev2.pos : '<s>');
  out[11] = hashOn(C.pNext2, next2 ? next2.pos : '</s>');
  out[12] = hashOnPair(C.pp, pPos, nPos);
  out[13] = hashOnPair(C.llNext, l, nLemma);
  out[14] = hashOnPair(C.lPrevL, pLemma, l);
  out[15] = hashOn(C.wNext, lower(next));
  out[16] = hashOn(C.wPrev, lower(prev));
  out[17] = hashOn(C.r, rk);
  out[18] = hashOnPair(C.rl, rk, l);
  out[19] = hashOnPair(C.rp, rk, p);
  out[20] = hashOn(C.v, verdict);
  out[21] = hashOnPair(C.vl, verdict, l);
  out[22] = hashOnPair(C.vr, verdict, rk);
  out[23] = i === s0 ? FIRST_TRUE : FIRST_FALSE;
  out[24] = POSITION[Math.min(4, Math.floor((i - s0) / 5))];
  out[25] = qb ? QB_TRUE : QB_FALSE;
  out[26] = qa ? QA_TRUE : QA_FALSE;
  out[27] = hashOn(qb ? C.qblTrue : C.qblFalse, l);
  out[28] = hashOn(qa ? C.qalTrue : C.qalFalse, l);
  if (!thatFollows(tk, i, s1)) return 29;
  out[29] = hashOn(C.that, l);
  return 30;
}

/** The FNV states of the cue features' name prefixes ("l=", "qbl=true|", ...), hashed once. */
const C = {
  l: state('l='),
  w: state('w='),
  p: state('p='),
  lp: state('lp='),
  sf: state('sf='),
  lPrev: state('l-1='),
  lNext: state('l+1='),
  pPrev: state('p-1='),
  pNext: state('p+1='),
  pPrev2: state('p-2='),
  pNext2: state('p+2='),
  pp: state('pp='),
  llNext: state('ll+1='),
  lPrevL: state('l-1l='),
  wNext: state('w+1='),
  wPrev: state('w-1='),
  r: state('r='),
  rl: state('rl='),
  rp: state('rp='),
  v: state('v='),
  vl: state('vl='),
  vr: state('vr='),
  qblTrue: state('qbl=true|'),
  qblFalse: state('qbl=false|'),
  qalTrue: state('qal=true|'),
  qalFalse: state('qal=false|'),
  that: state('that+='),
};
const BIAS = featureHash('b');
const FIRST_TRUE = featureHash('first=true'),
  FIRST_FALSE = featureHash('first=false');
const POSITION = [0, 1, 2, 3, 4].map((n) => featureHash(`pos=${n}`));
const QB_TRUE = featureHash('qb=true'),
  QB_FALSE = featureHash('qb=false');
const QA_TRUE = featureHash('qa=true'),
  QA_FALSE = featureHash('qa=false');

/** Whether a quotation mark closes within 40 characters before token t ("“...,” she said"). */
function closesBefore(ctx: QuoteContext, t: Token): boolean {
  const m = ctx.markAfter(Math.max(0, t.span[0] - 12));
  return m < ctx.marks.length && ctx.marks[m].span[1] <= t.span[0] && t.span[0] - ctx.marks[m].span[1] < 40;
}

/** Whether a quotation mark opens within 40 characters after token t ("said: “...”"). */
function opensAfter(ctx: QuoteContext, t: Token): boolean {
  const m = ctx.markAfter(t.span[1]);
  return m < ctx.marks.length && ctx.marks[m].span[0] >= t.span[1] && ctx.marks[m].span[0] - t.span[1] < 40;
}

/** Whether a token of lemma "that" follows token i within four tokens, in the sentence ending at s1. */
function thatFollows(tk: readonly Token[], i: number, s1: number): boolean {
  for (let k = i + 1; k < s1 && k <= i + 4; k++) if (tk[k].lemma === 'that') return true;
  return false;
}

/**
 * The cue model's weights kept per string (see StringWeights), for cues the rules do not read
 * (rule kind and verdict "none"). `word` (CUE_WORD offsets): "w=", "w-1=", "w+1=", "sf=" of its
 * last three letters. `lemma` (CUE_LEMMA): "l=", "l-1=", "l+1=", "rl=none|", "vl=none|",
 * "qbl=false|", "qbl=true|", "qal=false|", "qal=true|", "that+=". A missing neighbour is the
 * string its feature names ("<s>", "</s>", "<none>"). The features of parts of speech, which
 * take a few values, are kept per tag (posBuckets): their weights stay in the caches. The lemma
 * table keeps also the FNV states of the lemma's pair features (CUE_LEMMA_STATE), so that a pair's
 * hash runs on over the other string alone.
 */
interface CueStringWeights {
  word: StringWeights;
  lemma: StringWeights;
  /** Three times the largest weight of the table: no three features' weights sum to more (ruleFreeCueScore). */
  pairBound: number;
}
const CUE_WORD = { w: 0, prev: 1, next: 2, suffix: 3, stride: 4 } as const;
const CUE_LEMMA = { l: 0, prev: 1, next: 2, rule: 3, verdict: 4, qbl: 5, qal: 7, that: 9, stride: 10 } as const;
/** The states after "lp=" + lemma + "|", "ll+1=" + lemma + "|" and "l-1l=" + lemma + "|" (pairState's first part). */
const CUE_LEMMA_STATE = { lp: 0, llNext: 1, lPrevL: 2, stride: 3 } as const;
/** The state after "l-1l=undefined|": the pair feature of a cue with no token before it. */
const NO_PREV_LEMMA_STATE = fnv(fnv(C.lPrevL, 'undefined'), '|');
const cueStrings = new WeakMap<ArrayLike<number>, CueStringWeights>();

function cueStringWeights(w: ArrayLike<number>): CueStringWeights {
  let t = cueStrings.get(w);
  if (t) return t;
  const weight = (h: number) => w[bucketOf(h)];
  const none = (h: number) => fnv(fnv(h, 'none'), '|');
  const f32 = w instanceof Float32Array;
  let largest = -Infinity;
  for (let b = 0; b < w.length; b++) if (w[b] > largest) largest = w[b];
  t = {
    pairBound: 3 * largest,
    word: new StringWeights(
      CUE_WORD.stride,
      (word, out, o) => {
        out[o + CUE_WORD.w] = weight(fnv(C.w, word));
        out[o + CUE_WORD.prev] = weight(fnv(C.wPrev, word));
        out[o + CUE_WORD.next] = weight(fnv(C.wNext, word));
        out[o + CUE_WORD.suffix] = weight(fnv(C.sf, word.slice(-3)));
      },
      undefined,
      f32,
    ),
    lemma: new StringWeights(
      CUE_LEMMA.stride,
      (lemma, out, o) => {
        out[o + CUE_LEMMA.l] = weight(fnv(C.l, lemma));
        out[o + CUE_LEMMA.prev] = weight(fnv(C.lPrev, lemma));
        out[o + CUE_LEMMA.next] = weight(fnv(C.lNext, lemma));
        out[o + CUE_LEMMA.rule] = weight(fnv(none(C.rl), lemma));
        out[o + CUE_LEMMA.verdict] = weight(fnv(none(C.vl), lemma));
        out[o + CUE_LEMMA.qbl] = weight(fnv(C.qblFalse, lemma));
        out[o + CUE_LEMMA.qbl + 1] = weight(fnv(C.qblTrue, lemma));
        out[o + CUE_LEMMA.qal] = weight(fnv(C.qalFalse, lemma));
        out[o + CUE_LEMMA.qal + 1] = weight(fnv(C.qalTrue, lemma));
        out[o + CUE_LEMMA.that] = weight(fnv(C.that, lemma));
      },
      undefined,
      f32,
      CUE_LEMMA_STATE.stride,
      (lemma, out, o) => {
        out[o + CUE_LEMMA_STATE.lp] = fnv(fnv(C.lp, lemma), '|');
        out[o + CUE_LEMMA_STATE.llNext] = fnv(fnv(C.llNext, lemma), '|');
        out[o + CUE_LEMMA_STATE.lPrevL] = fnv(fnv(C.lPrevL, lemma), '|');
      },
    ),
  };
  cueStrings.set(w, t);
  return t;
}

/**
 * cueScore of a token with no rule cue and the verdict "none", under weights `w`; or, where that
 * score is sure to be at most `floor`, a number at most `floor` that is not below the score (the
 * sum of every other feature plus the three pair features' bound, CueStringWeights.pairBound).
 * The sums are exact (see WindowTokens.weigh), so the bound is: score = others + three weights,
 * each at most the largest weight. With `floor` -Infinity it is always the score.
 */
function ruleFreeCueScore(
  w: ArrayLike<number>,
  ctx: QuoteContext,
  i: number,
  s0: number,
  s1: number,
  floor: number,
): number {
  const { word, lemma, pairBound } = cueStringWeights(w);
  const tk = ctx.tokens;
  const t = tk[i];
  const prev = i > s0 ? tk[i - 1] : undefined;
  const prev2 = i - 1 > s0 ? tk[i - 2] : undefined;
  const next = i + 1 < s1 ? tk[i + 1] : undefined;
  const next2 = i + 2 < s1 ? tk[i + 2] : undefined;
  const l = t.lemma;
  const qb = closesBefore(ctx, t) ? 1 : 0,
    qa = opensAfter(ctx, t) ? 1 : 0;
  const prevPos = prev ? posBuckets(prev.pos) : NO_NEIGHBOUR,
    nextPos = next ? posBuckets(next.pos) : NO_NEIGHBOUR;
  // The features of the rule and verdict (none), and those of pairs of strings.
  let sum =
    w[NONE_CONSTANTS[0]] +
    w[NONE_CONSTANTS[1]] +
    w[NONE_CONSTANTS[2]] +
    w[NONE_CONSTANTS[3]] +
    w[CUE_PP.bucket(0, prevPos, nextPos)] +
    w[i === s0 ? FIRST_TRUE : FIRST_FALSE] +
    w[POSITION[Math.min(4, Math.floor((i - s0) / 5))]] +
    w[qb ? QB_TRUE : QB_FALSE] +
    w[qa ? QA_TRUE : QA_FALSE];
  let o = word.offsetOfWord(t.word);
  sum += word.values[o + CUE_WORD.w] + word.values[o + CUE_WORD.suffix];
  o = prev ? word.offsetOfWord(prev.word) : word.offsetOf('<none>');
  sum += word.values[o + CUE_WORD.prev];
  o = next ? word.offsetOfWord(next.word) : word.offsetOf('<none>');
  sum += word.values[o + CUE_WORD.next];
  o = lemma.offsetOfWordString(t.word, l);
  // "that+=" + lemma counts only where a "that" follows, and most lemmas' weight for it is 0,
  // which adds the same nothing whether one follows or not (no weight is -0: LinearModel's are
  // 16-bit integers times a positive scale). So the four tokens ahead, cache misses on a loaded
  // machine, are read only for a lemma that has a weight (55% of the rule-free candidates of 30
  // PolNeAR dev texts).
  const thatWeight = lemma.values[o + CUE_LEMMA.that];
  sum +=
    lemma.values[o + CUE_LEMMA.l] +
    lemma.values[o + CUE_LEMMA.rule] +
    lemma.values[o + CUE_LEMMA.verdict] +
    lemma.values[o + CUE_LEMMA.qbl + qb] +
    lemma.values[o + CUE_LEMMA.qal + qa] +
    (thatWeight !== 0 && thatFollows(tk, i, s1) ? thatWeight : 0);
  // The pair features "lp=", "ll+1=" and "l-1l=" hash on from the states kept with a lemma's
  // entry (read, as its values, before the next string is asked for).
  const at = lemma.intOffset(o);
  const lpState = lemma.ints[at + CUE_LEMMA_STATE.lp],
    llNextState = lemma.ints[at + CUE_LEMMA_STATE.llNext];
  let lPrevLState = NO_PREV_LEMMA_STATE;
  if (prev) {
    o = lemma.offsetOfWordString(prev.word, prev.lemma);
    lPrevLState = lemma.ints[lemma.intOffset(o) + CUE_LEMMA_STATE.lPrevL];
  } else o = lemma.offsetOf('<s>');
  sum += lemma.values[o + CUE_LEMMA.prev];
  o = next ? lemma.offsetOfWordString(next.word, next.lemma) : lemma.offsetOf('</s>');
  sum += lemma.values[o + CUE_LEMMA.next];
  const own = posBuckets(t.pos);
  sum +=
    w[own.p] +
    w[own.rp] +
    w[prev ? prevPos.prev : NO_PREV.prev] +
    w[next ? nextPos.next : NO_NEXT.next] +
    w[prev2 ? posBuckets(prev2.pos).prev2 : NO_PREV.prev2] +
    w[next2 ? posBuckets(next2.pos).next2 : NO_NEXT.next2];
  // The pair features last: "lp=", "ll+1=", "l-1l=". Where they cannot lift the sum above `floor`, unread.
  if (sum + pairBound <= floor) return sum + pairBound;
  return (
    sum +
    w[hashOn(lpState, t.pos)] +
    w[hashOn(llNextState, next ? next.lemma : 'undefined')] +
    w[hashOn(lPrevLState, l)]
  );
}

/**
 * The buckets of the cue features of one part of speech (or of the stand-in "<s>", "</s>" or
 * "undefined" of a missing neighbour): "p=", "rp=none|", "p-1=", "p+1=", "p-2=", "p+2=" followed
 * by it. A tagger has a few dozen tags, so each is hashed once, not once per scored token
 * (ruleFreeCueScore); likewise each pair of them in a feature of two tags (TagPairs).
 */
interface PosBuckets {
  tag: string;
  /** Index among the tags kept (below POS_TAGS), or -1 for a tag met when POS_TAGS were kept already. */
  id: number;
  p: number;
  rp: number;
  prev: number;
  next: number;
  prev2: number;
  next2: number;
}
/** Tags kept: more than wink's tag set (and the stand-ins), so that a tagger's every tag is kept. */
const POS_TAGS = 64;
const posBucketsByTag = new Map<string, PosBuckets>();

function posBuckets(tag: string): PosBuckets {
  let b = posBucketsByTag.get(tag);
  if (b === undefined) {
    const kept = posBucketsByTag.size < POS_TAGS;
    b = {
      tag,
      id: kept ? posBucketsByTag.size : -1,
      p: hashOn(C.p, tag),
      rp: hashOnPair(C.rp, 'none', tag),
      prev: hashOn(C.pPrev, tag),
      next: hashOn(C.pNext, tag),
      prev2: hashOn(C.pPrev2, tag),
      next2: hashOn(C.pNext2, tag),
    };
    if (kept) posBucketsByTag.set(tag, b);
  }
  return b;
}

/**
 * The buckets of a feature of two tags, per side: `width` buckets for prefix state states[s], then
 * tag a, "|", tag b (and, with labelPairs, each label pair's suffix), kept per side and pair of
 * kept tags once worked out, as the same bucket numbers hashing would give.
 */
class TagPairs {
  private readonly buckets: Int32Array;
  private readonly width: number;

  constructor(
    private readonly states: readonly number[],
    /** Four buckets per pair, of its state followed by "|00", "|01", "|10", "|11" (withLabelPairs). */
    private readonly labelPairs = false,
  ) {
    this.width = labelPairs ? 4 : 1;
    this.buckets = new Int32Array(states.length * POS_TAGS * POS_TAGS * this.width).fill(-1);
  }

  /** The offset in `of()`'s array of the bucket(s) of side s and tags a, b. */
  at(s: number, a: PosBuckets, b: PosBuckets): number {
    if (a.id < 0 || b.id < 0) {
      this.write(s, a, b, PAIR_SCRATCH, 0);
      return -1;
    }
    const k = ((s * POS_TAGS + a.id) * POS_TAGS + b.id) * this.width;
    if (this.buckets[k] < 0) this.write(s, a, b, this.buckets, k);
    return k;
  }

  /** The array holding the buckets `at` gave the offset of (PAIR_SCRATCH at offset 0 for -1). */
  of(k: number): Int32Array {
    return k < 0 ? PAIR_SCRATCH : this.buckets;
  }

  /** The bucket of side s and tags a, b (one bucket per pair). */
  bucket(s: number, a: PosBuckets, b: PosBuckets): number {
    const k = this.at(s, a, b);
    return k < 0 ? PAIR_SCRATCH[0] : this.buckets[k];
  }

  private write(s: number, a: PosBuckets, b: PosBuckets, out: Int32Array, o: number): void {
    const h = fnv(fnv(fnv(this.states[s], a.tag), '|'), b.tag);
    if (this.labelPairs) withLabelPairs(h, out, o);
    else out[o] = bucketOf(h);
  }
}
/** The buckets of a pair of tags not kept (TagPairs.at). */
const PAIR_SCRATCH = new Int32Array(4);

/** The bucket of prefix state states[s] followed by a tag, kept per side and kept tag. */
class TagBuckets {
  private readonly buckets: Int32Array;

  constructor(private readonly states: readonly number[]) {
    this.buckets = new Int32Array(states.length * POS_TAGS).fill(-1);
  }

  bucket(s: number, a: PosBuckets): number {
    if (a.id < 0) return bucketOf(fnv(this.states[s], a.tag));
    const k = s * POS_TAGS + a.id;
    let v = this.buckets[k];
    if (v < 0) this.buckets[k] = v = bucketOf(fnv(this.states[s], a.tag));
    return v;
  }
}

const NO_PREV = posBuckets('<s>');
const NO_NEXT = posBuckets('</s>');
const NO_NEIGHBOUR = posBuckets('undefined');
/** "pp=" + the tags before and after a cue. */
const CUE_PP = new TagPairs([C.pp]);

/** The buckets of "b", "r=none", "v=none" and "vr=none|none": the same for every rule-free cue. */
const NONE_CONSTANTS = [BIAS, hashOn(C.r, 'none'), hashOn(C.v, 'none'), hashOnPair(C.vr, 'none', 'none')];

/** The window a cue's content is looked for in: its sentence, widened over quotations that run past it. */
export function contentWindow(ctx: QuoteContext, sentence: number): [number, number] {
  const s = ctx.sentences[sentence];
  let [w0, w1] = s.tokens;
  let [c0, c1] = s.span;
  for (const m of ctx.marksWithin(Math.max(0, c0 - 2000), c1 + 2000)) {
    const [a, b] = ctx.marks[m].span;
    if (a < c1 && b > c0) {
      c0 = Math.min(c0, a);
      c1 = Math.max(c1, b);
    }
  }
  while (w0 > 0 && ctx.tokens[w0 - 1].span[1] > c0) w0--;
  while (w1 < ctx.tokens.length && ctx.tokens[w1].span[0] < c1) w1++;
  return [w0, w1];
}

export interface ContentInput {
  window: readonly [number, number];
  cue: readonly [number, number];
  cueKind: string;
  /** Content pieces the attribution rules found for this cue (character spans), if any. */
  rulePieces: readonly Span[];
  /** The speaker's character span, if one was found. */
  speaker: Span | null;
}

function inSpans(spans: readonly Span[], pos: number): boolean {
  for (const s of spans) if (pos >= s[0] && pos < s[1]) return true;
  return false;
}

/** Content features per token (see contentFeatures). */
export const CONTENT_FEATURES = 33;
/** Transition features per token, before the conjunction with the four label pairs (see transitionFeatures). */
export const TRANSITION_FEATURES = 11;

const SIDES = ['L', 'R', 'C'] as const;
/** The FNV states after "name|" + side, for each side (index 0 L, 1 R, 2 C). */
const bySide = (name: string) => SIDES.map((side) => fnv(fnv(FNV_OFFSET, name), side));
/** A token that is one quotation mark: “ ” " « ». */
const isMarkToken = (text: string) => text.length === 1 && MARK_CHARS.includes(text);
const MARK_CHARS = '“”"«»';
/** A token that is one of . ! ? ; */
const isStopToken = (text: string) => text.length === 1 && STOP_CHARS.includes(text);
const STOP_CHARS = '.!?;';

// Feature-name prefixes hashed once. Each feature is the FNV-1a hash of its whole string, e.g.
// "w|Lsaid" or "pp|RNOUN|VERB"; the hash runs on from the prefix's state over the variable parts,
// so no feature string is built (this runs over every token of every cue's window).
const P_B = bySide('b|'),
  P_D = bySide('d|'),
  P_W = bySide('w|'),
  P_L = bySide('l|'),
  P_P = bySide('p|'),
  P_PP = bySide('pp|'),
  P_PN = bySide('pn|'),
  P_WP = bySide('wp|'),
  P_R = state('r|'),
  P_RS = state('rs|'),
  P_RK = bySide('r|'),
  P_NR = bySide('nr|'),
  P_SP = state('sp|'),
  P_Q = bySide('q|'),
  P_CL = bySide('cl|'),
  P_CK = bySide('ck|'),
  P_CLD = bySide('cld|'),
  P_BC = bySide('bc|'),
  P_BV = bySide('bv|'),
  P_BT = bySide('bt|'),
  P_BS = bySide('bs|'),
  P_BM = bySide('bm|'),
  P_BCV = bySide('bcv|'),
  P_OS = state('os|'),
  P_TM = bySide('tm|'),
  P_RSD = state('rsd|'),
  P_RED = state('red|'),
  P_RSDW = state('rsdw|'),
  P_REDW = state('redw|'),
  P_WR = bySide('wr|'),
  P_AC = state('ac|'),
  P_SS = bySide('ss|');
const T_T = state('T'),
  T_PW = bySide('Tpw|'),
  T_W = bySide('Tw|'),
  T_L = bySide('Tl|'),
  T_PP = bySide('Tpp|'),
  T_PWW = state('Tpww|'),
  T_R = bySide('Tr|'),
  T_M = bySide('Tm|'),
  T_D = bySide('Td|'),
  T_S = bySide('Ts|'),
  T_SP = state('Tsp|');
const TRANSITION_SUFFIX = ['|00', '|01', '|10', '|11'];

const str = (b: boolean) => (b ? 'true' : 'false');
const BOOL = ['false', 'true'] as const;
const CAP2 = ['0', '1', '2'] as const;
const cap2 = (n: number) => (n >= 2 ? 2 : n);
/** The buckets of a token distance from the cue, in order, and the index of d's. */
const BUCKETS = ['0', '1', '2', '3', '4-5', '6-10', '11-20', '21-40', '41+'] as const;
const bucketIndex = (d: number) => (d <= 3 ? d : d <= 5 ? 4 : d <= 10 ? 5 : d <= 20 ? 6 : d <= 40 ? 7 : 8);
/** The values of the distance to the nearest rule edge, by index (see `nearest` in contentFeatures). */
const NEAREST = ['none', '<-3', '>3', '-3', '-2', '-1', '0', '1', '2', '3'] as const;

// The features whose variable parts take a few values are looked up in tables of their buckets,
// hashed once when the module loads: the same FNV-1a hashes of the same strings as spelled out
// in the comments of contentFeatures, without hashing per token.
/** The bucket of each prefix state (one per side, or one) followed by each value: [state * values.length + value]. */
function table(states: readonly number[], values: readonly string[]): Int32Array {
  const out = new Int32Array(states.length * values.length);
  states.forEach((h, a) => values.forEach((v, b) => (out[a * values.length + b] = bucketOf(fnv(h, v)))));
  return out;
}
/** All "a|b" of two value lists, a major. */
const pairs = (as: readonly string[], bs: readonly string[]) => as.flatMap((a) => bs.map((b) => `${a}|${b}`));
const BOOL2 = pairs(BOOL, BOOL);

const C_B = table(P_B, ['']),
  C_D = table(P_D, BUCKETS),
  C_R = table([P_R], BOOL),
  C_RS = table([P_RS], BOOL),
  C_SP = table([P_SP], BOOL),
  C_Q = table(P_Q, BOOL),
  C_QR = table(P_Q, BOOL2),
  C_BC = table(P_BC, CAP2),
  C_BV = table(P_BV, CAP2),
  C_BT = table(P_BT, BOOL),
  C_BS = table(P_BS, BOOL),
  C_BM = table(P_BM, BOOL2),
  C_BCV = table(P_BCV, pairs(pairs(CAP2, CAP2), BOOL)),
  C_OS = table([P_OS], BOOL),
  C_TM = table(P_TM, BOOL),
  C_SS = table(P_SS, BOOL),
  C_RSD = table([P_RSD], NEAREST),
  C_RED = table([P_RED], NEAREST);

/** Features of a window token's own per side: W, L, P, PP, PN, WP, WR (rule false), WR (rule true), AC, SS. */
const OWN_CONTENT = 10;
/** Transition buckets of a window token's own per side: PW, W, L, PP, PWW, S, 4 label pairs each. */
const OWN_TRANSITION = 24;

/** What the per-cue walks and features ask of a window token (WindowTokens.bits), found once per window. */
const COMMA = 1,
  VERB = 2,
  THAT = 4,
  STOP = 8,
  MARK_TOKEN = 16,
  IN_MARK = 32,
  IN_TIME = 64;

/**
 * A cue's window (see contentWindow): what each token is (bits), and each token's own content and
 * transition buckets per side of the cue, hashed on first use. They depend on the token, the side
 * and the window's edges only, so the cues of one sentence, which share its window, hash each token
 * once per side; a sentence of many cues ("X said Y told Z ...") no longer costs the square of its
 * length in hashing. Under a model's weights, the window also keeps each token's own features'
 * weights summed per side (contentScores), so a cue adds up a few sums per token, not every
 * feature's weight. All of it is kept in windowArrays, read there directly. Each document keeps one
 * window object (windowTokens), moved to the next window asked for (reset).
 */
export class WindowTokens {
  readonly tokens: readonly Token[];
  w0 = 0;
  w1 = 0;
  /** The windowArrays.stamp of the reset that filled windowArrays: the arrays are this window's while it holds. */
  stamp = 0;
  /** The weights the sums of windowArrays (contentWeights, transitionWeights) are of (weigh). */
  private weights: ArrayLike<number> | null = null;
  /** The weights' values per word, lemma and part of speech (weigh). */
  private strings: ContentStringWeights | null = null;
  /** The offsets in strings.word of "undefined" and "<w>", the word before the window in content and transition features. */
  private before = 0;
  private beforeWindow = 0;

  constructor(
    private readonly ctx: QuoteContext,
    w0: number,
    w1: number,
  ) {
    this.tokens = ctx.tokens;
    this.reset(w0, w1);
  }

  /** Makes this the window [w0, w1) of the same document, as a new WindowTokens would be, in windowArrays. */
  reset(w0: number, w1: number): void {
    const { ctx, tokens } = this;
    const n = w1 - w0;
    this.w0 = w0;
    this.w1 = w1;
    this.weights = null;
    const a = windowArrays;
    if (n > a.room) growWindowArrays(n);
    this.stamp = ++a.stamp;
    windowArrays.filled.fill(0, 0, 3 * n);
    for (let k = w0; k < w1; k++) {
      const t = tokens[k];
      const mark = (windowArrays.mark[k - w0] = ctx.markContaining(t.span[0]));
      const markToken = isMarkToken(t.text);
      windowArrays.bits[k - w0] =
        (t.text === ',' ? COMMA : 0) |
        (t.pos === 'VERB' ? VERB : 0) |
        (t.lemma === 'that' ? THAT : 0) |
        (isStopToken(t.text) ? STOP : 0) |
        (markToken ? MARK_TOKEN : 0) |
        (mark >= 0 || markToken ? IN_MARK : 0) |
        (ctx.inTime(t.span[0]) ? IN_TIME : 0);
    }
  }

  /** The offset in `content` of token k's own buckets on side s (0 left of the cue, 1 right, 2 in it). */
  contentAt(k: number, s: number): number {
    const slot = 3 * (k - this.w0) + s;
    const o = slot * OWN_CONTENT;
    if (windowArrays.filled[slot] & 1) return o;
    windowArrays.filled[slot] |= 1;
    const tk = this.tokens;
    const t = tk[k];
    const hasPrev = k > this.w0;
    const prevPos = hasPrev ? tk[k - 1].pos : 'undefined';
    const nextPos = k + 1 < this.w1 ? tk[k + 1].pos : 'undefined';
    const prevWord = hasPrev ? tk[k - 1].lower : 'undefined';
    const word = t.lower;
    const out = windowArrays.content;
    out[o] = bucketOf(fnv(P_W[s], word));
    out[o + 1] = bucketOf(fnv(P_L[s], t.lemma));
    out[o + 2] = bucketOf(fnv(P_P[s], t.pos));
    out[o + 3] = bucketOf(fnv(fnv(fnv(P_PP[s], prevPos), '|'), t.pos));
    out[o + 4] = bucketOf(fnv(fnv(fnv(P_PN[s], t.pos), '|'), nextPos));
    out[o + 5] = bucketOf(fnv(P_WP[s], prevWord));
    const wr = fnv(fnv(P_WR[s], word), '|');
    out[o + 6] = bucketOf(fnv(wr, 'false'));
    out[o + 7] = bucketOf(fnv(wr, 'true'));
    out[o + 8] = bucketOf(
      fnv(fnv(fnv(fnv(fnv(P_AC, str(hasPrev && tk[k - 1].text === ',')), '|'), t.lemma), '|'), SIDES[s]),
    );
    out[o + 9] = bucketOf(fnv(P_SS[s], str(!hasPrev || tk[k - 1].sentence !== t.sentence)));
    return o;
  }

  /** The offset in `transition` of token k's own transition buckets on side s. */
  transitionAt(k: number, s: number): number {
    const slot = 3 * (k - this.w0) + s;
    const o = slot * OWN_TRANSITION;
    if (windowArrays.filled[slot] & 2) return o;
    windowArrays.filled[slot] |= 2;
    const tk = this.tokens;
    const t = tk[k];
    const first = k === this.w0;
    const pw = first ? '<w>' : tk[k - 1].lower;
    const w = t.lower;
    const out = windowArrays.transition;
    withLabelPairs(fnv(T_PW[s], pw), out, o);
    withLabelPairs(fnv(T_W[s], w), out, o + 4);
    withLabelPairs(fnv(T_L[s], t.lemma), out, o + 8);
    withLabelPairs(fnv(fnv(fnv(T_PP[s], first ? '<w>' : tk[k - 1].pos), '|'), t.pos), out, o + 12);
    withLabelPairs(fnv(fnv(fnv(T_PWW, pw), '|'), w), out, o + 16);
    withLabelPairs(fnv(T_S[s], str(!first && tk[k - 1].sentence !== t.sentence)), out, o + 20);
    return o;
  }

  /**
   * Makes the weighted sums below those of `w`: a window is scored under one model at a time.
   * The sums add the same weights as the features one by one, in another order; the weights are
   * 16-bit integers times one scale (LinearModel), so every such sum is exact in a double and the
   * order does not change it.
   */
  weigh(w: ArrayLike<number>): void {
    if (this.weights === w) return;
    const n = this.w1 - this.w0;
    this.weights = w;
    const strings = (this.strings = contentStringWeights(w));
    for (let slot = 0; slot < 3 * n; slot++) windowArrays.filled[slot] &= 3;
    // Each token's offsets in the string tables, looked up once per window, not per side and cue.
    const { word, lemma, pos } = strings;
    word.reserve(n + 2);
    lemma.reserve(n);
    pos.reserve(n);
    this.before = word.offsetOf('undefined');
    this.beforeWindow = word.offsetOf('<w>');
    for (let k = this.w0; k < this.w1; k++) {
      const t = this.tokens[k];
      windowArrays.wordAt[k - this.w0] = word.offsetOfWord(t.word);
      windowArrays.lemmaAt[k - this.w0] = lemma.offsetOfWordString(t.word, t.lemma);
      windowArrays.posAt[k - this.w0] = pos.offsetOfWordString(t.word, t.pos);
    }
  }

  /**
   * The offset in contentWeights of token k's own content features' weights on side s, summed,
   * with the rule off at it and on after it: "b|", "tm|", "ss|" and the token's own features (w,
   * l, p, pp, pn, wp, wr of the rule, ac; see contentAt), the word's and lemma's from their kept
   * weights (ContentStringWeights). After weigh().
   */
  contentSums(k: number, s: number): number {
    const slot = 3 * (k - this.w0) + s;
    if (!(windowArrays.filled[slot] & 4)) {
      windowArrays.filled[slot] |= 4;
      const w = this.weights!;
      const { word, lemma } = this.strings!;
      const tk = this.tokens;
      const t = tk[k];
      const prev = k > this.w0 ? tk[k - 1] : undefined;
      const pos = posBuckets(t.pos);
      const prevPos = prev ? posBuckets(prev.pos) : NO_NEIGHBOUR;
      const nextPos = k + 1 < this.w1 ? posBuckets(tk[k + 1].pos) : NO_NEIGHBOUR;
      const startsSentence = !prev || prev.sentence !== t.sentence ? 1 : 0;
      let sum =
        w[C_B[s]] +
        w[C_TM[s * 2 + (windowArrays.bits[k - this.w0] & IN_TIME ? 1 : 0)]] +
        w[C_SS[s * 2 + startsSentence]] +
        w[CONTENT_P.bucket(s, pos)] +
        w[CONTENT_PP.bucket(s, prevPos, pos)] +
        w[CONTENT_PN.bucket(s, pos, nextPos)];
      const i = k - this.w0;
      sum += word.values[(prev ? windowArrays.wordAt[i - 1] : this.before) + WORD.wp + s];
      let o = windowArrays.lemmaAt[i];
      sum += lemma.values[o + LEMMA.l + s] + lemma.values[o + LEMMA.ac + 3 * (prev && prev.text === ',' ? 1 : 0) + s];
      o = windowArrays.wordAt[i];
      sum += word.values[o + WORD.w + s];
      windowArrays.contentWeights[2 * slot] = sum + word.values[o + WORD.wr + s];
      windowArrays.contentWeights[2 * slot + 1] = sum + word.values[o + WORD.wr + 3 + s];
    }
    return 2 * slot;
  }

  /**
   * The offset in transitionWeights of token k's own transition features' weights on side s,
   * summed per label pair: "T" and the token's own features (pw, w, l, pp, pww, s; see
   * transitionAt), the words' and lemma's from their kept weights. After weigh().
   */
  transitionSums(k: number, s: number): number {
    const slot = 3 * (k - this.w0) + s;
    if (!(windowArrays.filled[slot] & 8)) {
      windowArrays.filled[slot] |= 8;
      const w = this.weights!;
      const { word, lemma } = this.strings!;
      const tk = this.tokens;
      const t = tk[k];
      const prev = k > this.w0 ? tk[k - 1] : undefined;
      const startsSentence = prev && prev.sentence !== t.sentence ? 1 : 0;
      const i = k - this.w0;
      const before = prev ? windowArrays.wordAt[i - 1] : this.beforeWindow;
      // "T" and "Tpww|" + pw + "|" + word do not depend on the side: summed once per token (in
      // slot 3i's bit 16), read by the token's other sides.
      const shared = windowArrays.transitionShared;
      if (!(windowArrays.filled[3 * i] & 16)) {
        windowArrays.filled[3 * i] |= 16;
        const pairs = transitionScratch;
        // "Tpww|" + pw + "|" hashed on from the state kept with pw's entry (WORD_STATE), over the word alone.
        withLabelPairs(stateAfter(word.ints[word.intOffset(before) + WORD_STATE.pww], t.lower), pairs, 0);
        for (let ab = 0; ab < 4; ab++) shared[4 * i + ab] = w[TT_T[ab]] + w[pairs[ab]];
      }
      const pp = TRANSITION_PP.at(s, prev ? posBuckets(prev.pos) : WINDOW_START, posBuckets(t.pos));
      const ppBuckets = TRANSITION_PP.of(pp);
      const at = pp < 0 ? 0 : pp;
      const out = windowArrays.transitionWeights;
      for (let ab = 0; ab < 4; ab++)
        out[4 * slot + ab] = shared[4 * i + ab] + w[TT_S[4 * (s * 2 + startsSentence) + ab]] + w[ppBuckets[at + ab]];
      for (let ab = 0; ab < 4; ab++) out[4 * slot + ab] += word.values[before + WORD.tpw + 4 * s + ab];
      let o = windowArrays.wordAt[i];
      for (let ab = 0; ab < 4; ab++) out[4 * slot + ab] += word.values[o + WORD.tw + 4 * s + ab];
      o = windowArrays.lemmaAt[i];
      for (let ab = 0; ab < 4; ab++) out[4 * slot + ab] += lemma.values[o + LEMMA.tl + 4 * s + ab];
    }
    return 4 * slot;
  }

  /** The weights of "rsd|" + NEAREST[rs] (`byDistance[rs]`) and "rsdw|" + NEAREST[rs] + "|" + pos for token k. After weigh(). */
  ruleStartWord(k: number, rs: number, byDistance: Float64Array): number {
    return byDistance[rs] + this.strings!.pos.values[windowArrays.posAt[k - this.w0] + rs];
  }

  /** The weights of "red|" + NEAREST[re] (`byDistance[re]`) and "redw|" + NEAREST[re] + "|" + lemma for token k. After weigh(). */
  ruleEndWord(k: number, re: number, byDistance: Float64Array): number {
    return byDistance[re] + this.strings!.lemma.values[windowArrays.lemmaAt[k - this.w0] + LEMMA.redw + re];
  }
}

/** The buckets of the hashed transition feature of transitionSums (pww), 4 label pairs. */
const transitionScratch = new Int32Array(4);
/** The content features of tags (contentSums): "p|", "pp|", "pn|" + side. */
const CONTENT_P = new TagBuckets(P_P),
  CONTENT_PP = new TagPairs(P_PP),
  CONTENT_PN = new TagPairs(P_PN);
/** The transition feature "Tpp|" + side of two tags (transitionSums), "<w>" before the window. */
const TRANSITION_PP = new TagPairs(T_PP, true);
const WINDOW_START = posBuckets('<w>');

/**
 * The content model's weights kept per string (see StringWeights). `word` (WORD offsets): "w|" +
 * side, "wp|" + side (as the word before), "wr|" + side + word + "|" + rule (false, true), "Tw|" +
 * side and "Tpw|" + side (as the word before) per label pair. `lemma` (LEMMA offsets): "l|" +
 * side, "ac|" + after a comma (false, true) + "|" + lemma + "|" + side, "Tl|" + side per label
 * pair, "redw|" + NEAREST value. `pos`: "rsdw|" + NEAREST value + "|" + pos. Per side three
 * values (L, R, C); per side and label pair four per side.
 */
interface ContentStringWeights {
  word: StringWeights;
  lemma: StringWeights;
  pos: StringWeights;
}
const WORD = { w: 0, wp: 3, wr: 6, tw: 12, tpw: 24, stride: 36 } as const;
/** The word table's integers: the state after "Tpww|" + word + "|", the first part of the pair feature "Tpww|". */
const WORD_STATE = { pww: 0, stride: 1 } as const;
const LEMMA = { l: 0, ac: 3, tl: 9, redw: 21, stride: 31 } as const;
const contentStrings = new WeakMap<ArrayLike<number>, ContentStringWeights>();

function contentStringWeights(w: ArrayLike<number>): ContentStringWeights {
  let t = contentStrings.get(w);
  if (t) return t;
  const pairs = new Int32Array(4);
  /** The weights of state h followed by each label pair, at out[o..o+4). */
  const labelPairWeights = (h: number, out: Float32Array | Float64Array, o: number) => {
    withLabelPairs(h, pairs, 0);
    for (let ab = 0; ab < 4; ab++) out[o + ab] = w[pairs[ab]];
  };
  const weight = (h: number) => w[bucketOf(h)];
  const f32 = w instanceof Float32Array;
  t = {
    word: new StringWeights(
      WORD.stride,
      (word, out, o) => {
        for (let s = 0; s < 3; s++) {
          out[o + WORD.w + s] = weight(fnv(P_W[s], word));
          out[o + WORD.wp + s] = weight(fnv(P_WP[s], word));
          const wr = fnv(fnv(P_WR[s], word), '|');
          out[o + WORD.wr + s] = weight(fnv(wr, 'false'));
          out[o + WORD.wr + 3 + s] = weight(fnv(wr, 'true'));
          labelPairWeights(fnv(T_W[s], word), out, o + WORD.tw + 4 * s);
          labelPairWeights(fnv(T_PW[s], word), out, o + WORD.tpw + 4 * s);
        }
      },
      undefined,
      f32,
      WORD_STATE.stride,
      (word, out, o) => (out[o + WORD_STATE.pww] = fnv(fnv(T_PWW, word), '|')),
    ),
    lemma: new StringWeights(
      LEMMA.stride,
      (lemma, out, o) => {
        for (let s = 0; s < 3; s++) {
          out[o + LEMMA.l + s] = weight(fnv(P_L[s], lemma));
          for (let comma = 0; comma < 2; comma++)
            out[o + LEMMA.ac + 3 * comma + s] = weight(
              fnv(fnv(fnv(fnv(fnv(P_AC, BOOL[comma]), '|'), lemma), '|'), SIDES[s]),
            );
          labelPairWeights(fnv(T_L[s], lemma), out, o + LEMMA.tl + 4 * s);
        }
        NEAREST.forEach((v, i) => (out[o + LEMMA.redw + i] = weight(fnv(fnv(fnv(P_REDW, v), '|'), lemma))));
      },
      undefined,
      f32,
    ),
    pos: new StringWeights(
      NEAREST.length,
      (pos, out, o) => NEAREST.forEach((v, i) => (out[o + i] = weight(fnv(fnv(fnv(P_RSDW, v), '|'), pos)))),
      undefined,
      f32,
    ),
  };
  contentStrings.set(w, t);
  return t;
}

/**
 * The arrays of the window last filled, whatever its document: a window is read through before
 * another is asked for, so one set serves all. Typed arrays of more than a few dozen bytes live
 * outside V8's heap: allocating a set per window (about 1,100 windows and 1,400 cues per pass over
 * PolNeAR dev) was a tenth of the quotes' time. They grow to the largest window seen (some 500
 * bytes per token) and are kept. `emissions` and `transitions` hold contentScores' results.
 */
const windowArrays = {
  room: 0,
  /** Bumped by each reset: a window whose WindowTokens.stamp differs is no longer in these arrays. */
  stamp: 0,
  /** Per token, what it is (COMMA, VERB, ...). */
  bits: new Uint8Array(0),
  /** Per token, the mark containing its start, or -1 (QuoteContext.markContaining). */
  mark: new Int32Array(0),
  /** Per token and side, its own content buckets (contentAt) and transition buckets (transitionAt). */
  content: new Int32Array(0),
  transition: new Int32Array(0),
  /**
   * Per token and side: 1 when its content buckets are filled, 2 its transition buckets, 4 and 8
   * their weights; 16 (on the token's first slot) when its transitionShared are.
   */
  filled: new Uint8Array(0),
  /** Per token and side, its own content weights summed, with the rule off and on (contentSums). */
  contentWeights: new Float64Array(0),
  /** Per token and side, its own transition weights summed per label pair (transitionSums). */
  transitionWeights: new Float64Array(0),
  /** Per token, its transition weights that do not depend on the side ("T", "Tpww|"), summed per label pair (transitionSums). */
  transitionShared: new Float64Array(0),
  emissions: new Float64Array(0),
  transitions: new Float64Array(0),
  /** Per token, the offsets of its word, lemma and part of speech in the string tables of the weights weighed. */
  wordAt: new Int32Array(0),
  lemmaAt: new Int32Array(0),
  posAt: new Int32Array(0),
};

function growWindowArrays(n: number): void {
  const a = windowArrays;
  const room = (a.room = Math.max(n, 2 * a.room));
  a.bits = new Uint8Array(room);
  a.mark = new Int32Array(room);
  a.content = new Int32Array(3 * room * OWN_CONTENT);
  a.transition = new Int32Array(3 * room * OWN_TRANSITION);
  a.filled = new Uint8Array(3 * room);
  a.contentWeights = new Float64Array(3 * room * 2);
  a.transitionWeights = new Float64Array(3 * room * 4);
  a.transitionShared = new Float64Array(room * 4);
  a.emissions = new Float64Array(room);
  a.transitions = new Float64Array(4 * room);
  a.wordAt = new Int32Array(room);
  a.lemmaAt = new Int32Array(room);
  a.posAt = new Int32Array(room);
}

/**
 * The window [w0, w1) of the context's tokens: the last one asked for again while windowArrays
 * still hold it, else the document's window object moved there. A caller reads the window it got
 * before asking for another.
 */
function windowTokens(ctx: QuoteContext, w0: number, w1: number): WindowTokens {
  const win = ctx.window;
  if (!win) return (ctx.window = new WindowTokens(ctx, w0, w1));
  if (win.w0 !== w0 || win.w1 !== w1 || win.stamp !== windowArrays.stamp) win.reset(w0, w1);
  return win;
}

/** The buckets of state `h` followed by each TRANSITION_SUFFIX, at out[o..o+4); their shared FNV steps taken once. */
function withLabelPairs(h: number, out: Int32Array, o: number): void {
  // fnv(h, "|"), then "0" or "1" twice, written out (see hashOn).
  const bar = Math.imul(h ^ BAR, FNV_PRIME);
  const a0 = Math.imul(bar ^ ZERO, FNV_PRIME),
    a1 = Math.imul(bar ^ ONE, FNV_PRIME);
  out[o] = (Math.imul(a0 ^ ZERO, FNV_PRIME) >>> 0) & BUCKET_MASK;
  out[o + 1] = (Math.imul(a0 ^ ONE, FNV_PRIME) >>> 0) & BUCKET_MASK;
  out[o + 2] = (Math.imul(a1 ^ ZERO, FNV_PRIME) >>> 0) & BUCKET_MASK;
  out[o + 3] = (Math.imul(a1 ^ ONE, FNV_PRIME) >>> 0) & BUCKET_MASK;
}

/**
 * Hashed features of each token of the window as part of the cue's content: CONTENT_FEATURES per
 * token, token t's at [t * CONTENT_FEATURES, (t + 1) * CONTENT_FEATURES). Each is the bucket of a
 * string: "b|" + side, "d|" + side + distance bucket, "w|" + side + word, "l|" + side + lemma,
 * "p|" + side + pos, "pp|" + side + previous pos + "|" + pos, "pn|" + side + pos + "|" + next pos,
 * "wp|" + side + previous word, "r|" + in rule, "r|" + side + in rule + "|" + cue kind, "rs|" + rule
 * start, "nr|" + side + no rule + "|" + cue kind, "sp|" + in speaker, "q|" + side + in mark,
 * "q|" + side + in mark + "|" + in rule, "cl|" + side + cue lemma, "ck|" + side + cue kind,
 * "cld|" + side + cue lemma + "|" + distance, "bc|"/"bv|" + side + commas/verbs between (0, 1, 2),
 * "bt|"/"bs|" + side + "that"/full stop between, "bm|" + side + mark between + "|" + in mark,
 * "bcv|" + side + commas + "|" + verbs + "|" + in rule, "os|" + same sentence, "tm|" + side + in a
 * time, "rsd|"/"red|" + distance to the nearest rule start/end, "rsdw|" + that + "|" + pos,
 * "redw|" + that + "|" + lemma, "wr|" + side + word + "|" + in rule, "ac|" + after a comma + "|" +
 * lemma + "|" + side, "ss|" + side + starts a sentence (booleans as "true"/"false").
 */
export function contentFeatures(ctx: QuoteContext, x: ContentInput): Int32Array {
  const cue = new ContentCue(ctx, x);
  const [w0, w1] = x.window;
  const out = new Int32Array((w1 - w0) * CONTENT_FEATURES);
  for (let k = w0; k < w1; k++) cue.fill(k, out, (k - w0) * CONTENT_FEATURES);
  return out;
}

/**
 * Per token of the window, under a model's weights `w` (see WindowTokens.weigh): the sum of its
 * content features' weights (emissionScores of contentFeatures) and its four transition scores
 * (transitionScores of transitionFeatures), without the tables of every token's features. The
 * arrays are views of windowArrays, good until the next call: read them first.
 */
export function contentScores(
  ctx: QuoteContext,
  x: ContentInput,
  w: ArrayLike<number>,
): { emissions: Float64Array; transitions: Float64Array } {
  return new ContentCue(ctx, x).scores(w);
}

/** Codes of what lies between a token and its cue: commas (0-2), verbs (0-2) and the flags of ContentCue. */
const BETWEEN_CODES = 8 * 3 * 3;
const betweenCode = (flags: number, commas: number, verbs: number) => (flags * 3 + commas) * 3 + verbs;

/**
 * A model's weights of the features that take a few values, summed once per combination of
 * those values, so a cue's token adds one number for them. `content`: "rs|", "sp|", "q|", "q|"
 * with the rule, "bc|", "bv|", "bt|", "bs|", "bm|", "bcv|", "os|", by contentIndex. `transition`:
 * "Tr|", "Tm|", "Td|", "Tsp|", by transitionIndex, then label pair. `ruleStart`, `ruleEnd`: "rsd|",
 * "red|" by NEAREST index.
 */
interface ModelTables {
  content: Float64Array;
  transition: Float64Array;
  ruleStart: Float64Array;
  ruleEnd: Float64Array;
}
const modelTables = new WeakMap<ArrayLike<number>, ModelTables>();

const contentIndex = (
  s: number,
  rule: number,
  inMark: number,
  between: number,
  ruleStart: number,
  sp: number,
  os: number,
) => (((((s * 2 + rule) * 2 + inMark) * BETWEEN_CODES + between) * 2 + ruleStart) * 2 + sp) * 2 + os;
/** `marks`: 4 when the token before is in a mark, 2 when this one is, 1 when both are in the same (or none). */
const transitionIndex = (s: number, rPrev: number, r: number, marks: number, d: number, sp: number) =>
  4 * ((((s * 4 + rPrev * 2 + r) * 8 + marks) * BUCKETS.length + d) * 2 + sp);

function modelTablesOf(w: ArrayLike<number>): ModelTables {
  let t = modelTables.get(w);
  if (t) return t;
  const content = new Float64Array(3 * 2 * 2 * BETWEEN_CODES * 2 * 2 * 2);
  for (let s = 0; s < 3; s++)
    for (let rule = 0; rule < 2; rule++)
      for (let inMark = 0; inMark < 2; inMark++)
        for (let f = 0; f < 8; f++)
          for (let bc = 0; bc < 3; bc++)
            for (let bv = 0; bv < 3; bv++)
              for (let rs = 0; rs < 2; rs++)
                for (let sp = 0; sp < 2; sp++)
                  for (let os = 0; os < 2; os++)
                    content[contentIndex(s, rule, inMark, betweenCode(f, bc, bv), rs, sp, os)] =
                      w[C_RS[rs]] +
                      w[C_SP[sp]] +
                      w[C_Q[s * 2 + inMark]] +
                      w[C_QR[s * 4 + inMark * 2 + rule]] +
                      w[C_BC[s * 3 + bc]] +
                      w[C_BV[s * 3 + bv]] +
                      w[C_BT[s * 2 + (f & 1 ? 1 : 0)]] +
                      w[C_BS[s * 2 + (f & 2 ? 1 : 0)]] +
                      w[C_BM[s * 4 + (f & 4 ? 2 : 0) + inMark]] +
                      w[C_BCV[s * 18 + bc * 6 + bv * 2 + rule]] +
                      w[C_OS[os]];
  const transition = new Float64Array(transitionIndex(3, 0, 0, 0, 0, 0));
  for (let s = 0; s < 3; s++)
    for (let rPrev = 0; rPrev < 2; rPrev++)
      for (let r = 0; r < 2; r++)
        for (let marks = 0; marks < 8; marks++)
          for (let d = 0; d < BUCKETS.length; d++)
            for (let sp = 0; sp < 2; sp++) {
              const at = transitionIndex(s, rPrev, r, marks, d, sp);
              for (let ab = 0; ab < 4; ab++)
                transition[at + ab] =
                  w[TT_R[4 * (s * 4 + rPrev * 2 + r) + ab]] +
                  w[TT_M[4 * (s * 8 + marks) + ab]] +
                  w[TT_D[4 * (s * BUCKETS.length + d) + ab]] +
                  w[TT_SP[4 * sp + ab]];
            }
  const of = (buckets: Int32Array) => Float64Array.from(buckets, (b) => w[b]);
  t = { content, transition, ruleStart: of(C_RSD), ruleEnd: of(C_RED) };
  modelTables.set(w, t);
  return t;
}

/** The features of a cue itself, per side (and rule, or distance bucket): see ContentCue.buckets. */
interface CueBuckets {
  ruleKind: number[][];
  noRuleKind: number[];
  cueLemma: number[];
  cueKind: number[];
  cueLemmaDistance: number[][];
}

function cueBuckets(cueKind: string, cueLemma: string, noRule: string): CueBuckets {
  const perCue = (prefix: readonly number[], ...parts: string[]) => prefix.map((h) => bucketOf(parts.reduce(fnv, h)));
  return {
    ruleKind: [0, 1].map((r) => perCue(P_RK, BOOL[r], '|', cueKind)),
    noRuleKind: perCue(P_NR, noRule, '|', cueKind),
    cueLemma: perCue(P_CL, cueLemma),
    cueKind: perCue(P_CK, cueKind),
    cueLemmaDistance: BUCKETS.map((d) => perCue(P_CLD, cueLemma, '|', d)),
  };
}

/**
 * A cue's own features' weights under a model: by side and rule ("r|", "r|" + side, "nr|", "cl|",
 * "ck|") and by side and distance bucket ("d|", "cld|"). They depend on the model, the cue's kind,
 * lemma and rule reading alone, so they are kept per model for each of those (a few hundred in a
 * corpus; the table is emptied past CUE_WEIGHTS_LIMIT), not worked out again in each document.
 */
interface CueWeights {
  bySideRule: Float64Array;
  bySideDistance: Float64Array;
}
/**
 * A model's CueWeights by cue kind, then noRule, then cue lemma: looked up with the strings as they
 * come, not with a key string built per cue (building and hashing it was some 0.2% of the
 * analysis's CPU time, PolNeAR dev profile, 7 December). `size` counts the entries.
 */
interface CueWeightsTable {
  size: number;
  byKind: Map<string, Map<string, Map<string, CueWeights>>>;
}
const cueWeightsByModel = new WeakMap<ArrayLike<number>, CueWeightsTable>();
const CUE_WEIGHTS_LIMIT = 20_000;

function cueWeightsOf(w: ArrayLike<number>, cueKind: string, cueLemma: string, noRule: string) {
  let table = cueWeightsByModel.get(w);
  if (!table || table.size >= CUE_WEIGHTS_LIMIT) cueWeightsByModel.set(w, (table = { size: 0, byKind: new Map() }));
  let byRule = table.byKind.get(cueKind);
  if (!byRule) table.byKind.set(cueKind, (byRule = new Map()));
  let byLemma = byRule.get(noRule);
  if (!byLemma) byRule.set(noRule, (byLemma = new Map()));
  let cw = byLemma.get(cueLemma);
  if (!cw) {
    const b = cueBuckets(cueKind, cueLemma, noRule);
    const bySideRule = new Float64Array(6);
    const bySideDistance = new Float64Array(3 * BUCKETS.length);
    for (let s = 0; s < 3; s++) {
      const own = w[b.noRuleKind[s]] + w[b.cueLemma[s]] + w[b.cueKind[s]];
      for (let r = 0; r < 2; r++) bySideRule[2 * s + r] = w[C_R[r]] + w[b.ruleKind[r][s]] + own;
      for (let d = 0; d < BUCKETS.length; d++)
        bySideDistance[s * BUCKETS.length + d] = w[C_D[s * BUCKETS.length + d]] + w[b.cueLemmaDistance[d][s]];
    }
    // Kept as a string of its own: a lemma may be a view of the text it was cut from (bounded-memo.ts).
    byLemma.set(detached(cueLemma), (cw = { bySideRule, bySideDistance }));
    table.size++;
  }
  return cw;
}

/** What contentFeatures reads about one cue's window, built once; fill() writes one token's features. */
class ContentCue {
  private readonly tk: readonly Token[];
  private readonly w0: number;
  private readonly w1: number;
  private readonly c0: number;
  private readonly c1: number;
  private readonly cueSentence: number;
  private readonly cueLemma: string;
  private readonly noRule: string;
  private readonly win: WindowTokens;
  // Running counts of what lies between each token and the cue, built outward from the cue.
  private readonly commas: Uint8Array;
  private readonly verbs: Uint8Array;
  /** 1: "that" between, 2: a full stop, 4: a quotation mark. */
  private readonly flags: Uint8Array;
  private readonly inRule: Uint8Array;
  private readonly ruleStarts: number[] = [];
  private readonly ruleEnds: number[] = [];
  /** The features of the cue itself (fill), hashed on first use. */
  private own: CueBuckets | null = null;

  constructor(
    private readonly ctx: QuoteContext,
    private readonly x: ContentInput,
  ) {
    const tk = (this.tk = ctx.tokens);
    const [w0, w1] = x.window;
    const [c0, c1] = x.cue;
    this.w0 = w0;
    this.w1 = w1;
    this.c0 = c0;
    this.c1 = c1;
    const n = w1 - w0;
    this.cueLemma = tk[c1 - 1].lemma;
    this.cueSentence = tk[c0].sentence;
    this.win = windowTokens(ctx, w0, w1);
    const commas = (this.commas = new Uint8Array(n)),
      verbs = (this.verbs = new Uint8Array(n)),
      flags = (this.flags = new Uint8Array(n));
    const bits = windowArrays.bits;
    const walk = (from: number, to: number, step: number) => {
      let c = 0,
        v = 0,
        f = 0;
      for (let k = from; k !== to; k += step) {
        commas[k - w0] = Math.min(c, 2);
        verbs[k - w0] = Math.min(v, 2);
        flags[k - w0] = f;
        const b = bits[k - w0];
        if (b & COMMA) c++;
        if (b & VERB) v++;
        if (b & THAT) f |= 1;
        if (b & STOP) f |= 2;
        if (b & MARK_TOKEN) f |= 4;
      }
    };
    walk(c0 - 1, w0 - 1, -1);
    walk(c1, w1, 1);
    this.noRule = str(x.rulePieces.length === 0);
    // Token distance to the nearest rule piece edge: the rules' edges are usually right or close.
    const inRule = (this.inRule = new Uint8Array(n));
    for (let k = w0; k < w1; k++) inRule[k - w0] = inSpans(x.rulePieces, tk[k].span[0]) ? 1 : 0;
    for (let k = w0; k < w1; k++) {
      const r = inRule[k - w0] === 1;
      const rPrev = k > w0 && inRule[k - 1 - w0] === 1;
      if (r && !rPrev) this.ruleStarts.push(k);
      if (!r && rPrev) this.ruleEnds.push(k);
    }
  }

  /** Token k's CONTENT_FEATURES buckets, at out[o...]. */
  fill(k: number, out: Int32Array, o: number): void {
    const { x, tk, c0, c1, win } = this;
    const cue = (this.own ??= cueBuckets(x.cueKind, this.cueLemma, this.noRule));
    const own = windowArrays.content;
    const i = k - this.w0;
    const t = tk[k];
    const s = k < c0 ? 0 : k >= c1 ? 1 : 2;
    const di = bucketIndex(k < c0 ? c0 - k : k >= c1 ? k - c1 + 1 : 0);
    const mid = t.span[0];
    const rule = this.inRule[i];
    const ruleStart = rule === 1 && !inSpans(x.rulePieces, mid - 1) ? 1 : 0;
    const inMark = windowArrays.bits[i] & IN_MARK ? 1 : 0;
    const a = win.contentAt(k, s);
    const f = this.flags[i];
    const rs = nearest(this.ruleStarts, k),
      re = nearest(this.ruleEnds, k);
    const bc = cap2(this.commas[i]),
      bv = cap2(this.verbs[i]);
    out[o++] = C_B[s];
    out[o++] = C_D[s * BUCKETS.length + di];
    out[o++] = own[a + 0]; // w
    out[o++] = own[a + 1]; // l
    out[o++] = own[a + 2]; // p
    out[o++] = own[a + 3]; // pp
    out[o++] = own[a + 4]; // pn
    out[o++] = own[a + 5]; // wp
    out[o++] = C_R[rule];
    out[o++] = cue.ruleKind[rule][s];
    out[o++] = C_RS[ruleStart];
    out[o++] = cue.noRuleKind[s];
    out[o++] = C_SP[x.speaker !== null && mid >= x.speaker[0] && mid < x.speaker[1] ? 1 : 0];
    out[o++] = C_Q[s * 2 + inMark];
    out[o++] = C_QR[s * 4 + inMark * 2 + rule];
    out[o++] = cue.cueLemma[s];
    out[o++] = cue.cueKind[s];
    out[o++] = cue.cueLemmaDistance[di][s];
    out[o++] = C_BC[s * 3 + bc];
    out[o++] = C_BV[s * 3 + bv];
    out[o++] = C_BT[s * 2 + (f & 1 ? 1 : 0)];
    out[o++] = C_BS[s * 2 + (f & 2 ? 1 : 0)];
    out[o++] = C_BM[s * 4 + (f & 4 ? 2 : 0) + inMark];
    out[o++] = C_BCV[s * 18 + bc * 6 + bv * 2 + rule];
    out[o++] = C_OS[t.sentence === this.cueSentence ? 1 : 0];
    out[o++] = C_TM[s * 2 + (windowArrays.bits[i] & IN_TIME ? 1 : 0)];
    out[o++] = C_RSD[rs];
    out[o++] = C_RED[re];
    out[o++] = bucketOf(fnv(fnv(fnv(P_RSDW, NEAREST[rs]), '|'), t.pos));
    out[o++] = bucketOf(fnv(fnv(fnv(P_REDW, NEAREST[re]), '|'), t.lemma));
    out[o++] = own[a + 6 + rule]; // wr
    out[o++] = own[a + 8]; // ac
    out[o] = own[a + 9]; // ss
  }

  /** Per token of the window, its content and transition scores under `w` (see contentScores). */
  scores(w: ArrayLike<number>): { emissions: Float64Array; transitions: Float64Array } {
    const { x, tk, c0, c1, win, w0, w1 } = this;
    const M = modelTablesOf(w);
    const { bySideRule, bySideDistance } = cueWeightsOf(w, x.cueKind, this.cueLemma, this.noRule);
    win.weigh(w);
    const speaker = x.speaker;
    const emissions = windowArrays.emissions.subarray(0, w1 - w0);
    const transitions = windowArrays.transitions.subarray(0, 4 * (w1 - w0));
    let rPrev = 0,
      markPrev = -1;
    for (let k = w0; k < w1; k++) {
      const i = k - w0;
      const t = tk[k];
      const at = t.span[0];
      const s = k < c0 ? 0 : k >= c1 ? 1 : 2;
      const d = bucketIndex(k < c0 ? c0 - k : k >= c1 ? k - c1 + 1 : 0);
      const rule = this.inRule[i];
      const ruleStart = rule === 1 && !inSpans(x.rulePieces, at - 1) ? 1 : 0;
      const inMark = windowArrays.bits[i] & IN_MARK ? 1 : 0;
      const sp = speaker !== null && at >= speaker[0] && at < speaker[1] ? 1 : 0;
      const between = betweenCode(this.flags[i], this.commas[i], this.verbs[i]);
      emissions[i] =
        windowArrays.contentWeights[win.contentSums(k, s) + rule] +
        bySideRule[2 * s + rule] +
        bySideDistance[s * BUCKETS.length + d] +
        M.content[contentIndex(s, rule, inMark, between, ruleStart, sp, t.sentence === this.cueSentence ? 1 : 0)] +
        win.ruleStartWord(k, nearest(this.ruleStarts, k), M.ruleStart) +
        win.ruleEndWord(k, nearest(this.ruleEnds, k), M.ruleEnd);
      const mark = windowArrays.mark[i];
      const own = win.transitionSums(k, s);
      const marks = (markPrev >= 0 ? 4 : 0) + (mark >= 0 ? 2 : 0) + (mark === markPrev ? 1 : 0);
      const pair = transitionIndex(s, rPrev, rule, marks, d, sp);
      for (let ab = 0; ab < 4; ab++)
        transitions[4 * i + ab] = windowArrays.transitionWeights[own + ab] + M.transition[pair + ab];
      rPrev = rule;
      markPrev = mark;
    }
    return { emissions, transitions };
  }
}

/** The index in NEAREST of k's distance to the nearest of `edges`. */
function nearest(edges: readonly number[], k: number): number {
  let best = 99;
  for (const e of edges) if (Math.abs(k - e) < Math.abs(best)) best = k - e;
  return best === 99 ? 0 : best < -3 ? 1 : best > 3 ? 2 : best + 6;
}

/** Each value followed by each transition suffix, value major. */
const withSuffixes = (values: readonly string[]) => values.flatMap((v) => TRANSITION_SUFFIX.map((x) => v + x));
const TT_T = table([T_T], withSuffixes([''])),
  TT_R = table(T_R, withSuffixes(BOOL2)),
  TT_M = table(T_M, withSuffixes(pairs(BOOL2, BOOL))),
  TT_D = table(T_D, withSuffixes(BUCKETS)),
  TT_SP = table([T_SP], withSuffixes(BOOL)),
  TT_S = table(T_S, withSuffixes(BOOL));

/** Copies 4 buckets from `from` at `at` to `out` at `o`. */
function copy4(out: Int32Array, o: number, from: Int32Array, at: number): void {
  out[o] = from[at];
  out[o + 1] = from[at + 1];
  out[o + 2] = from[at + 2];
  out[o + 3] = from[at + 3];
}

/**
 * Transition features of the content tagger, one set per token: what lies at the boundary between
 * the token before and this one (the words, parts of speech, punctuation, a rule content's edge, a
 * quotation mark, the distance from the cue), each conjoined with the label pair (before, now). A
 * content's edges are where these decide: "that" before a start, ", though" after an end.
 * Layout: token t's feature j for labels a (before) and b (now) at 4 * (t * TRANSITION_FEATURES + j) + 2a + b.
 * The features, in order, each followed by the label pair ("|00" ... "|11"): "T", "Tpw|" + side +
 * previous word, "Tw|" + side + word, "Tl|" + side + lemma, "Tpp|" + side + previous pos + "|" + pos,
 * "Tpww|" + previous word + "|" + word, "Tr|" + side + previous in rule + "|" + in rule, "Tm|" +
 * side + previous in a mark + "|" + in a mark + "|" + the same mark, "Td|" + side + distance
 * bucket, "Ts|" + side + starts a sentence, "Tsp|" + in speaker ("<w>" before the window).
 */
export function transitionFeatures(ctx: QuoteContext, x: ContentInput): Int32Array {
  const cue = new TransitionCue(ctx, x);
  const [w0, w1] = x.window;
  const per = 4 * TRANSITION_FEATURES;
  const out = new Int32Array(per * (w1 - w0));
  for (let k = w0; k < w1; k++) cue.fill(k, out, per * (k - w0));
  return out;
}

/** What transitionFeatures reads about one cue's window; fill() writes one token's features, tokens in order. */
class TransitionCue {
  private readonly win: WindowTokens;
  private prevRule = 0;
  private prevMark = -1;

  constructor(
    private readonly ctx: QuoteContext,
    private readonly x: ContentInput,
  ) {
    this.win = windowTokens(ctx, x.window[0], x.window[1]);
  }

  /** Token k's 4 * TRANSITION_FEATURES buckets, at out[o...]; k runs through the window in order. */
  fill(k: number, out: Int32Array, o: number): void {
    const { ctx, x, win } = this;
    const [c0, c1] = x.cue;
    const t = ctx.tokens[k];
    const first = k === x.window[0];
    const s = k < c0 ? 0 : k >= c1 ? 1 : 2;
    const d = k < c0 ? c0 - k : k >= c1 ? k - c1 + 1 : 0;
    const r = inSpans(x.rulePieces, t.span[0]) ? 1 : 0;
    const mark = windowArrays.mark[k - x.window[0]];
    const rPrev = first ? 0 : this.prevRule;
    const markPrev = first ? -1 : this.prevMark;
    const own = windowArrays.transition;
    const a = win.transitionAt(k, s);
    copy4(out, o, TT_T, 0);
    for (let j = 0; j < 20; j++) out[o + 4 + j] = own[a + j]; // pw, w, l, pp, pww
    o += 24;
    copy4(out, o, TT_R, 4 * (s * 4 + rPrev * 2 + r));
    copy4(out, o + 4, TT_M, 4 * (s * 8 + (markPrev >= 0 ? 4 : 0) + (mark >= 0 ? 2 : 0) + (mark === markPrev ? 1 : 0)));
    copy4(out, o + 8, TT_D, 4 * (s * BUCKETS.length + bucketIndex(d)));
    copy4(out, o + 12, own, a + 20); // s
    const sp = x.speaker !== null && t.span[0] >= x.speaker[0] && t.span[0] < x.speaker[1] ? 1 : 0;
    copy4(out, o + 16, TT_SP, 4 * sp);
    this.prevRule = r;
    this.prevMark = mark;
  }
}

/** Per token, the four transition scores (label before a, now b at index 2a + b) under weights `w`. */
export function transitionScores(features: Int32Array, w: ArrayLike<number>): Float64Array {
  const per = 4 * TRANSITION_FEATURES;
  const n = features.length / per;
  const out = new Float64Array(4 * n);
  for (let t = 0, j = 0; t < n; t++) {
    let s00 = 0,
      s01 = 0,
      s10 = 0,
      s11 = 0;
    for (const end = j + per; j < end; j += 4) {
      s00 += w[features[j]];
      s01 += w[features[j + 1]];
      s10 += w[features[j + 2]];
      s11 += w[features[j + 3]];
    }
    out[4 * t] = s00;
    out[4 * t + 1] = s01;
    out[4 * t + 2] = s10;
    out[4 * t + 3] = s11;
  }
  return out;
}

/** Per token, the sum of its content features' weights `w`. */
export function emissionScores(features: Int32Array, w: ArrayLike<number>): Float64Array {
  const n = features.length / CONTENT_FEATURES;
  const out = new Float64Array(n);
  for (let t = 0, j = 0; t < n; t++) {
    let sum = 0;
    for (const end = j + CONTENT_FEATURES; j < end; j++) sum += w[features[j]];
    out[t] = sum;
  }
  return out;
}
