// npm run train:quotes [-- <brat folder>] [--epochs N] [--runs N] [--gum none|rules|verbs|all]
//   [--acts-messages FILE|set|none] [--acts-weight N] [--acts-candidates learned|verbs|all] [--out-dir DIR]
// Trains the learned attribution layer (src/analyze/components/quotes/learned/) on the PolNeAR
// training split: a cue model (averaged perceptron over cue-head candidates) and a content tagger
// (averaged structured perceptron, content / not content, over the window around each cue). The
// cue model also learns negatives from the sentences of GUM's training split that GUM says
// attribute nothing (--gum, default verbs: their rule cues and verbs; gum-non-attribution.ts),
// and, with --acts-messages FILE (off by default; the set is data/quotes/acts-messages/sentences.txt,
// or `--acts-messages set`), the cue labels of the blind-written acts-and-messages set, each example
// --acts-weight times (acts-messages.ts; measured and not kept: docs/audits/quotes-acts-messages-h341.md).
// The cue model is a mixture of --runs perceptrons (default 6), each on its own fixed-seed order
// of the examples, their averaged weights averaged again (parameter mixing, as train:entities).
// Deterministic: documents in name order, one annotator file per document (the first by name),
// shuffling by fixed seeds, so two runs write byte-identical models. Writes models/quotes-*.bin
// (or into --out-dir: scripts/check-weights.ts compares such a run with the committed files).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAnn } from '../eval/quotes-score.js';
import { cueAt } from '../src/analyze/components/quotes/cues.js';
import {
  CONTENT_FEATURES,
  contentFeatures,
  emissionScores,
  TRANSITION_FEATURES,
  isCueCandidate,
  transitionFeatures,
  transitionScores,
} from '../src/analyze/components/quotes/learned/features.js';
import { HASH_BITS, LinearModel } from '../src/analyze/components/quotes/learned/linear.js';
import {
  CONTENT_MODEL_FILE,
  CUE_MODEL_FILE,
  cueInput,
  decode,
  learnedCue,
  MODEL_DIR,
} from '../src/analyze/components/quotes/learned/attribute.js';
import type { Entity, Span } from '../src/record/types.js';
import { seededRandom } from './seeded-random.mjs';
import { gumNegatives } from './gum-non-attribution.js';
import { analysed, cueExample, cueHeads } from './quote-training-doc.js';
import { ACTS_MESSAGES_FILE, actsMessagesCueExamples, readActsMessages } from './acts-messages.js';

const DEFAULT_SET = fileURLToPath(new URL('../../shared/data/quotes/polnear-train', import.meta.url));
const GUM_TRAIN = fileURLToPath(new URL('../../shared/data/train/gum/train', import.meta.url));
const SEED = 20261202;
const DEFAULT_EPOCHS = 8;
/**
 * How many cue perceptrons the cue model mixes. One perceptron's dev figures swing with the order
 * it saw the examples in: polnear-dev strict overlap F1 0.776, 0.781, 0.780, 0.780, 0.778, 0.778
 * for the six seeds below alone, 0.779 for their mixture (docs/models.md, twenty-first session).
 */
const DEFAULT_CUE_RUNS = 6;
/** The seed of cue run k (1-based): SEED for the first, so `--runs 1` is the single perceptron; SEED + 100k after. */
const cueSeed = (k: number) => (k === 1 ? SEED : SEED + 100 * k);
const DEFAULT_GUM: GumMode = 'verbs';
/** How many times each example of the acts-and-messages set is put among PolNeAR's (--acts-weight). */
const DEFAULT_ACTS_WEIGHT = 1;
/**
 * Which cue candidates of the acts-and-messages set teach the cue model (--acts-candidates): 'all';
 * 'verbs', the cues, the rule cues and the verbs (as GUM's default --gum verbs): the set is about
 * verbs, and its nouns and adjectives as negatives would push learned noun cues down; 'learned',
 * the cues and the verbs no cue rule reads (the words the model may add as cues), so that the
 * model's veto of rule cues keeps PolNeAR's conventions ("rejected the offer" among them).
 */
const DEFAULT_ACTS_CANDIDATES = 'verbs';

