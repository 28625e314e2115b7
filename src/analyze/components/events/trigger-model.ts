// The learned event-trigger model (models/event-trigger-model.txt.gz, written by
// `npm run train:events`, scripts/train-events.ts; docs/models.md): a linear classifier over a
// candidate word (a verb, an "-ed"/"-ing" form, or a noun WordNet files under acts, events,
// communication or states) that says which PLOVER category it triggers, or none. It reaches
// wordings the lexicon does not list ("mortared", "padlocked", "capitulated") through features
// that do not name the word: the WordNet 3.1 senses of its lemma (lexicographer file and hypernym
// chain, weighted by sense rank) and the GloVe clusters of the word, its object and its subject.
//
// The lemma's WordNet features are folded into one score vector per lemma at training time (the
// model is linear), so WordNet is read only by the training script; the table holds the lemmas
// the model may score, and a word whose lemma is not in it is never a model trigger.
//
// The events component asks the model only for words the rules have no entry for (rulesKnow):
// the rules decide their own words, held or refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { EventType } from '../../../record/types.js';
import { PLOVER_TYPES } from '../../../record/vocabulary.js';
import { PACKAGE_ROOT } from '../../../package-root.js';
import type { Token } from '../../doc.js';
import { CLUSTERS } from '../entities/model/features.js';
import { NO_CLUSTER } from '../entities/model/word-clusters.js';
import { irregularBase } from './triggers.js';
import { detached } from '../../../text/bounded-memo.js';

export const TRIGGER_MODEL_PATH = join(PACKAGE_ROOT, 'models', 'event-trigger-model.txt.gz');

/** The classes, NONE first, then PLOVER's sixteen categories in the record's order. */
export const CLASSES = ['NONE', ...PLOVER_TYPES] as const;
const K = CLASSES.length;

/**
 * How the events component uses the model: 'rules' (off), 'rules+model' (the model for words the
 * rules have no entry for), 'model' (the model alone, for measuring). `threshold` is the margin of
 * the best category over NONE, in the table's integer units, above which a word is a trigger:
 * tuned on dev6 only (eval/events-model.ts). Changed only by the evaluation scripts and tests.
 *
 * On ('rules+model') since 7 December 2026 (h322; docs/models.md, "Event triggers"), at threshold
 * 100 with the common-word gate: on dev6 (dev, tuning) the model adds 3 right and 1 wrong events to
 * the rules' 31 of 68 (found 45.6 -> 50.0, precision 60.8 -> 61.8); on the 181 Zyte pages it moves
 * one trigger ("slaps" for "tariffs", the same SANCTION) and adds nothing else. Without the gate
 * it read "will not sit on our hands" as PROTEST twice and a storm that "battered" a coast as one.
 */
export const triggerModelSettings: {
  mode: 'rules' | 'rules+model' | 'model';
  threshold: number;
  /** In 'rules+model', whether the model may also read words the rules have entries for but did not make triggers. */
  knownWords: boolean;
  /**
   * What the word's own row (its lemma's WordNet features, no context) must say besides the whole
   * score: 'none'; 'agree' (its best category is the whole score's, ahead of NONE); 'word' (the
   * category is the row's best, the whole score only says whether it is an event).
   */
  gate: 'none' | 'agree' | 'word';
  /** The table read on first use (the evaluation scripts' --model). */
  file: string;
  /**
   * A word among this many most frequent English words (GloVe 6B's vocabulary order, the word
   * clusters' table) is never a model trigger (0: no gate). The model is for the long tail the
   * rules' lexicon does not reach ("padlocked", "garrisoned", "relinquished", "decamped"); a common
   * word is a word of many senses, and there its context features, not the word, decide ("will not
   * sit on our hands" PROTEST, a storm "battered" a coast PROTEST, refugees "gathered" PROTEST).
   */
  commonWords: number;
} = {
  mode: 'rules+model',
  threshold: 100,
  knownWords: false,
  gate: 'none',
  file: TRIGGER_MODEL_PATH,
  commonWords: 10_000,
};

