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
import { featureHash, featureHash2, featureHash4 } from './linear.js';

/** Parts of speech that can head a cue the rules do not know ("accusations", "frightened", "backs"). */
const CUE_POS = new Set(['VERB', 'NOUN', 'ADJ']);

export function isCueCandidate(t: Token, ruleCue: Cue | null): boolean {
  return ruleCue !== null || CUE_POS.has(t.pos);
}

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '<none>');

/** Hashed features of token `i` as a cue head, within sentence tokens [s0, s1). */
export function cueFeatures(ctx: QuoteContext, i: number, s0: number, s1: number, ruleCue: Cue | null): number[] {
  const tk = ctx.tokens;
  const t = tk[i];
  const prev = i > s0 ? tk[i - 1] : undefined;
  const prev2 = i - 1 > s0 ? tk[i - 2] : undefined;
  const next = i + 1 < s1 ? tk[i + 1] : undefined;
  const next2 = i + 2 < s1 ? tk[i + 2] : undefined;
  const l = t.lemma,
    w = t.text.toLowerCase(),
    p = t.pos;
  const rk = ruleCue ? ruleCue.kind : 'none';
  // Missing neighbours print as "undefined" in the pair features: the names the model was trained with.
  const pPos = prev ? prev.pos : 'undefined',
    nPos = next ? next.pos : 'undefined';
  const pLemma = prev ? prev.lemma : 'undefined',
    nLemma = next ? next.lemma : 'undefined';
  const f = [
    BIAS,
    featureHash2('l=', l),
    featureHash2('w=', w),
    featureHash2('p=', p),
    featureHash4('lp=', l, '|', p),
    featureHash2('sf=', w.slice(-3)),
    featureHash2('l-1=', prev ? prev.lemma : '<s>'),
    featureHash2('l+1=', next ? next.lemma : '</s>'),
    featureHash2('p-1=', prev ? prev.pos : '<s>'),
    featureHash2('p+1=', next ? next.pos : '</s>'),
    featureHash2('p-2=', prev2 ? prev2.pos : '<s>'),
    featureHash2('p+2=', next2 ? next2.pos : '</s>'),
    featureHash4('pp=', pPos, '|', nPos),
    featureHash4('ll+1=', l, '|', nLemma),
    featureHash4('l-1l=', pLemma, '|', l),
    featureHash2('w+1=', lower(next)),
    featureHash2('w-1=', lower(prev)),
    featureHash2('r=', rk),
    featureHash4('rl=', rk, '|', l),
    featureHash4('rp=', rk, '|', p),
    i === s0 ? FIRST_TRUE : FIRST_FALSE,
    POSITION[Math.min(4, Math.floor((i - s0) / 5))],
  ];
  // Quotation marks just before ("“...,” she said") or just after ("said: “...”") the token.
  const before = ctx.markAfter(Math.max(0, t.span[0] - 12));
  const closesBefore =
    before < ctx.marks.length && ctx.marks[before].span[1] <= t.span[0] && t.span[0] - ctx.marks[before].span[1] < 40;
  const after = ctx.markAfter(t.span[1]);
  const opensAfter =
    after < ctx.marks.length && ctx.marks[after].span[0] >= t.span[1] && ctx.marks[after].span[0] - t.span[1] < 40;
  f.push(
    closesBefore ? QB_TRUE : QB_FALSE,
    opensAfter ? QA_TRUE : QA_FALSE,
    featureHash4('qbl=', String(closesBefore), '|', l),
    featureHash4('qal=', String(opensAfter), '|', l),
  );
  for (let k = i + 1; k < s1 && k <= i + 4; k++)
    if (tk[k].lemma === 'that') {
      f.push(featureHash2('that+=', l));
      break;
    }
  return f;
}

const BIAS = featureHash('b');
const FIRST_TRUE = featureHash('first=true'),
  FIRST_FALSE = featureHash('first=false');
const POSITION = [0, 1, 2, 3, 4].map((n) => featureHash(`pos=${n}`));
const QB_TRUE = featureHash('qb=true'),
  QB_FALSE = featureHash('qb=false');
const QA_TRUE = featureHash('qa=true'),
  QA_FALSE = featureHash('qa=false');

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