interface CueExample {
  f: Int32Array;
  y: number;
}
interface ContentExample {
  /** Content features, CONTENT_FEATURES per token (see contentFeatures). */
  f: Int32Array;
  /** Transition features, 4 * TRANSITION_FEATURES per token (see transitionFeatures). */
  tf: Int32Array;
  /** The cue's token range, relative to the window. */
  cue: [number, number];
  y: Uint8Array;
}

const middle = (s: Span) => (s[0] + s[1]) / 2;
const inside = (spans: readonly Span[], pos: number) => spans.some(([a, b]) => pos >= a && pos < b);

function examples(dir: string): { cues: CueExample[]; contents: ContentExample[] } {
  const files = readdirSync(dir).sort();
  const cues: CueExample[] = [];
  const contents: ContentExample[] = [];
  for (const t of files.filter((f) => f.endsWith('.txt'))) {
    const ann = files.find((f) => f.startsWith(`${t.slice(0, -4)}_`) && f.endsWith('.ann'));
    if (!ann) continue;
    const gold = parseAnn(readFileSync(join(dir, ann), 'utf8')).filter((g) => g.cue.length > 0);
    const { doc, ctx } = analysed(readFileSync(join(dir, t), 'utf8'), t);
    const heads = cueHeads(gold.map((x) => x.cue));
    let focus: Entity | null = null;
    const byId = new Map(doc.entities.map((e) => [e.id, e]));
    ctx.sentences.forEach((s, si) => {
      const [s0, s1] = s.tokens;
      for (let i = s0; i < s1; i++) {
        const tok = doc.tokens[i];
        if (ctx.markContaining(tok.span[0]) >= 0) continue;
        const ruleCue = cueAt(doc.tokens, i, s0, s1);
        if (!isCueCandidate(tok, ruleCue)) continue;
        const y = heads.label(tok.span);
        const { f, rule } = cueExample(ctx, i, s0, s1, si, ruleCue, focus);
        cues.push({ f, y });
        if (!y && !ruleCue) continue;
        const cue = ruleCue ?? learnedCue(doc.tokens, i);
        i = cue.tokens[1] - 1;
        const x = cueInput(ctx, cue, si, focus, ruleCue ? rule : undefined);
        if (!x) continue;
        const cueSpan = ctx.spanOf(cue.tokens[0], cue.tokens[1]);
        const match = gold.find((a) => a.cue.some(([p, q]) => p < cueSpan[1] && cueSpan[0] < q));
        const [w0, w1] = x.input.window;
        // The tagger learns edges, not whether a cue attributes (the cue model decides that): only
        // cues of a gold attribution whose content lies mostly inside the window teach it.
        if (!match) continue;
        const labels = new Uint8Array(w1 - w0);
        for (let k = w0; k < w1; k++) labels[k - w0] = inside(match.fragments, middle(doc.tokens[k].span)) ? 1 : 0;
        const within = match.fragments.reduce(
          (n, [a, b]) => n + Math.max(0, Math.min(b, doc.tokens[w1 - 1].span[1]) - Math.max(a, doc.tokens[w0].span[0])),
          0,
        );
        if (2 * within < match.fragments.reduce((n, [a, b]) => n + b - a, 0)) continue;
        contents.push({
          f: contentFeatures(ctx, x.input),
          tf: transitionFeatures(ctx, x.input),
          cue: [cue.tokens[0] - w0, cue.tokens[1] - w0],
          y: labels,
        });
        const e = x.found.speaker.entity ? byId.get(x.found.speaker.entity) : undefined;
        if (e && match) focus = e;
      }
    });
  }
  return { cues, contents };
}

/** Which cue candidates of GUM's non-attribution sentences are negatives (--gum). */
type GumMode = 'none' | 'rules' | 'verbs' | 'all';

/**
 * Cue negatives from the sentences of GUM's training split that GUM says attribute nothing
 * (gum-non-attribution.ts): acts, products and how-to steps of the genres PolNeAR lacks ("Audi
 * revealed the model", "add the flour"). 'rules': the rule cues there, with the rules' verdict, as
 * inference asks them; 'verbs': those and every verb; 'all': every cue candidate.
 */