/** Tags a candidate may have: verbs, common nouns, and adjectives in "-ed" (participles the tagger misreads). */
const CANDIDATE_TAGS = new Set(['VERB', 'NOUN', 'ADJ']);
/** Closed-class tags: the word before a candidate is a feature itself when it has one ("to", "will", "was"). */
const FUNCTION_TAGS = new Set(['AUX', 'PART', 'ADP', 'DET', 'PRON', 'SCONJ', 'CCONJ']);
/** Tags of the words between a verb and its object's head ("scrambled [two F-16] jets"). */
const OBJECT_MODIFIER_TAGS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'PUNCT']);
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);
/** Tokens searched after a verb for its object, and before it for its subject. */
const OBJECT_WINDOW = 4;
const SUBJECT_WINDOW = 3;

/** A candidate: its table key (`v:lemma`, `v:lemma_particle`, `n:lemma`) and the token after its last. */
export interface ModelCandidate {
  key: string;
  end: number;
  verbal: boolean;
}

/** Base forms of a verb form, by WordNet's morphological rules (morphy) after the tagger's lemma and the irregular forms. */
function verbBases(t: Token): string[] {
  const w = t.lower;
  const out = [t.lemma.toLowerCase()];
  const irregular = irregularBase(t);
  if (irregular) out.push(irregular);
  if (w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    out.push(stem, `${stem}e`);
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
    if (stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`);
  } else if (w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    out.push(stem, `${stem}e`);
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
  } else if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  else if (w.endsWith('es')) out.push(w.slice(0, -2), w.slice(0, -1));
  else if (w.endsWith('s')) out.push(w.slice(0, -1));
  out.push(w);
  return out;
}

function nounBases(t: Token): string[] {
  const w = t.lower;
  const out = [t.lemma.toLowerCase(), w];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  return out;
}

/** A word's tag and length allow a candidate (candidateAt's first test, cheap enough to run first). */
function mayBeCandidate(t: Token): boolean {
  return CANDIDATE_TAGS.has(t.pos) && t.text.length >= 3;
}

/**
 * The candidate at token i, if its lemma is in the table (`has`): a verb (or an "-ed"/"-ing" form
 * the tagger calls a noun or an adjective, when it is no noun itself), with its particle when the
 * table has the two ("step_down"), or a noun. Shared by training and inference.
 */
export function candidateAt(tokens: readonly Token[], i: number, has: (key: string) => boolean): ModelCandidate | null {
  const t = tokens[i];
  if (!mayBeCandidate(t) || !/^\p{L}+$/u.test(t.text)) return null;
  const inflected = /(ed|ing)$/.test(t.lower);
  if (t.pos === 'ADJ' && !/ed$/.test(t.lower)) return null;
  // Capitalised inside a sentence: a name ("Strike Force"), not a word.
  if (i > 0 && /^\p{Lu}/u.test(t.text) && t.pos !== 'VERB') return null;
  const verbal = t.pos === 'VERB' || (inflected && !has(`n:${t.lower}`));
  if (verbal) {
    for (const base of verbBases(t)) {
      if (!has(`v:${base}`)) continue;
      const next = tokens[i + 1];
      if (next && (next.pos === 'ADP' || next.pos === 'PART' || next.pos === 'ADV') && has(`v:${base}_${next.lower}`))
        return { key: `v:${base}_${next.lower}`, end: i + 2, verbal };
      return { key: `v:${base}`, end: i + 1, verbal };
    }
    return null;
  }
  if (t.pos !== 'NOUN') return null;
  for (const base of nounBases(t)) if (has(`n:${base}`)) return { key: `n:${base}`, end: i + 1, verbal };
  return null;
}

/** A word's GloVe cluster path (entities' table), as two prefixes: 256 and 4,096 clusters. */
function clusterFeatures(prefix: string, word: string, out: string[]): void {
  const c = CLUSTERS.get(word);
  if (c === NO_CLUSTER) out.push(`${prefix}:none`);
  else out.push(`${prefix}2:${c >> 4}`, `${prefix}3:${c}`);
}

/**
 * The parts of a candidate's context features (visitContext): a literal feature is `kind` +
 * `value` ("pos:" + "VERB", "b:" + "^"); the cluster kinds W, O and S stand for clusterFeatures
 * of the value (a word) with prefix "w", "o" or "s".
 */
const W = 'w',
  O = 'o',
  S = 's';
const CLUSTER_KINDS: ReadonlySet<string> = new Set([W, O, S]);

/**
 * Walks the features of a candidate that are not its lemma's (contextFeatures), giving each as
 * its kind and value (see CLUSTER_KINDS): contextFeatures spells them, scoreContext adds their
 * rows, kept per kind and value (ContextRows), so the two cannot disagree on which features a
 * candidate has.
 */
function visitContext(
  tokens: readonly Token[],
  i: number,
  c: ModelCandidate,
  emit: (kind: string, value: string) => void,
): void {
  const t = tokens[i];
  emit('pos:', t.pos);
  emit('verbal:', c.verbal ? 'true' : 'false');
  emit(W, t.lower);
  const before = tokens[i - 1];
  if (!before) emit('b:', '^');
  else if (FUNCTION_TAGS.has(before.pos)) emit('b:', before.lower);
  else emit('bp:', before.pos);
  const after = tokens[c.end];
  if (!after) emit('a:', '$');
  else if (after.pos === 'ADP' || after.pos === 'PART') emit('a:', after.lower);
  else emit('ap:', after.pos);
  // The object: the first noun after the candidate past determiners, adjectives and numbers.
  let j = c.end;
  while (j < tokens.length && j < c.end + OBJECT_WINDOW && OBJECT_MODIFIER_TAGS.has(tokens[j].pos)) j++;
  if (j < tokens.length && NOUN_TAGS.has(tokens[j].pos)) {
    if (tokens[j].pos === 'PROPN') emit('o:', 'name');
    else emit(O, tokens[j].lower);
  } else emit('o:', '-');
  // The subject: the nearest noun or pronoun before it.
  let s = i - 1;
  while (s >= 0 && s >= i - SUBJECT_WINDOW && !NOUN_TAGS.has(tokens[s].pos) && tokens[s].pos !== 'PRON') s--;
  if (s >= 0 && s >= i - SUBJECT_WINDOW) {
    if (tokens[s].pos === 'PROPN') emit('s:', 'name');
    else if (tokens[s].pos === 'PRON') emit('s:', 'pron');
    else emit(S, tokens[s].lower);
  } else emit('s:', '-');
}

/** The feature names of a kind and value of visitContext. */
function featureNames(kind: string, value: string, out: string[]): void {
  if (CLUSTER_KINDS.has(kind)) clusterFeatures(kind, value, out);
  else out.push(`${kind}${value}`);
}

/**
 * The features of a candidate that are not its lemma's: its tag, the word's clusters, the word
 * before and after it, its object's and its subject's clusters. Shared by training and inference.
 */
export function contextFeatures(tokens: readonly Token[], i: number, c: ModelCandidate): string[] {
  const out: string[] = [];
  visitContext(tokens, i, c, (kind, value) => featureNames(kind, value, out));
  return out;
}

/** How many values a kind's kept rows hold before they start over (flat memory in a long-running process). */
const CONTEXT_ROWS_LIMIT = 50_000;

/**
 * The table's rows of the features a kind and value of visitContext name, summed (null where none
 * has a row), kept per kind and value: a candidate then adds one kept row per part of its context
 * instead of spelling each feature's name and looking it up (its word's clusters two). The scores
 * are Int32Array sums, which wrap modulo 2^32 in any order, so adding a part's rows summed gives
 * each class the same score as adding them one by one.
 */
class ContextRows {
  private readonly kept = new Map<string, Map<string, Int32Array | null>>();
  private readonly names: string[] = [];
  constructor(private readonly features: ReadonlyMap<string, Int32Array>) {}

  add(kind: string, value: string, scores: Int32Array): void {
    let byValue = this.kept.get(kind);
    if (!byValue) this.kept.set(kind, (byValue = new Map()));
    let row = byValue.get(value);
    if (row === undefined) {
      if (byValue.size >= CONTEXT_ROWS_LIMIT) byValue.clear();
      row = null;
      this.names.length = 0;
      featureNames(kind, value, this.names);
      for (const name of this.names) {
        const r = this.features.get(name);
        if (!r) continue;
        row ??= new Int32Array(K);
        for (let k = 0; k < K; k++) row[k] += r[k];
      }
      byValue.set(detached(value), row);
    }
    if (row) for (let k = 0; k < K; k++) scores[k] += row[k];
  }
}
const contextRows = new WeakMap<Table, ContextRows>();

/** Sparse integer scores by class index, `i:v,i:v,...`, as one row of K. */
function parseRow(values: string): Int32Array {
  const row = new Int32Array(K);
  if (values)
    for (const pair of values.split(',')) {
      const colon = pair.indexOf(':');
      row[Number(pair.slice(0, colon))] = Number(pair.slice(colon + 1));
    }
  return row;
}

/**
 * Rows of one kind, parsed on first use. Parsing all 23,577 lemma rows at load cost ~110 ms of CPU
 * per process (7 December, this machine) while a text asks for a few hundred: the load keeps only
 * each row's place in the table's text.
 */
class LazyRows {
  private readonly at = new Map<string, number>();
  private readonly parsed = new Map<string, Int32Array>();
  constructor(private readonly text: string) {}
  /** Notes the row whose values start at `start` (its line runs to the next newline). */
  add(key: string, start: number): void {
    this.at.set(key, start);
  }
  get size(): number {
    return this.at.size;
  }
  has(key: string): boolean {
    return this.at.has(key);
  }
  get(key: string): Int32Array | undefined {
    const known = this.parsed.get(key);
    if (known) return known;
    const start = this.at.get(key);
    if (start === undefined) return undefined;
    const end = this.text.indexOf('\n', start);
    const row = parseRow(this.text.slice(start, end < 0 ? this.text.length : end));
    this.parsed.set(key, row);
    return row;
  }
}

interface Table {
  lemmas: LazyRows;
  features: Map<string, Int32Array>;
  /** A two-decision table's category scores of the lemma alone (`W` rows; empty otherwise). */
  words: LazyRows;
}

let table: Table | undefined;

/** Rows `key<TAB>i:v,i:v,...` (sparse integer scores by class index) under `L` (lemmas) and `F` (context features). */
function readTable(): Table {
  const text = gunzipSync(readFileSync(triggerModelSettings.file)).toString('utf8');
  const lemmas = new LazyRows(text);
  const words = new LazyRows(text);
  const features = new Map<string, Int32Array>();
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const kind = text[start];
    if (end > start && kind !== '#') {
      const tab1 = text.indexOf('\t', start);
      const tab2 = text.indexOf('\t', tab1 + 1);
      const valuesAt = tab2 < 0 || tab2 > end ? end : tab2 + 1;
      const key = text.slice(tab1 + 1, tab2 < 0 || tab2 > end ? end : tab2);
      if (kind === 'L') lemmas.add(key, valuesAt);
      else if (kind === 'W') words.add(key, valuesAt);
      else features.set(key, parseRow(text.slice(valuesAt, end)));
    }
    start = end + 1;
  }
  return { lemmas, features, words };
}

/** The table, read on first use. */
export function triggerModel(): Table {
  return (table ??= readTable());
}

/** The category the model scores highest of the sixteen, with its margin over NONE (integer units; negative when NONE wins). */
export function scoreCandidate(
  tokens: readonly Token[],
  i: number,
  c: ModelCandidate,
): { type: EventType; margin: number; word: EventType; wordMargin: number } {
  const scored = scoreContext(tokens, i, c);
  const { lemmas, words } = triggerModel();
  const { scores } = scored;
  let best = scored.best;
  const own = words.get(c.key) ?? lemmas.get(c.key) ?? new Int32Array(K);
  const word = bestEvent(own);
  // A two-decision table (W rows): its sixteen event columns are one score, the word says which.
  if (words.size > 0) best = word;
  return {
    type: CLASSES[best] as EventType,
    margin: scores[best] - scores[0],
    word: CLASSES[word] as EventType,
    wordMargin: own[word] - own[0],
  };
}

/** The index of the highest of a row's sixteen event columns (the first such on a tie). */
function bestEvent(row: Int32Array): number {
  let best = 1;
  for (let k = 2; k < K; k++) if (row[k] > row[best]) best = k;
  return best;
}

/** A candidate's scores by class (its lemma's row plus its context features' rows) and the best event class of them. */
export function scoreContext(
  tokens: readonly Token[],
  i: number,
  c: ModelCandidate,
): { scores: Int32Array; best: number } {
  const model = triggerModel();
  const row = model.lemmas.get(c.key);
  // A copy: the lemma's row is the table's own.
  const scores = row ? row.slice() : new Int32Array(K);
  let rows = contextRows.get(model);
  if (!rows) contextRows.set(model, (rows = new ContextRows(model.features)));
  const context = rows;
  visitContext(tokens, i, c, (kind, value) => context.add(kind, value, scores));
  return { scores, best: bestEvent(scores) };
}

/**
 * Whether the token's word is among the cluster table's first `n` words (the common-word gate),
 * remembered on the word (Word.common): the gate is asked of most verbs and nouns of every text,
 * and a look-up in a set of 10,000 strings was some 1% of the analysis's CPU time (PolNeAR dev
 * profile, 7 December, h337). A token whose lower-case form is not its word's is asked directly.
 */
export function isCommonWord(t: Token, n: number): boolean {
  const w = t.word;
  if (w === undefined || w.lower !== t.lower) return CLUSTERS.isAmongFirst(t.lower, n);
  if (w.common === n + 1) return true;
  if (w.common === -(n + 1)) return false;
  const common = CLUSTERS.isAmongFirst(w.lower, n);
  w.common = common ? n + 1 : -(n + 1);
  return common;
}

export interface ModelTrigger {
  type: EventType;
  start: number;
  end: number;
  nominal: boolean;
  margin: number;
}

/**
 * Model triggers in one sentence's tokens, above the threshold, at tokens `free` allows (those no
 * rule trigger covers and, in 'rules+model', no rule entry knows).
 */
export function modelTriggers(tokens: readonly Token[], free: (i: number) => boolean): ModelTrigger[] {
  const { lemmas } = triggerModel();
  const has = (key: string) => lemmas.has(key);
  const out: ModelTrigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // The cheap tests first: tag and length, then the common-word gate (both read the word alone,
    // and most words fail one), then whether a rule has the word.
    if (!mayBeCandidate(tokens[i])) continue;
    const common = triggerModelSettings.commonWords;
    if (common > 0 && isCommonWord(tokens[i], common)) continue;
    if (!free(i)) continue;
    const c = candidateAt(tokens, i, has);
    if (!c) continue;
    const gate = triggerModelSettings.gate;
    let type: EventType;
    let margin: number;
    if (gate === 'none' && triggerModel().words.size === 0) {
      // Only the 'agree' and 'word' gates and a two-decision table read the word's own best
      // category (scoreCandidate); here the context score alone decides.
      const { scores, best } = scoreContext(tokens, i, c);
      type = CLASSES[best] as EventType;
      margin = scores[best] - scores[0];
    } else {
      const scored = scoreCandidate(tokens, i, c);
      if (gate === 'agree' && (scored.word !== scored.type || scored.wordMargin <= 0)) continue;
      type = gate === 'word' ? scored.word : scored.type;
      margin = scored.margin;
    }
    if (margin > triggerModelSettings.threshold) {
      out.push({ type, start: i, end: c.end, nominal: !c.verbal, margin });
      i = c.end - 1;
    }
  }
  return out;
}
