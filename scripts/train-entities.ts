// npm run train:entities [-- <gum folder>] [--epochs N] [--runs N] [--out FILE] [--dev]
// Trains the entity tagger (src/analyze/components/entities/model/) on GUM's train partition:
// an averaged structured perceptron over BIO tags with Viterbi decoding. Documents are tokenised
// and tagged by the product's own tokens component (wink-nlp), and the gold spans (eval/gum.ts)
// are projected onto those tokens, so training sees exactly what inference sees. Sentence order
// is shuffled each epoch by a fixed-seed generator: two runs write byte-identical weights.
// Training is loss-augmented with a margin of 2 by default (`--margin 0` for the plain perceptron),
// with passive-aggressive steps capped at 1 (`--pa 1`, the default; `--pa 0` for the perceptron's step of 1).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { newDoc, type Doc } from '../src/analyze/doc.js';
import { tokens } from '../src/analyze/components/tokens.js';
import { FEATURES_PER_TOKEN, docContext, sentenceFeatures } from '../src/analyze/components/entities/model/features.js';
import {
  BUCKETS,
  ENTITY_TYPES,
  MODEL_PATH,
  TAG_COUNT,
  constrained,
  emissions,
  encodeModel,
  viterbi,
} from '../src/analyze/components/entities/model/tagger.js';
import type { Article } from '../src/record/types.js';
import { readGumSplit, type GumDoc } from '../eval/gum.js';
import { score, type Span } from '../eval/entities.js';
import { seededRandom } from './seeded-random.mjs';

const DEFAULT_GUM = fileURLToPath(new URL('../../shared/data/train/gum', import.meta.url));
const DEFAULT_EPOCHS = 6;
const DEFAULT_RUNS = 6;
const SEED = 13;
/** Largest absolute weight after quantisation (int16 leaves headroom for sums in decoding). */
const QUANT_MAX = 32_000;

export function gumArticle(g: GumDoc): Article {
  return {
    source: { format: 'body' },
    title: null,
    authors: [],
    published: null,
    dateline: null,
    language: 'en',
    text: g.text,
    paragraphs: g.paragraphs,
    comments: [],
    warnings: [],
  };
}

/** The product's tokens over a GUM document. */
export function tokenise(g: GumDoc): Doc {
  const doc = newDoc(gumArticle(g));
  tokens.run(doc);
  return doc;
}

/** Gold BIO tags of the Doc's tokens: a token takes the span it starts in; the first token of a span is B-. */
export function goldTags(doc: Doc, g: GumDoc): Uint8Array {
  const tags = new Uint8Array(doc.tokens.length);
  let s = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const [a, b] = doc.tokens[i].span;
    while (s < g.gold.length && g.gold[s].end <= a) s++;
    const span = g.gold[s];
    if (!span || span.start >= b) continue;
    const k = ENTITY_TYPES.indexOf(span.type);
    const prev = i > 0 ? tags[i - 1] : 0;
    const continues = i > 0 && doc.tokens[i - 1].span[1] > span.start && prev !== 0 && (prev - 1) >> 1 === k;
    tags[i] = continues ? 2 * k + 2 : 2 * k + 1;
  }
  return tags;
}

interface Example {
  feats: Uint32Array;
  gold: Uint8Array;
  n: number;
}

/** A tokenised dev document for scoring during training (`--dev`). */
interface DevDoc {
  doc: Doc;
  gum: GumDoc;
  sentences: Example[];
}

function devDocs(docs: readonly GumDoc[]): DevDoc[] {
  return docs.map((g) => {
    const doc = tokenise(g);
    const ctx = docContext(doc);
    const sentences = doc.sentences.map((s) => {
      const [from, to] = s.tokens;
      const feats = new Uint32Array((to - from) * FEATURES_PER_TOKEN);
      sentenceFeatures(doc, from, to, ctx, feats);
      return { feats, gold: new Uint8Array(0), n: to - from };
    });
    return { doc, gum: g, sentences };
  });
}

/** Exact span + type F1 (PERSON/ORG/GPE/LOC/NORP) of float weights on tokenised dev documents. */
function devF1(dev: readonly DevDoc[], w: Float64Array, transition: Float64Array): number {
  const pairs = dev.map(({ doc, gum, sentences }) => {
    const pred: Span[] = [];
    let from = 0;
    for (const { feats, n } of sentences) {
      const scores = new Float64Array(n * TAG_COUNT);
      const tags = new Uint8Array(n);
      emissions(w, feats, n, scores);
      viterbi(scores, transition, n, tags);
      for (let i = 0; i < n;) {
        if (tags[i] === 0) {
          i++;
          continue;
        }
        let j = i + 1;
        while (j < n && tags[j] > 0 && tags[j] % 2 === 0) j++;
        pred.push({
          start: doc.tokens[from + i].span[0],
          end: doc.tokens[from + j - 1].span[1],
          type: ENTITY_TYPES[(tags[i] - 1) >> 1],
        });
        i = j;
      }
      from += n;
    }
    return { gold: gum.gold, pred };
  });
  return score(pairs).overall.f1;
}

