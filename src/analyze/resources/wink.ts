// The wink-nlp instance of the process (tokens, and the lexicon questions of
// entities/common-nouns.ts). Making an instance reads and unpacks the whole English model, some
// 0.1 s of CPU, so there is one, made again only now and then (below). Its pipe is what the
// analysis reads: sentence boundaries and part-of-speech tags (lemmas come with them); wink's own
// entities, negation and sentiment are not used, and leaving them out changes no token, tag, lemma
// or sentence. Its lemmatizer remembers its answers (below).
//
// wink adds every word outside its lexicon that it meets to the lexicon, and its tokenizer then
// keeps that word whole: once it has read "than Clinton's," it reads "Mrs. Clinton's plan" as
// "Clinton's" where a fresh instance reads "Clinton" "'s". So that a reading never depends on what
// the process read before, each reading sees only the words wink came with and those it meets in
// the text itself (Instance, below).
import winkNLP from 'wink-nlp';
import { type CoreModel, winkModel } from './wink-model.js';

type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/** Lemmas wink's lemmatizer found, by tag and word. */
const lemmaMemo = new Map<string, Map<string, string>>();
let lemmaMemoSize = 0;
/** Bounded: new words keep coming; the memo is emptied when it grows past this. */
const LEMMA_MEMO_MAX = 100_000;

/**
 * wink's lemmatizer (the model's addon), remembering its answers. It is asked for the lemma of
 * every token whose lexicon entry does not give one (names, inflected forms), and its suffix rules
 * look each candidate up in the lexicon again. Its answer depends only on the word and its tag:
 * the rules consult only the model's own lexicon (cache.hasSamePOS is false for words wink met
 * later), so remembering changes no lemma.
 */
function memoLemmatize(lemmatize: Lemmatize): Lemmatize {
  return (value, pos, cache) => {
    if (lemmaMemoSize >= LEMMA_MEMO_MAX) {
      lemmaMemo.clear();
      lemmaMemoSize = 0;
    }
    let byWord = lemmaMemo.get(pos);
    if (byWord === undefined) lemmaMemo.set(pos, (byWord = new Map()));
    let lemma = byWord.get(value);
    if (lemma === undefined) {
      lemma = lemmatize(value, pos, cache);
      byWord.set(value, lemma);
      lemmaMemoSize++;
    }
    return lemma;
  };
}

const addons = { ...winkModel.addons, lemmatize: memoLemmatize(winkModel.addons.lemmatize as Lemmatize) };

type Extractor = (word: string, category: number, cache: unknown) => unknown;
type FeatureFn = (config: unknown) => Record<string, Extractor>;

/** The methods of wink's word cache (node_modules/wink-nlp/src/cache.js) that a reading calls. */
interface WordCache {
  lookup: (text: string) => number[] | null;
  add: (text: string, category: number) => number;
}

/** Set while an instance is made: handed the instance's word cache the first time wink extracts a word's features. */
let onCache: ((cache: WordCache) => void) | null = null;

/**
 * wink's feature extractors, the one that is handed the word cache telling makeInstance about it.
 * (wink passes its cache to the extractors but gives no other way to reach it.)
 */
function catchingCache(featureFn: FeatureFn): FeatureFn {
  return (config) => {
    const extractors = featureFn(config);
    const pos = extractors.pos;
    return {
      ...extractors,
      pos: (word, category, cache) => {
        if (onCache !== null) onCache(cache as WordCache);
        return pos(word, category, cache);
      },
    };
  };
}
const featureFn = catchingCache(winkModel.featureFn as FeatureFn);

/**
 * One wink instance and what it needs to hide earlier readings' words from the current one.
 *
 * wink keeps every word outside its lexicon that it meets (and its features: shape, prefix, suffix,
 * starting tag, token category) in its word cache for good. Deleting them after each reading
 * (as this module once did) meant adding the same names again in every paragraph they appear in.
 * Instead the words stay, and the instance notes for each the last reading that met it; the cache's
 * `lookup` (all the tokenizer asks it) treats a word no reading met since the current one began as
 * unknown, exactly as a fresh instance would, and the cache's `add` then brings the word back
 * unchanged when a fresh instance would have made the same entry: the same token category, and the
 * same lower-case form (a word's features depend only on the word and its category). Otherwise it
 * drops the old entry from the hash so that wink makes a new one.
 */
