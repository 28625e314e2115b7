// The one wink-nlp instance of the process (tokens, and the lexicon questions of
// entities/common-nouns.ts). Making an instance reads and unpacks the whole English model, some
// 0.2 s of CPU, so there is only one. Its pipe is what the analysis reads: sentence boundaries and
// part-of-speech tags (lemmas come with them); wink's own entities, negation and sentiment are not
// used, and leaving them out changes no token, tag, lemma or sentence. Its lemmatizer remembers its
// answers (below).
import winkNLP from 'wink-nlp';
import { winkModel } from './wink-model.js';

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
export const nlp = winkNLP(Object.assign(Object.create(null) as typeof winkModel, winkModel, { addons }), [
  'sbd',
  'pos',
]);
export const its = nlp.its;

/**
 * The number of words in wink's lexicon. wink numbers words outside its lexicon from there up, in
 * the order the instance meets them, so a nonsense word read before any other text marks it. Read
 * here, when the instance is made, so no text analysed before can move it.
 */
export const LEXICON_SIZE = nlp.readDoc('the qzxjqzxj were there').tokens().itemAt(1).out(its.uniqueId) as number;
