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
// the process read before, `readWink` makes wink forget after each text the words, prefixes,
// suffixes and shapes that text added.
import winkNLP from 'wink-nlp';
import { boundedMemo } from '../../text/bounded-memo.js';
import { type CoreModel, type Feature, winkModel } from './wink-model.js';

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
/** Bounded like the lemma memo: names keep coming. */
const FEATURE_MEMO_MAX = 100_000;

/**
 * wink's feature extractors with the two costly ones remembered. wink extracts a word's features
 * when the word enters its lexicon, and since each text's new words are forgotten (readWink below)
 * that is every paragraph a name appears in. The shape ("Xxxxx": a Unicode normalisation and six
 * replacements) depends only on the word. The tag a word outside the lexicon starts with depends
 * only on the word and its token category: the lower-case form it looks up is a lexicon word (its
 * tag) or else a word of the same text (the suffix rules), never a word of an earlier text.
 */
function memoFeatures(featureFn: FeatureFn): FeatureFn {
  return (config) => {
    const extractors = featureFn(config);
    const shape = extractors.shape;
    const pos = extractors.pos;
    const shapeOf = boundedMemo((word) => shape(word, 0, null), FEATURE_MEMO_MAX);
    const tagOf = new Map<number, (word: string) => unknown>();
    return {
      ...extractors,
      shape: (word) => shapeOf(word),
      pos: (word, category, cache) => {
        let byWord = tagOf.get(category);
        if (byWord === undefined) {
          byWord = boundedMemo((w) => pos(w, category, cache), FEATURE_MEMO_MAX);
          tagOf.set(category, byWord);
        }
        return byWord(word);
      },
    };
  };
}
const featureFn = memoFeatures(winkModel.featureFn as FeatureFn);

/** The core model of the current instance: the lists and hashes its reading writes to. */
let core: CoreModel;
function makeInstance() {
  const model = Object.assign(Object.create(null) as typeof winkModel, winkModel, {
    addons,
    featureFn,
    core: () => (core = (winkModel as unknown as { core: () => CoreModel }).core()),
  });
  return winkNLP(model, ['sbd', 'pos']);
}

let nlp = makeInstance();
export const its = nlp.its;
export type WinkDoc = ReturnType<typeof nlp.readDoc>;

/** The number of words in wink's own lexicon: a token's `uniqueId` below it is a lexicon word. */
export const LEXICON_SIZE = core!.features.lexeme.intrinsicSize!;

/** The features besides the words whose values wink adds to as it meets words (prefix, suffix, shape). */
const GROWING_FEATURES = Object.keys(core!.packing.layout).filter((f) => core.packing.layout[f][3] === 0);

/**
 * How many forgotten words the instance may hold before it is made again. wink keeps a word's
 * features in a private array beside its word list, so a forgotten word keeps its place in the
 * list (emptied) and in that array, some 50 bytes. Texts use about one place per six words, so
 * the instance is made again after some three million words (about 0.1 s of CPU each time).
 * Settable so that tests can see the instance made again.
 */
export const winkRenewal = { maxForgottenWords: 500_000 };

/**
 * wink's reading of `text`, handed to `use`. Read what is needed there: afterwards wink forgets the
 * text's words that are outside its lexicon, and the document's values for them are gone.
 */
export function readWink<T>(text: string, use: (doc: WinkDoc) => T): T {
  const words = core.features.lexeme;
  const mark = words.list.length;
  try {
    return use(nlp.readDoc(text));
  } finally {
    forget(words, mark);
  }
}

/** Back to the lexicon wink came with: words from `mark` on, and every added prefix, suffix and shape. */
function forget(words: Feature, mark: number): void {
  const { list, hash } = words;
  for (let k = mark; k < list.length; k++) {
    delete hash![list[k]];
    list[k] = '';
  }
  for (const name of GROWING_FEATURES) {
    const f = core.features[name];
    if (f.list.length === f.intrinsicSize) continue;
    for (let k = f.intrinsicSize!; k < f.list.length; k++) delete f.hash![f.list[k]];
    f.list.length = f.intrinsicSize!;
    f.index = f.intrinsicSize;
  }
  if (list.length - LEXICON_SIZE > winkRenewal.maxForgottenWords) nlp = makeInstance();
}