interface Instance {
  /** Which instance this is (counting from 1): word numbers belong to one instance. */
  serial: number;
  nlp: ReturnType<typeof winkNLP>;
  core: CoreModel;
  /** The current reading (counting from 1). */
  reading: number;
  /** Per word outside the lexicon (its index minus LEXICON_SIZE): the last reading that met it. */
  metIn: number[];
  /** Per word outside the lexicon: the token category it was added with. */
  categoryOf: number[];
  /** Per word outside the lexicon: the index of its lower-case form when it was added. */
  lowerOf: number[];
  /**
   * Per word outside the lexicon: 1 once `add` dropped its entry from the hash. A key's entry
   * changes only so (wink's `add` writes a key only where it has none), so a word's lower-case form
   * whose entry (lowerOf) is wink's own or was never dropped is still in the hash at that index.
   */
  dropped: number[];
}

/**
 * wink's raw document data ("rdd", wink-nlp.js readDoc): four numbers per token (word index,
 * preceding spaces or a contraction's normal, tag and lemma, negation), and the sentences as
 * [first token, last token, ..].
 */
interface RawDoc {
  tokens: number[];
  sentences: number[][];
}

/** The raw data of the document being read, handed over by the tagger's setter (posWithRawDoc). */
let lastRaw: RawDoc | null = null;

type PosModel = { setter: (rdd: RawDoc, ...rest: unknown[]) => void } & Record<string, unknown>;

/** The model's tagger, its setter (called last in every reading) noting the raw document data. */
function posWithRawDoc(): PosModel {
  const pos = (winkModel.pos as unknown as () => PosModel)();
  return {
    ...pos,
    setter: (rdd, ...rest) => {
      lastRaw = rdd;
      pos.setter(rdd, ...rest);
    },
  };
}

/** Instances made so far. */
let instances = 0;

/** How many times a reading has called wink's own word-cache `add` (what test/analyze-tokens/wink-adds.test.ts counts). */
export const winkCounts = { adds: 0 };

function makeInstance(): Instance {
  let core: CoreModel | undefined;
  const model = Object.assign(Object.create(null) as typeof winkModel, winkModel, {
    addons,
    featureFn,
    pos: posWithRawDoc,
    core: () => (core = (winkModel as unknown as { core: () => CoreModel }).core()),
  });
  let cache: WordCache | undefined;
  onCache = (c) => (cache = c);
  const nlp = winkNLP(model, ['sbd', 'pos']);
  try {
    // A word outside the lexicon, so that wink extracts its features and hands over its cache.
    nlp.readDoc('Qzxqv');
  } finally {
    onCache = null;
  }
  if (core === undefined || cache === undefined) throw new Error('wink-nlp: no word cache (has its cache.js changed?)');
  const instance: Instance = {
    serial: ++instances,
    nlp,
    core,
    reading: 0,
    metIn: [],
    categoryOf: [],
    lowerOf: [],
    dropped: [],
  };
  // The probe's words are never seen again: out of the hash (their places in the list stay), and
  // its prefixes, suffixes and shapes out of theirs.
  const lexeme = core.features.lexeme;
  for (let k = lexeme.intrinsicSize!; k < lexeme.list.length; k++) delete lexeme.hash![lexeme.list[k]];
  for (const name of Object.keys(core.packing.layout)) {
    const f = core.features[name];
    if (core.packing.layout[name][3] !== 0 || f.list.length === f.intrinsicSize) continue;
    for (let k = f.intrinsicSize!; k < f.list.length; k++) delete f.hash![f.list[k]];
    f.list.length = f.intrinsicSize!;
    f.index = f.intrinsicSize;
  }
  hideEarlierReadings(instance, cache);
  return instance;
}

/**
 * Slots of LexiconFront: 16,384. With 4,096, one lookup in six of a lexicon word on PolNeAR dev
 * found its slot taken by another word; with 16,384, one in sixteen.
 */
const FRONT_BITS = 16;

/**
 * A small table in front of the word hash: a text's entry there (its index, or NOT_IN_HASH for a
 * text the hash does not hold), for any text but wink's own contractions. An entry changes only
 * when `add` meets its text, which clears the text's slot first; whether a word outside the
 * lexicon is known to the current reading is read afresh on each hit (metIn). The hash is an object of some 88,000 keys; reading it with a token's
 * text, a string V8 has not interned, costs the interning (a call into the runtime, a probe of the
 * string table) and then a probe of the hash, most often cache misses on a loaded machine: this
 * one read was 4% of the analysis's CPU time (PolNeAR dev profile, 3 December). The table is one
 * slot per FNV-1a hash of the text, the last word seen there; a hit costs the hash and a string
 * compare.
 */