const bucket = (d: number) =>
  d <= 3 ? String(d) : d <= 5 ? '4-5' : d <= 10 ? '6-10' : d <= 20 ? '11-20' : d <= 40 ? '21-40' : '41+';

export interface ContentInput {
  window: readonly [number, number];
  cue: readonly [number, number];
  cueKind: string;
  /** Content pieces the attribution rules found for this cue (character spans), if any. */
  rulePieces: readonly Span[];
  /** The speaker's character span, if one was found. */
  speaker: Span | null;
}

const inSpans = (spans: readonly Span[], pos: number) => spans.some(([a, b]) => pos >= a && pos < b);

/** Hashed features of each token of the window as part of the cue's content. */
export function contentFeatures(ctx: QuoteContext, x: ContentInput): number[][] {
  const tk = ctx.tokens;
  const [w0, w1] = x.window;
  const [c0, c1] = x.cue;
  const cueLemma = tk[c1 - 1].lemma;
  const cueSentence = tk[c0].sentence;
  const out: number[][] = [];
  // Running counts of what lies between each token and the cue, built outward from the cue.
  const between: { commas: number; verbs: number; that: boolean; stop: boolean; markEdge: boolean }[] = new Array(
    w1 - w0,
  );
  const walk = (from: number, to: number, step: number) => {
    let commas = 0,
      verbs = 0,
      that = false,
      stop = false,
      markEdge = false;
    for (let k = from; k !== to; k += step) {
      between[k - w0] = { commas, verbs, that, stop, markEdge };
      const t = tk[k];
      if (t.text === ',') commas++;
      if (t.pos === 'VERB') verbs++;
      if (t.lemma === 'that') that = true;
      if (/^[.!?;]$/.test(t.text)) stop = true;
      if (/^[“”"«»]$/.test(t.text)) markEdge = true;
    }
  };
  walk(c0 - 1, w0 - 1, -1);
  walk(c1, w1, 1);
  for (let k = c0; k < c1; k++) between[k - w0] = { commas: 0, verbs: 0, that: false, stop: false, markEdge: false };
  const noRule = x.rulePieces.length === 0;
  // Token distance to the nearest rule piece edge: the rules' edges are usually right or close.
  const ruleStarts: number[] = [],
    ruleEnds: number[] = [];
  for (let k = w0; k < w1; k++) {
    const r = inSpans(x.rulePieces, tk[k].span[0]);
    const rPrev = k > w0 && inSpans(x.rulePieces, tk[k - 1].span[0]);
    if (r && !rPrev) ruleStarts.push(k);
    if (!r && rPrev) ruleEnds.push(k);
  }
  const nearest = (edges: number[], k: number) => {
    let best = 99;
    for (const e of edges) if (Math.abs(k - e) < Math.abs(best)) best = k - e;
    return best === 99 ? 'none' : best < -3 ? '<-3' : best > 3 ? '>3' : String(best);
  };
  for (let k = w0; k < w1; k++) {
    const t = tk[k];
    const side = k < c0 ? 'L' : k >= c1 ? 'R' : 'C';
    const d = k < c0 ? c0 - k : k >= c1 ? k - c1 + 1 : 0;
    const b = between[k - w0];
    const mid = t.span[0];
    const rule = inSpans(x.rulePieces, mid);
    const ruleStart = rule && !inSpans(x.rulePieces, mid - 1);
    const inMark = ctx.markContaining(mid) >= 0 || /^[“”"«»]$/.test(t.text);
    const prev = k > w0 ? tk[k - 1] : undefined;
    const next = k + 1 < w1 ? tk[k + 1] : undefined;
    const f = [
      `b|${side}`,
      `d|${side}${bucket(d)}`,
      `w|${side}${t.text.toLowerCase()}`,
      `l|${side}${t.lemma}`,
      `p|${side}${t.pos}`,
      `pp|${side}${prev?.pos}|${t.pos}`,
      `pn|${side}${t.pos}|${next?.pos}`,
      `wp|${side}${prev?.text.toLowerCase()}`,
      `r|${rule}`,
      `r|${side}${rule}|${x.cueKind}`,
      `rs|${ruleStart}`,
      `nr|${side}${noRule}|${x.cueKind}`,
      `sp|${x.speaker !== null && mid >= x.speaker[0] && mid < x.speaker[1]}`,
      `q|${side}${inMark}`,
      `q|${side}${inMark}|${rule}`,
      `cl|${side}${cueLemma}`,
      `ck|${side}${x.cueKind}`,
      `cld|${side}${cueLemma}|${bucket(d)}`,
      `bc|${side}${Math.min(b.commas, 2)}`,
      `bv|${side}${Math.min(b.verbs, 2)}`,
      `bt|${side}${b.that}`,
      `bs|${side}${b.stop}`,
      `bm|${side}${b.markEdge}|${inMark}`,
      `bcv|${side}${Math.min(b.commas, 2)}|${Math.min(b.verbs, 2)}|${rule}`,
      `os|${t.sentence === cueSentence}`,
      `tm|${side}${ctx.inTime(mid)}`,
      `rsd|${nearest(ruleStarts, k)}`,
      `red|${nearest(ruleEnds, k)}`,
      `rsdw|${nearest(ruleStarts, k)}|${t.pos}`,
      `redw|${nearest(ruleEnds, k)}|${t.lemma}`,
      `wr|${side}${t.text.toLowerCase()}|${rule}`,
      `ac|${prev?.text === ','}|${t.lemma}|${side}`,
      `ss|${side}${k === w0 || tk[k - 1].sentence !== t.sentence}`,
    ];
    out.push(f.map(featureHash));
  }
  return out;
}

/**
 * Transition features of the content tagger, one set per token: what lies at the boundary between
 * the token before and this one (the words, parts of speech, punctuation, a rule content's edge, a
 * quotation mark, the distance from the cue), each conjoined with the label pair (before, now). A
 * content's edges are where these decide: "that" before the start, ", though" after the end.
 * Layout: for each boundary feature j, hashes 4j + 2a + b for labels a (before) and b (now).
 */
export function transitionFeatures(ctx: QuoteContext, x: ContentInput): Int32Array[] {
  const tk = ctx.tokens;
  const [w0, w1] = x.window;
  const [c0, c1] = x.cue;
  const out: Int32Array[] = [];
  for (let k = w0; k < w1; k++) {
    const t = tk[k];
    const prev = k > w0 ? tk[k - 1] : undefined;
    const side = k < c0 ? 'L' : k >= c1 ? 'R' : 'C';
    const d = k < c0 ? c0 - k : k >= c1 ? k - c1 + 1 : 0;
    const r = inSpans(x.rulePieces, t.span[0]);
    const rPrev = prev !== undefined && inSpans(x.rulePieces, prev.span[0]);
    const mark = ctx.markContaining(t.span[0]);
    const markPrev = prev ? ctx.markContaining(prev.span[0]) : -1;
    const pw = prev ? prev.text.toLowerCase() : '<w>';
    const w = t.text.toLowerCase();
    const base = [
      'T',
      `Tpw|${side}${pw}`,
      `Tw|${side}${w}`,
      `Tl|${side}${t.lemma}`,
      `Tpp|${side}${prev ? prev.pos : '<w>'}|${t.pos}`,
      `Tpww|${pw}|${w}`,
      `Tr|${side}${rPrev}|${r}`,
      `Tm|${side}${markPrev >= 0}|${mark >= 0}|${mark === markPrev}`,
      `Td|${side}${bucket(d)}`,
      `Ts|${side}${prev !== undefined && prev.sentence !== t.sentence}`,
      `Tsp|${x.speaker !== null && t.span[0] >= x.speaker[0] && t.span[0] < x.speaker[1]}`,
    ];
    const h = new Int32Array(4 * base.length);
    base.forEach((s, j) => {
      for (let ab = 0; ab < 4; ab++) h[4 * j + ab] = featureHash2(s, TRANSITION_SUFFIX[ab]);
    });
    out.push(h);
  }
  return out;
}

const TRANSITION_SUFFIX = ['|00', '|01', '|10', '|11'];

/** Per token, the four transition scores (label before a, now b at index 2a + b) under `weight`. */
export function transitionScores(features: readonly Int32Array[], weight: (f: number) => number): Float64Array {
  const out = new Float64Array(4 * features.length);
  features.forEach((h, t) => {
    for (let i = 0; i < h.length; i++) out[4 * t + (i & 3)] += weight(h[i]);
  });
  return out;
}