function gumCueExamples(dir: string, mode: GumMode): CueExample[] {
  const out: CueExample[] = [];
  if (mode === 'none') return out;
  for (const f of readdirSync(dir)
    .sort()
    .filter((x) => x.endsWith('.conllu'))) {
    const g = gumNegatives(join(dir, f));
    const { doc, ctx } = analysed(g.text, f);
    if (doc.text !== g.text) throw new Error(`${f}: the extractor changed the text`);
    let k = 0;
    ctx.sentences.forEach((s, si) => {
      const [s0, s1] = s.tokens;
      const [a, b] = ctx.spanOf(s0, s1);
      while (k < g.sentences.length && g.sentences[k][1] <= a) k++;
      // Only sentences of ours wholly inside one of GUM's non-attribution sentences.
      if (k >= g.sentences.length || g.sentences[k][0] > a || g.sentences[k][1] < b) return;
      for (let i = s0; i < s1; i++) {
        if (ctx.markContaining(doc.tokens[i].span[0]) >= 0) continue;
        const ruleCue = cueAt(doc.tokens, i, s0, s1);
        if (!isCueCandidate(doc.tokens[i], ruleCue)) continue;
        const wanted = mode === 'all' || ruleCue !== null || (mode === 'verbs' && doc.tokens[i].pos === 'VERB');
        if (wanted) out.push({ f: cueExample(ctx, i, s0, s1, si, ruleCue, null).f, y: 0 });
        if (ruleCue) i = ruleCue.tokens[1] - 1;
      }
    });
  }
  return out;
}

/** Averaged perceptron weights with the usual lazy averaging: w - u / c. */
class Averaged {
  readonly w = new Float64Array(1 << HASH_BITS);
  private readonly u = new Float64Array(1 << HASH_BITS);
  c = 1;
  add(f: ArrayLike<number>, delta: number): void {
    for (let i = 0; i < f.length; i++) {
      this.w[f[i]] += delta;
      this.u[f[i]] += this.c * delta;
    }
  }
  score(f: ArrayLike<number>): number {
    let s = 0;
    for (let i = 0; i < f.length; i++) s += this.w[f[i]];
    return s;
  }
  averaged(): Float64Array {
    const out = new Float64Array(this.w.length);
    for (let i = 0; i < out.length; i++) out[i] = this.w[i] - this.u[i] / this.c;
    return out;
  }
}

function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

function trainCues(data: CueExample[], epochs: number, random: () => number): Float64Array {
  const m = new Averaged();
  for (let e = 0; e < epochs; e++) {
    let errors = 0;
    for (const i of shuffled(data.length, random)) {
      const { f, y } = data[i];
      const guess = m.score(f) > 0 ? 1 : 0;
      if (guess !== y) {
        m.add(f, y ? 1 : -1);
        errors++;
      }
      m.c++;
    }
    console.log(`  cue epoch ${e + 1}: ${errors} errors on ${data.length}`);
  }
  return m.averaged();
}

/**
 * The cue model: `runs` averaged perceptrons, each shuffled by its own seed (cueSeed), their
 * weights summed and divided by `runs`.
 */
function trainCueMixture(data: CueExample[], epochs: number, runs: number): Float64Array {
  const sum = new Float64Array(1 << HASH_BITS);
  for (let k = 1; k <= runs; k++) {
    const w = trainCues(data, epochs, seededRandom(cueSeed(k)));
    for (let i = 0; i < w.length; i++) sum[i] += w[i];
    if (runs > 1) console.log(`  cue run ${k} of ${runs} done`);
  }
  return sum.map((x) => x / runs);
}

function trainContents(data: ContentExample[], epochs: number, random: () => number): Float64Array {
  const m = new Averaged();
  const F = CONTENT_FEATURES,
    TF = TRANSITION_FEATURES;
  for (let e = 0; e < epochs; e++) {
    let errors = 0;
    for (const i of shuffled(data.length, random)) {
      const { f, tf, cue, y } = data[i];
      const guess = decode(emissionScores(f, m.w), transitionScores(tf, m.w), cue);
      let wrong = false;
      for (let t = 0; t < y.length; t++) {
        if (guess[t] !== y[t]) {
          wrong = true;
          m.add(f.subarray(t * F, (t + 1) * F), y[t] ? 1 : -1);
        }
        const gp = t > 0 ? y[t - 1] : 0,
          pp = t > 0 ? guess[t - 1] : 0;
        if (gp !== pp || y[t] !== guess[t]) {
          const at = tf.subarray(4 * TF * t, 4 * TF * (t + 1));
          m.add(pairFeatures(at, 2 * gp + y[t]), 1);
          m.add(pairFeatures(at, 2 * pp + guess[t]), -1);
        }
      }
      if (wrong) errors++;
      m.c++;
    }
    console.log(`  content epoch ${e + 1}: ${errors} windows wrong of ${data.length}`);
  }
  return m.averaged();
}