/** LexiconFront's index of a text the word hash does not hold. */
const NOT_IN_HASH = -1;

class LexiconFront {
  readonly text: (string | undefined)[] = new Array<string | undefined>(1 << FRONT_BITS).fill(undefined);
  readonly index = new Int32Array(1 << FRONT_BITS);
  /**
   * 1 where the slot's text is one of wink's own words whose lower-case form is one too, found by
   * `add`, which then answers from the slot alone (no lower-casing, no second lookup). Own words
   * stay in the hash for good, so this holds until the slot takes another text (`set`).
   */
  readonly ownPair = new Uint8Array(1 << FRONT_BITS);

  /** Notes that `text` (whose slot is `slot`) has the entry `index` in the hash (NOT_IN_HASH: none). */
  set(slot: number, text: string, index: number): void {
    this.text[slot] = text;
    this.index[slot] = index;
    this.ownPair[slot] = 0;
  }

  /** Empties the slot of `text` if it holds `text` (one that is being added to the hash). */
  forget(text: string): void {
    const slot = this.slotOf(text);
    if (this.text[slot] === text) this.text[slot] = undefined;
  }

  slotOf(text: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return (h >>> (32 - FRONT_BITS)) & ((1 << FRONT_BITS) - 1);
  }
}

/** Replaces the cache's `lookup` and `add` with the versions described at Instance. */
function hideEarlierReadings(instance: Instance, cache: WordCache): void {
  const { metIn, categoryOf, lowerOf, dropped } = instance;
  const lexeme = instance.core.features.lexeme;
  const hash = lexeme.hash!;
  const list = lexeme.list;
  const intrinsic = lexeme.intrinsicSize!;
  const lookup = cache.lookup;
  const add = cache.add;
  // A lexicon word that is a contraction ("can't") stands for its expansions: wink's own lookup
  // gives those.
  const lexicon = instance.core.lexicon as Uint32Array;
  const packSize = instance.core.packing.size;
  const [word, mask, shift] = instance.core.packing.layout.isContraction;
  const recent = new LexiconFront();
  // What `lookup` returns for a word that is not a contraction, one array for every call: wink's
  // callers read its first element at once (dd-wrapper.js, automaton.js) or only test it.
  const single = [0];
  const one = (index: number): number[] => {
    single[0] = index;
    return single;
  };
  /** What `lookup` returns for `text`, whose entry in the hash is `index`, not a contraction of wink's. */
  const found = (index: number): number[] | null => {
    if (index < intrinsic) return one(index);
    // Met by an earlier reading only: unknown to this one. (A word being added has no entry yet.)
    const met = metIn[index - intrinsic];
    return met === undefined || met === instance.reading ? one(index) : null;
  };
  /** Notes in the front that hash[text] is `index` (`slot` is text's), unless it is one of wink's contractions. */
  const remember = (slot: number, text: string, index: number): void => {
    if (index < intrinsic && (lexicon[word + index * packSize] & mask) >>> shift) return;
    recent.set(slot, text, index);
  };
  cache.lookup = (text) => {
    const slot = recent.slotOf(text);
    if (recent.text[slot] === text) return recent.index[slot] === NOT_IN_HASH ? null : found(recent.index[slot]);
    const index = hash[text];
    if (index === undefined) {
      // Most often a word with its punctuation ("said,"), which the tokenizer then cuts.
      recent.set(slot, text, NOT_IN_HASH);
      return null;
    }
    if (index < intrinsic && (lexicon[word + index * packSize] & mask) >>> shift) return lookup(text);
    recent.set(slot, text, index);
    return found(index);
  };

  /** hash[text] for a text whose slot in the front holds `index`. */
  const fromFront = (index: number): number | undefined => (index === NOT_IN_HASH ? undefined : index);
  /** The index of `text` if it is one of wink's own words (a contraction or not), else -1. */
  const ownIndex = (text: string): number => {
    const slot = recent.slotOf(text);
    const index = recent.text[slot] === text ? recent.index[slot] : hash[text];
    return index !== undefined && index < intrinsic ? index : -1;
  };
  /** hash[lower] of the word outside the lexicon whose index is `index`, if its entry stands (see Instance.dropped), else undefined. */
  const heldLower = (index: number): number | undefined => {
    if (index < intrinsic) return undefined;
    const lowerIndex = lowerOf[index - intrinsic];
    if (lowerIndex === undefined) return undefined;
    return lowerIndex < intrinsic || dropped[lowerIndex - intrinsic] !== 1 ? lowerIndex : undefined;
  };
  /**
   * Before `add` meets `key` with `category`: keep its old entry if a fresh instance would make the
   * same one, else drop it. `index` is hash[key] and `lowerIndex` hash[lower], read by the caller;
   * returns hash[key] after.
   */
  const claim = (
    key: string,
    index: number | undefined,
    lowerIndex: number | undefined,
    category: number,
  ): number | undefined => {
    if (index === undefined || index < intrinsic) return index;
    const k = index - intrinsic;
    if (metIn[k] === instance.reading) return index;
    if (categoryOf[k] === category && lowerOf[k] === lowerIndex) {
      metIn[k] = instance.reading;
      return index;
    }
    dropped[k] = 1;
    delete hash[key];
    return undefined;
  };
  cache.add = (text, category) => {
    // ownIndex(text), keeping hash[text] when it is read. Each hash entry below is read once: a
    // read with a text V8 has not interned is a call into the runtime, and these were some 1% of
    // the analysis's CPU time (PolNeAR dev profile, 4 December).
    const slot = recent.slotOf(text);
    const inFront = recent.text[slot] === text;
    // An own word with an own lower-case form, found so before (below): its index as below.
    if (inFront && recent.ownPair[slot] === 1) return recent.index[slot];
    const lower = text.toLowerCase();
    const textIndex = inFront ? fromFront(recent.index[slot]) : hash[text];
    const own = textIndex !== undefined && textIndex < intrinsic ? textIndex : -1;
    // wink's tokenizer adds every piece it cuts from a longer token ("said" and "," of "said,"),
    // most of them its own words. For such a word whose lower-case form is one too, wink's `add`
    // only finds both and returns the word's index: so does this, without the claims.
    if (own >= 0 && (lower === text || ownIndex(lower) >= 0)) {
      if (inFront) recent.ownPair[slot] = 1;
      return own;
    }
    let kept: number | undefined;
    let lowerKept: number | undefined;
    if (lower !== text) {
      // hash[lower]: for a word outside the lexicon met before, its lower-case form's entry as
      // noted when it was added, while that entry stands (Instance.dropped). Read so, not from the
      // hash with a text V8 has not interned (some 0.4% of the analysis's CPU time, PolNeAR dev
      // profile, 7 December); names are most such words.
      const lowerHeld = (textIndex === undefined ? undefined : heldLower(textIndex)) ?? hash[lower];
      lowerKept = claim(lower, lowerHeld, lowerHeld, category);
      kept = claim(text, textIndex, lowerKept, category);
    } else kept = lowerKept = claim(text, textIndex, textIndex, category);
    // Both entries kept (a word an earlier reading met, met again as it was then): wink's `add`
    // would find both in the hash, add nothing and return the text's index, at the cost of two
    // more reads of the hash with texts V8 has not interned (some 0.7% of the analysis's CPU time,
    // PolNeAR dev profile, 7 December). No entry changed, so the front holds.
    if (kept !== undefined && lowerKept !== undefined) {
      remember(slot, text, kept);
      return kept;
    }
    // wink's add puts both in the hash, then looks the lower-case form up (its feature `pos`).
    recent.forget(text);
    recent.forget(lower);
    const mark = list.length;
    winkCounts.adds++;
    const index = add(text, category);
    // The tokenizer most often looks the text up again at once.
    remember(slot, text, index);
    if (list.length > mark) {
      const lowerNow = hash[lower];
      for (let k = mark; k < list.length; k++) {
        metIn[k - intrinsic] = instance.reading;
        categoryOf[k - intrinsic] = category;
        lowerOf[k - intrinsic] = lowerNow;
      }
    }
    return index;
  };
}