function examples(docs: readonly GumDoc[]): Example[] {
  const out: Example[] = [];
  for (const g of docs) {
    const doc = tokenise(g);
    const gold = goldTags(doc, g);
    const ctx = docContext(doc);
    for (const s of doc.sentences) {
      const [from, to] = s.tokens;
      const feats = new Uint32Array((to - from) * FEATURES_PER_TOKEN);
      sentenceFeatures(doc, from, to, ctx, feats);
      out.push({ feats, gold: gold.slice(from, to), n: to - from });
    }
  }
  return out;
}

export interface TrainOptions {
  /**
   * Loss-augmented decoding in training (the perceptron updates until gold beats every other
   * tagging by this much per wrong tag): each wrong tag's score is raised by it.
   */
  margin: number;
  /** Share of a token's features left out of each update (fixed-seed draws), so rarer cues learn too. */
  dropout: number;
  /**
   * Passive-aggressive updates (Crammer et al. 2006, PA-I): each wrong sentence moves the weights
   * by the least step that would make its gold tagging win by the margin's loss, at most this
   * much (0: the perceptron's step of 1 whatever the sentence's error).
   */
  pa: number;
}
const DEFAULT_OPTIONS: TrainOptions = { margin: 2, dropout: 0, pa: 1 };

/**
 * Trains `runs` perceptrons, each on its own fixed-seed sentence order (SEED, SEED + 1, ...), and
 * averages their averaged weights (parameter mixing, McDonald et al. 2010): one perceptron's
 * result swings by a point or two of dev F1 with the order it saw the sentences in (see
 * docs/models.md), and the mixture is steadier and no slower to decode (it is one linear model).
 */
export function train(
  docs: readonly GumDoc[],
  epochs: number,
  dev: readonly DevDoc[] = [],
  runs = DEFAULT_RUNS,
  options: TrainOptions = DEFAULT_OPTIONS,
): { transition: Int16Array; emission: Int16Array } {
  const data = examples(docs);
  const w = new Float64Array(BUCKETS * TAG_COUNT);
  const tw = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  for (let run = 0; run < runs; run++) {
    const one = trainOnce(data, epochs, SEED + run, dev, options);
    for (let i = 0; i < w.length; i++) w[i] += one.w[i] / runs;
    for (let i = 0; i < tw.length; i++) tw[i] += one.tw[i] / runs;
    if (dev.length && run > 0)
      console.log(
        `mixture of ${run + 1} runs: dev F1 ${devF1(dev, scaled(w, runs / (run + 1)), constrained(scaled(tw, runs / (run + 1)))).toFixed(3)}`,
      );
  }
  // One scale for emissions and transitions, so their sums compare.
  let maxAbs = 0;
  for (const a of [w, tw]) for (let i = 0; i < a.length; i++) maxAbs = Math.max(maxAbs, Math.abs(a[i]));
  const scale = QUANT_MAX / maxAbs;
  const quantise = (a: Float64Array) => Int16Array.from(a, (x) => Math.round(x * scale));
  return { transition: quantise(tw), emission: quantise(w) };
}

const scaled = (a: Float64Array, k: number) => Float64Array.from(a, (x) => x * k);

