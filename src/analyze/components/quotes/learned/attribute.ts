// One cue, one attribution, the learned way: the speaker comes from the rules (findSpeaker), the
// content from the content tagger, which reads the rules' own content for the cue as a feature.
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../../package-root.js';
import type { Entity, Span } from '../../../../record/types.js';
import type { Token } from '../../../doc.js';
import { attribute, clauseAfterAdjuncts, findSpeaker, sentenceAt, type SpeakerFound } from '../attribute.js';
import { kindOf } from '../bounds.js';
import { HEARER_SKIP_LEMMAS, type Cue } from '../cues.js';
import type { Attribution, QuoteContext } from '../context.js';
import { contentScores, contentWindow, type ContentInput } from './features.js';
import { LinearModel } from './linear.js';
import { packedMap } from '../../../packed-map.js';

export const MODEL_DIR = join(PACKAGE_ROOT, 'models');
export const CUE_MODEL_FILE = 'quotes-cue.bin';
export const CONTENT_MODEL_FILE = 'quotes-content.bin';

export interface QuoteModels {
  cue: LinearModel;
  content: LinearModel;
}
let models: QuoteModels | null = null;

/** The committed models, read once. */
export function quoteModels(): QuoteModels {
  models ??= {
    cue: LinearModel.read(join(MODEL_DIR, CUE_MODEL_FILE)),
    content: LinearModel.read(join(MODEL_DIR, CONTENT_MODEL_FILE)),
  };
  return models;
}

/** A cue the model found where the rules found none: its kind from its part of speech. */
export function learnedCue(tokens: readonly Token[], i: number): Cue {
  const pos = tokens[i].pos;
  return { kind: pos === 'NOUN' ? 'noun' : pos === 'ADJ' ? 'object' : 'speech', tokens: [i, i + 1] };
}

/** The rules' attribution for a cue, leaving the quotation marks it would use free. */
export function ruleReading(ctx: QuoteContext, cue: Cue, sentence: number, salient: Entity | null): Attribution | null {
  const used = [...ctx.usedMarks];
  const rule = attribute(ctx, cue, sentence, salient);
  ctx.usedMarks.clear();
  for (const m of used) ctx.usedMarks.add(m);
  return rule;
}

/**
 * What the content tagger reads for one cue, with the speaker found for it; null without a
 * speaker. `rule` is the rules' reading of the cue (ruleReading), a feature here.
 */
export function cueInput(
  ctx: QuoteContext,
  cue: Cue,
  sentence: number,
  salient: Entity | null,
  rule: Attribution | null = ruleReading(ctx, cue, sentence, salient),
): { found: SpeakerFound; input: ContentInput } | null {
  const found = findSpeaker(ctx, cue, sentence, salient);
  if (!found) return null;
  return {
    found,
    input: {
      window: contentWindow(ctx, sentence),
      cue: cue.tokens,
      cueKind: cue.kind,
      rulePieces: rule ? packedMap(rule.fragments, (f) => f.span) : [],
      speaker: found.speaker.span,
    },
  };
}

/**
 * The best labelling in which the content on each side of the cue is one run at most (outside,
 * content, outside: O* C* O*) and the cue's own tokens are not content; `cue` is the cue's token
 * range relative to the window. `trans[4t + 2a + b]` scores label a before token t and b at it
 * (a window side starts as if after an outside token).
 */
export function decode(emissions: ArrayLike<number>, trans: Float64Array, cue: readonly [number, number]): Uint8Array {
  const labels = new Uint8Array(emissions.length);
  decodeRun(emissions, trans, 0, cue[0], labels);
  decodeRun(emissions, trans, cue[1], emissions.length, labels);
  return labels;
}

/** O* C* O* over tokens [from, to): states 0 before the run, 1 in it, 2 after it. */
function decodeRun(emissions: ArrayLike<number>, trans: Float64Array, from: number, to: number, out: Uint8Array): void {
  const n = to - from;
  if (n <= 0) return;
  const back = new Uint8Array(3 * n);
  let pre = 0,
    run = -Infinity,
    post = -Infinity;
  for (let k = 0; k < n; k++) {
    const t = from + k;
    const t00 = trans[4 * t],
      t01 = trans[4 * t + 1],
      t10 = trans[4 * t + 2],
      t11 = trans[4 * t + 3];
    const inFromPre = pre + t01,
      inFromRun = run + t11;
    const postFromRun = run + t10,
      postFromPost = post + t00;
    back[3 * k + 1] = inFromRun > inFromPre ? 1 : 0;
    back[3 * k + 2] = postFromPost > postFromRun ? 2 : 1;
    pre = pre + t00;
    run = Math.max(inFromPre, inFromRun) + emissions[t];
    post = Math.max(postFromRun, postFromPost);
  }
  let state = run >= pre && run >= post ? 1 : post > pre ? 2 : 0;
  for (let k = n - 1; k >= 0; k--) {
    out[from + k] = state === 1 ? 1 : 0;
    state = state === 0 ? 0 : back[3 * k + state];
  }
}

