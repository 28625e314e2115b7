// One cue, one attribution, the learned way: the speaker comes from the rules (findSpeaker), the
// content from the content tagger, which reads the rules' own content for the cue as a feature.
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../../package-root.js';
import type { Entity, Span } from '../../../../record/types.js';
import type { Token } from '../../../doc.js';
import { attribute, findSpeaker, sentenceAt, type SpeakerFound } from '../attribute.js';
import { kindOf } from '../bounds.js';
import type { Cue } from '../cues.js';
import type { Attribution, QuoteContext } from '../context.js';
import { contentFeatures, contentWindow, TRANSITIONS, type ContentInput } from './features.js';
import { LinearModel } from './linear.js';

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

/** What the content tagger reads for one cue, with the speaker found for it; null without a speaker. */
export function cueInput(
  ctx: QuoteContext,
  cue: Cue,
  sentence: number,
  salient: Entity | null,
): { found: SpeakerFound; input: ContentInput } | null {
  const found = findSpeaker(ctx, cue, sentence, salient);
  if (!found) return null;
  // The rules' content is only a feature here: the marks it would use stay free.
  const used = [...ctx.usedMarks];
  const rule = attribute(ctx, cue, sentence, salient);
  ctx.usedMarks.clear();
  for (const m of used) ctx.usedMarks.add(m);
  return {
    found,
    input: {
      window: contentWindow(ctx, sentence),
      cue: cue.tokens,
      cueKind: cue.kind,
      rulePieces: rule ? rule.fragments.map((f) => f.span) : [],
      speaker: found.speaker.span,
    },
  };
}

/** Best label sequence (1 = content) under emission scores and the transition weights. */
export function decode(emissions: readonly number[], trans: readonly (readonly number[])[]): Uint8Array {
  const n = emissions.length;
  const back = new Uint8Array(2 * n);
  let s0 = 0,
    s1 = -Infinity; // scores of ending in label 0 / 1; the window starts as if after a 0
  for (let t = 0; t < n; t++) {
    const from0to0 = s0 + trans[0][0],
      from1to0 = s1 + trans[1][0];
    const from0to1 = s0 + trans[0][1],
      from1to1 = s1 + trans[1][1];
    back[2 * t] = from1to0 > from0to0 ? 1 : 0;
    back[2 * t + 1] = from1to1 > from0to1 ? 1 : 0;
    s0 = Math.max(from0to0, from1to0);
    s1 = Math.max(from0to1, from1to1) + emissions[t];
  }
  const labels = new Uint8Array(n);
  let y = s1 > s0 ? 1 : 0;
  for (let t = n - 1; t >= 0; t--) {
    labels[t] = y;
    y = back[2 * t + y];
  }
  return labels;
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
    const a = ctx.tokens[window[0] + t].span[0];
    let b = ctx.tokens[window[0] + e].span[1];
    const tail = TRAILING_RE.exec(ctx.text.slice(a, b));
    if (tail) b = a + tail.index;
    if (b > a && WORD_RE.test(ctx.text.slice(a, b))) out.push([a, b]);
    t = e;
  }
  return out;
}

export function attributeLearned(
  ctx: QuoteContext,
  m: QuoteModels,
  cue: Cue,
  sentence: number,
  salient: Entity | null,
): Attribution | null {
  const x = cueInput(ctx, cue, sentence, salient);
  if (!x) return null;
  const trans = TRANSITIONS.map((row) => row.map((f) => m.content.weight(f)));
  const labels = decode(
    contentFeatures(ctx, x.input).map((f) => m.content.score(f)),
    trans,
  );
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
