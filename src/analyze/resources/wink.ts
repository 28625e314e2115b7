// The one wink-nlp instance of the process (tokens, and the lexicon questions of
// entities/common-nouns.ts). Making an instance reads and unpacks the whole English model, some
// 0.2 s of CPU, so there is only one. Its pipe is what the analysis reads: sentence boundaries and
// part-of-speech tags (lemmas come with them); wink's own entities, negation and sentiment are not
// used, and leaving them out changes no token, tag, lemma or sentence.
import winkNLP from 'wink-nlp';
import { winkModel } from './wink-model.js';

export const nlp = winkNLP(winkModel, ['sbd', 'pos']);
export const its = nlp.its;

/**
 * The number of words in wink's lexicon. wink numbers words outside its lexicon from there up, in
 * the order the instance meets them, so a nonsense word read before any other text marks it. Read
 * here, when the instance is made, so no text analysed before can move it.
 */
export const LEXICON_SIZE = nlp.readDoc('the qzxjqzxj were there').tokens().itemAt(1).out(its.uniqueId) as number;