/**
 * Conjunctive adverbs of English grammar that link a sentence to the one before ("However, growth
 * slowed, the fund said"): the writer's link, not the speaker's words. In polnear-train no content
 * starts with "However," and the like; "instead", "otherwise", "also" do start contents there and
 * are not listed.
 */
const CONNECTIVES: ReadonlySet<string> = new Set([
  'however',
  'moreover',
  'furthermore',
  'nevertheless',
  'nonetheless',
  'meanwhile',
  'additionally',
  'consequently',
  'therefore',
]);

/**
 * The index of the first token of a content run [t, e] once a sentence-initial conjunctive adverb
 * and its comma are left out (token indices of the document).
 */
function leadingConnective(ctx: QuoteContext, t: number, e: number): number {
  const tk = ctx.tokens;
  const startsSentence = t === 0 || tk[t - 1].sentence !== tk[t].sentence;
  const skip = startsSentence && t + 2 <= e && CONNECTIVES.has(tk[t].lower) && tk[t + 1].text === ',';
  return skip ? t + 2 : t;
}

/**
 * Parts of speech of function words (Universal Dependencies): a run of only these ("If" of "If
 * scientists found ...", once the speaker's words are taken out) holds nothing anyone said.
 */
const FUNCTION_POS: ReadonlySet<string> = new Set(['ADP', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'SYM', 'AUX']);

/** Whether tokens [from, to) hold a word that is not a function word. */
function holdsContentWord(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!FUNCTION_POS.has(ctx.tokens[k].pos)) return true;
  return false;
}

const WORD_RE = /[\p{L}\p{N}]/u;
const TRAILING_RE = /[\s.,;:!?—–-]+$/;

/**
 * Character spans of the runs of content tokens, trailing punctuation trimmed, runs without words
 * dropped. A content is split only by its cue or speaker ("“We will win,” he said, “and soon.”"):
 * a gap holding neither is filled.
 */
export function pieces(
  ctx: QuoteContext,
  window: readonly [number, number],
  labels: Uint8Array,
  splitters: readonly Span[],
): Span[] {
  const out: Span[] = [];
  const splits = (a: number, b: number) => splitters.some(([p, q]) => p < b && a < q);
  for (let t = 0; t < labels.length; t++) {
    if (!labels[t]) continue;
    let e = t;
    for (;;) {
      while (e + 1 < labels.length && labels[e + 1]) e++;
      let n = e + 1;
      while (n < labels.length && !labels[n]) n++;
      if (n >= labels.length || splits(ctx.tokens[window[0] + e].span[1], ctx.tokens[window[0] + n].span[0])) break;
      e = n;
    }
    const first = leadingConnective(ctx, window[0] + t, window[0] + e);
    if (!holdsContentWord(ctx, first, window[0] + e + 1)) {
      t = e;
      continue;
    }
    const a = ctx.tokens[first].span[0];
    let b = ctx.tokens[window[0] + e].span[1];
    const tail = TRAILING_RE.exec(ctx.text.slice(a, b));
    if (tail) b = a + tail.index;
    if (b > a && WORD_RE.test(ctx.text.slice(a, b))) out.push([a, b]);
    t = e;
  }
  return out;
}

/**
 * "told investors of New Media, the GateHouse parent, [on Oct. 31 that the merger ...]": where
 * the content after the cue opens with a prepositional or time adjunct and then "that" and its
 * clause (clauseAfterAdjuncts), the adjunct is the writer's, when and where the words were said,
 * and the content starts at "that" (as the rules read "said on Monday that ..."). In place;
 * `w0` is the window's first token, `after` the token after the cue, `s1` the end of its sentence.
 */
function dropAdjunctsBeforeThat(ctx: QuoteContext, labels: Uint8Array, w0: number, after: number, s1: number): void {
  let t = after - w0;
  while (t < labels.length && !labels[t]) t++;
  if (t >= labels.length) return;
  const k = clauseAfterAdjuncts(ctx, w0 + t, Math.min(s1, w0 + labels.length));
  if (k <= w0 + t || ctx.tokens[k].lemma !== 'that') return;
  for (let j = t; j < k - w0; j++) if (!labels[j]) return;
  labels.fill(0, t, k - w0);
}

/** Object pronouns: after "tell" they name who hears it ("telling me I would love it"). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'him', 'her', 'us', 'them', 'you']);

/**
 * "telling [me I would love it]": after a verb that takes its hearer before the clause
 * (HEARER_SKIP_LEMMAS), an object pronoun right after the cue is who hears it, not what is said
 * (as the rules read "told him the nominee had not paid"). Not before "to", where the pronoun is
 * the one asked or told to act ("told them to leave"). In place.
 */