/** One averaged perceptron over `epochs` passes in an order shuffled from `seed`: float weights. */
function trainOnce(
  data: readonly Example[],
  epochs: number,
  seed: number,
  dev: readonly DevDoc[],
  { margin, dropout, pa }: TrainOptions,
): { w: Float64Array; tw: Float64Array } {
  const T = TAG_COUNT;
  const mask = BUCKETS - 1;
  const w = new Float64Array(BUCKETS * T);
  const u = new Float64Array(BUCKETS * T); // sum of c * update, for averaging
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  const random = seededRandom(seed);
  const order = data.map((_, i) => i);
  let c = 1;
  let scores = new Float64Array(256 * T);
  let pred = new Uint8Array(256);
  let kept = new Uint8Array(256 * FEATURES_PER_TOKEN);
  const dropper = seededRandom(seed + 1000);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let total = 0;
    for (const k of order) {
      const { feats, gold, n } = data[k];
      if (n * T > scores.length) {
        scores = new Float64Array(n * T);
        pred = new Uint8Array(n);
      }
      if (n * FEATURES_PER_TOKEN > kept.length) kept = new Uint8Array(n * FEATURES_PER_TOKEN);
      if (dropout > 0) {
        for (let f = 0; f < n * FEATURES_PER_TOKEN; f++) kept[f] = dropper() < dropout ? 0 : 1;
        for (let i = 0; i < n; i++) {
          const o = i * T;
          for (let t = 0; t < T; t++) scores[o + t] = 0;
          for (let f = 0; f < FEATURES_PER_TOKEN; f++) {
            if (!kept[i * FEATURES_PER_TOKEN + f]) continue;
            const row = (feats[i * FEATURES_PER_TOKEN + f] & mask) * T;
            for (let t = 0; t < T; t++) scores[o + t] += w[row + t];
          }
        }
      } else {
        kept.fill(1, 0, n * FEATURES_PER_TOKEN);
        emissions(w, feats, n, scores);
      }
      if (margin > 0)
        for (let i = 0; i < n; i++) for (let t = 0; t < T; t++) if (t !== gold[i]) scores[i * T + t] += margin;
      viterbi(scores, constrained(tw), n, pred);
      total += n;
      // The step: 1, or PA-I's min(cap, (score of the prediction with its loss - score of the gold) / |feature difference|^2).
      let step = 1;
      if (pa > 0) {
        let delta = 0;
        let norm = 0;
        for (let i = 0; i < n; i++) {
          const g = gold[i];
          const p = pred[i];
          const gPrev = i > 0 ? gold[i - 1] : T;
          const pPrev = i > 0 ? pred[i - 1] : T;
          delta += scores[i * T + p] - scores[i * T + g] + tw[pPrev * T + p] - tw[gPrev * T + g];
          if (g !== p) for (let f = 0; f < FEATURES_PER_TOKEN; f++) norm += 2 * kept[i * FEATURES_PER_TOKEN + f];
          if (g !== p || gPrev !== pPrev) norm += 2;
        }
        step = norm > 0 ? Math.min(pa, Math.max(0, delta) / norm) : 0;
      }
      for (let i = 0; i < n; i++) {
        const g = gold[i];
        const p = pred[i];
        const gPrev = i > 0 ? gold[i - 1] : T;
        const pPrev = i > 0 ? pred[i - 1] : T;
        if (g !== p) {
          errors++;
          for (let f = 0; f < FEATURES_PER_TOKEN; f++) {
            if (!kept[i * FEATURES_PER_TOKEN + f]) continue;
            const row = (feats[i * FEATURES_PER_TOKEN + f] & mask) * T;
            w[row + g] += step;
            u[row + g] += c * step;
            w[row + p] -= step;
            u[row + p] -= c * step;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          tw[gPrev * T + g] += step;
          tu[gPrev * T + g] += c * step;
          tw[pPrev * T + p] -= step;
          tu[pPrev * T + p] -= c * step;
        }
      }
      c++;
    }
    let devNote = '';
    if (dev.length) {
      const avg = Float64Array.from(w, (x, i) => x - u[i] / c);
      const avgT = Float64Array.from(tw, (x, i) => x - tu[i] / c);
      devNote = `; dev F1 ${devF1(dev, avg, constrained(avgT)).toFixed(3)}`;
    }
    console.log(
      `epoch ${epoch + 1}/${epochs}: ${errors} token errors of ${total} (${((100 * errors) / total).toFixed(2)}%)${devNote}`,
    );
  }
  // Averaged weights: w - u / c.
  for (let i = 0; i < w.length; i++) w[i] -= u[i] / c;
  for (let i = 0; i < tw.length; i++) tw[i] -= tu[i] / c;
  return { w, tw };
}

function main(argv: string[]): void {
  const gum =
    argv.find(
      (a, i) =>
        !a.startsWith('--') && !['--epochs', '--out', '--runs', '--margin', '--dropout', '--pa'].includes(argv[i - 1]),
    ) ?? DEFAULT_GUM;
  const numberAfter = (flag: string, fallback: number) =>
    argv.includes(flag) ? Number(argv[argv.indexOf(flag) + 1]) : fallback;
  const options: TrainOptions = {
    margin: numberAfter('--margin', DEFAULT_OPTIONS.margin),
    dropout: numberAfter('--dropout', DEFAULT_OPTIONS.dropout),
    pa: numberAfter('--pa', DEFAULT_OPTIONS.pa),
  };
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : DEFAULT_RUNS;
  const epochsAt = argv.indexOf('--epochs');
  const epochs = epochsAt >= 0 ? Number(argv[epochsAt + 1]) : DEFAULT_EPOCHS;
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1] : MODEL_PATH;
  const started = process.cpuUsage();
  const docs = readGumSplit(join(gum, 'train'));
  // --dev: score the averaged weights on GUM dev after each epoch (for choosing the epoch count).
  const dev = argv.includes('--dev') ? devDocs(readGumSplit(join(gum, 'dev'))) : [];
  const { transition, emission } = train(docs, epochs, dev, runs, options);
  const file = gzipSync(encodeModel(transition, emission), { level: 9 });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, file);
  const cpu = process.cpuUsage(started);
  const nonZero = emission.reduce((n, x) => n + (x !== 0 ? 1 : 0), 0);
  console.log(
    `${docs.length} documents, ${runs} run(s) of ${epochs} epochs -> ${out}: ${(file.length / 1e6).toFixed(2)} MB, ${nonZero} non-zero weights, sha256 ${createHash('sha256').update(file).digest('hex')} (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