/** The transition features of one label pair (index 2a + b) at a token. */
function pairFeatures(tf: Int32Array, ab: number): Int32Array {
  const out = new Int32Array(tf.length / 4);
  for (let j = 0; j < out.length; j++) out[j] = tf[4 * j + ab];
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const valued = new Set([
    '--epochs',
    '--runs',
    '--gum',
    '--out-dir',
    '--acts-messages',
    '--acts-weight',
    '--acts-candidates',
  ]);
  const dir = args.find((a, i) => !a.startsWith('--') && !valued.has(args[i - 1])) ?? DEFAULT_SET;
  const g = args.indexOf('--gum');
  const gumMode = (g >= 0 ? args[g + 1] : DEFAULT_GUM) as GumMode;
  if (!['none', 'rules', 'verbs', 'all'].includes(gumMode))
    throw new Error(`--gum ${gumMode}: none, rules, verbs or all`);
  const at = args.indexOf('--epochs');
  const epochs = at >= 0 ? Number(args[at + 1]) || DEFAULT_EPOCHS : DEFAULT_EPOCHS;
  const r = args.indexOf('--runs');
  const runs = r >= 0 ? Number(args[r + 1]) : DEFAULT_CUE_RUNS;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs ${args[r + 1]}: a whole number of at least 1`);
  const am = args.indexOf('--acts-messages');
  const actsArg = am >= 0 ? args[am + 1] : 'none';
  const actsFile = actsArg === 'set' ? ACTS_MESSAGES_FILE : actsArg;
  const aw = args.indexOf('--acts-weight');
  const actsWeight = aw >= 0 ? Number(args[aw + 1]) : DEFAULT_ACTS_WEIGHT;
  if (!Number.isInteger(actsWeight) || actsWeight < 1)
    throw new Error(`--acts-weight ${args[aw + 1]}: a whole number of at least 1`);
  const ac = args.indexOf('--acts-candidates');
  const actsCandidates = ac >= 0 ? args[ac + 1] : DEFAULT_ACTS_CANDIDATES;
  if (!['learned', 'verbs', 'all'].includes(actsCandidates))
    throw new Error(`--acts-candidates ${actsCandidates}: learned, verbs or all`);
  const o = args.indexOf('--out-dir');
  const outDir = o >= 0 ? args[o + 1] : MODEL_DIR;
  const started = performance.now();
  const { cues, contents } = examples(dir);
  console.log(
    `${dir}: ${cues.length} cue candidates (${cues.filter((c) => c.y).length} cues), ${contents.length} content windows, ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  const gum = gumCueExamples(GUM_TRAIN, gumMode);
  console.log(
    `${GUM_TRAIN}: ${gum.length} cue negatives (--gum ${gumMode}), ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  cues.push(...gum);
  if (actsFile !== 'none') {
    const acts = actsMessagesCueExamples(readActsMessages(actsFile)).filter(
      (a) =>
        actsCandidates === 'all' ||
        a.y === 1 ||
        (a.pos === 'VERB' && !a.rule) ||
        (actsCandidates === 'verbs' && (a.rule || a.pos === 'VERB')),
    );
    console.log(
      `${actsFile}: ${acts.length} cue candidates (${acts.filter((a) => a.y).length} cues; --acts-candidates ${actsCandidates}), × ${actsWeight}, ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    for (let k = 0; k < actsWeight; k++) for (const { f, y } of acts) cues.push({ f, y });
  }
  // One generator per model, so the tagger's shuffles do not hang on how many cue examples there are.
  const cueWeights = trainCueMixture(cues, epochs, runs);
  const contentWeights = trainContents(contents, epochs, seededRandom(SEED + 1));
  mkdirSync(outDir, { recursive: true });
  for (const [file, w] of [
    [CUE_MODEL_FILE, cueWeights],
    [CONTENT_MODEL_FILE, contentWeights],
  ] as const) {
    const bytes = LinearModel.bytes(w);
    writeFileSync(join(outDir, file), bytes);
    console.log(
      `${join(outDir, file)}: ${bytes.length} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex')}`,
    );
  }
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main();