function dropHearerPronoun(ctx: QuoteContext, labels: Uint8Array, w0: number, cue: Cue): void {
  const t = cue.tokens[1] - w0;
  if (!HEARER_SKIP_LEMMAS.has(ctx.tokens[cue.tokens[0]].lemma) || t + 1 >= labels.length) return;
  const pronoun = ctx.tokens[w0 + t];
  if (!labels[t] || !labels[t + 1] || !OBJECT_PRONOUNS.has(pronoun.lower) || ctx.tokens[w0 + t + 1].lower === 'to')
    return;
  labels[t] = 0;
}

/** Parts of speech of an object noun phrase between a cue and its relative clause. */
const OBJECT_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
/** The longest object phrase taken back in before a relative "that". */
const MAX_ANTECEDENT_TOKENS = 5;

/**
 * "attacked [that benefit others]" -> "attacked [loopholes that benefit others]": a content that
 * starts at a relative "that" (a verb right after it, a noun or pronoun right before it) holds
 * the phrase it stands for, the cue's object right after the cue (as the rules read it:
 * complementizerThat). In place.
 */
function withRelativeAntecedent(ctx: QuoteContext, labels: Uint8Array, w0: number, cue: Cue): void {
  const from = cue.tokens[1] - w0;
  let t = from;
  while (t < labels.length && !labels[t]) t++;
  if (t === from || t + 1 >= labels.length || t - from > MAX_ANTECEDENT_TOKENS) return;
  const that = ctx.tokens[w0 + t];
  const next = ctx.tokens[w0 + t + 1];
  const before = ctx.tokens[w0 + t - 1];
  if (that.lower !== 'that' || (next.pos !== 'VERB' && next.pos !== 'AUX') || next.sentence !== that.sentence) return;
  if (before.pos !== 'NOUN' && before.pos !== 'PRON') return;
  for (let k = from; k < t; k++) if (!OBJECT_PHRASE_POS.has(ctx.tokens[w0 + k].pos)) return;
  labels.fill(1, from, t);
}

export function attributeLearned(
  ctx: QuoteContext,
  m: QuoteModels,
  cue: Cue,
  sentence: number,
  salient: Entity | null,
  rule?: Attribution | null,
): Attribution | null {
  const x = cueInput(ctx, cue, sentence, salient, rule);
  if (!x) return null;
  const { emissions, transitions } = contentScores(ctx, x.input, m.content.weights);
  const w0 = x.input.window[0];
  const labels = decode(emissions, transitions, [cue.tokens[0] - w0, cue.tokens[1] - w0]);
  // A sentence-opening "But" right before the tagger's content is the speaker's where the rules'
  // content takes it in ("But the new plan is still tilted toward the rich, the senator said":
  // attribute.ts; polnear-train takes it in 13.8 times, leaves it out 8.2).
  for (let t = 0; t + 1 < labels.length; t++) {
    const k = w0 + t;
    const [a, b] = ctx.tokens[k].span;
    if (
      !labels[t] &&
      labels[t + 1] &&
      ctx.tokens[k].lower === 'but' &&
      (k === 0 || ctx.tokens[k - 1].sentence !== ctx.tokens[k].sentence) &&
      x.input.rulePieces.some(([p, q]) => p <= a && b <= q)
    )
      labels[t] = 1;
  }
  dropAdjunctsBeforeThat(ctx, labels, w0, cue.tokens[1], ctx.sentences[sentence].tokens[1]);
  dropHearerPronoun(ctx, labels, w0, cue);
  withRelativeAntecedent(ctx, labels, w0, cue);
  // The speaker's words are never what they say ("“...,” said Mr. Lindqvist").
  const [p0, p1] = x.found.speaker.span;
  for (let t = 0; t < labels.length; t++) {
    const [a, b] = ctx.tokens[w0 + t].span;
    if (a >= p0 && b <= p1) labels[t] = 0;
  }
  const spans = pieces(ctx, x.input.window, labels, [ctx.spanOf(cue.tokens[0], cue.tokens[1]), x.found.speaker.span]);
  if (spans.length === 0) return null;
  for (const [a, b] of spans) for (const i of ctx.marksWithin(a - 1, b + 1)) ctx.usedMarks.add(i);
  const last = spans[spans.length - 1];
  const lastMark = ctx.markContaining(last[1] - 1);
  return {
    speaker: x.found.speaker,
    cue: ctx.textSpan(ctx.spanOf(cue.tokens[0], cue.tokens[1])),
    fragments: spans.map((span) => ({ kind: kindOf(ctx, span), span })),
    lastSentence: sentenceAt(ctx, last[1] - 1, sentence),
    openAtEnd: lastMark >= 0 && ctx.marks[lastMark].open && ctx.marks[lastMark].span[1] === last[1],
  };
}