let current = makeInstance();
export const its = current.nlp.its;
export type WinkDoc = ReturnType<typeof current.nlp.readDoc>;

/** The number of words in wink's own lexicon: a token's `uniqueId` below it is a lexicon word. */
export const LEXICON_SIZE = current.core.features.lexeme.intrinsicSize!;

/** The features besides the words whose values wink adds to as it meets words (prefix, suffix, shape). */
const GROWING_FEATURES = Object.keys(current.core.packing.layout).filter(
  (f) => current.core.packing.layout[f][3] === 0,
);

/**
 * How many words outside its lexicon the instance may hold before it is made again (about 0.1 s
 * of CPU). Each costs some 100 bytes (its entries in the cache and here); news brings new names
 * without end, so a long-running process would otherwise grow for ever. Settable so that tests
 * can see the instance made again.
 */
export const winkRenewal = { maxAddedWords: 200_000 };

/**
 * Whether a prefix, suffix or shape list has run past what its bits in wink's packed features can
 * hold. The lists keep the values of earlier readings, so a long reading can run past the limit
 * where it would not from a fresh instance; it is then read again by a fresh one.
 */
function overflowed(core: CoreModel): boolean {
  for (const name of GROWING_FEATURES) {
    const f = core.features[name];
    if (f.list.length - 1 > f.maxIndex!) return true;
  }
  return false;
}

/** Whether any prefix, suffix or shape list holds values beyond the model's own. */
function grown(core: CoreModel): boolean {
  return GROWING_FEATURES.some((name) => core.features[name].list.length > core.features[name].intrinsicSize!);
}

type Its<R> = (index: number, rdd: RawDoc, addons: unknown) => R;
const itsValue = its.value as unknown as Its<string>;
const itsUniqueId = its.uniqueId as unknown as Its<number>;
const itsPos = its.pos as unknown as Its<string>;
const itsLemma = its.lemma as unknown as Its<string>;
const itsContractionFlag = its.contractionFlag as unknown as Its<boolean>;

/**
 * A document's tokens and sentences read from wink's raw document data with wink's own `its`
 * functions, as `doc.tokens().out(its.value)` etc. would give them, without the array per
 * property that each `out` builds (some 8% of the tokens component's CPU time).
 */
export class WinkTokens {
  /** Number of tokens. */
  readonly length: number;

  constructor(
    private readonly raw: RawDoc,
    /** The instance that read them (Instance.serial): a token's `uniqueId` is a number of that instance's. */
    readonly instance: number,
  ) {
    this.length = raw.tokens.length / 4;
  }

  /** `its.value` of token `i`. */
  value(i: number): string {
    return itsValue(i, this.raw, addons);
  }

  /** `its.uniqueId` of token `i`. */
  uniqueId(i: number): number {
    return itsUniqueId(i, this.raw, addons);
  }

  /** `its.pos` of token `i`. */
  pos(i: number): string {
    return itsPos(i, this.raw, addons);
  }

  /** `its.lemma` of token `i`. */
  lemma(i: number): string {
    return itsLemma(i, this.raw, addons);
  }

  /**
   * Whether token `i` is part of a contraction's expansion ("ca" "n't" of "can't"): its lemma is
   * the expansion's; any other token's lemma depends only on its text and tag (memoLemmatize).
   */
  isContraction(i: number): boolean {
    return itsContractionFlag(i, this.raw, addons);
  }

  /** The sentences as their first and last token (and wink's negation and sentiment, unused). */
  get sentences(): readonly (readonly number[])[] {
    return this.raw.sentences;
  }
}

/**
 * wink's reading of `text`, handed to `use` (as wink's document and as WinkTokens). Read what is
 * needed there: the document's values for words outside the lexicon belong to the instance, which
 * may be made again afterwards.
 */
export function readWink<T>(text: string, use: (doc: WinkDoc, tokens: WinkTokens) => T): T {
  current.reading++;
  const wasGrown = grown(current.core);
  lastRaw = null;
  let doc = current.nlp.readDoc(text);
  if (wasGrown && overflowed(current.core)) {
    current = makeInstance();
    current.reading++;
    lastRaw = null;
    doc = current.nlp.readDoc(text);
  }
  const raw = lastRaw as RawDoc | null;
  if (raw === null) throw new Error('wink-nlp: no raw document data (has its pipe or pos-setter changed?)');
  try {
    return use(doc, new WinkTokens(raw, current.serial));
  } finally {
    if (current.core.features.lexeme.list.length - LEXICON_SIZE > winkRenewal.maxAddedWords) current = makeInstance();
  }
}
