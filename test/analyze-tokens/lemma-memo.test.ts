import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { winkModel } from '../../src/analyze/resources/wink-model.js';
import { its, nlp } from '../../src/analyze/resources/wink.js';

// The process's wink instance remembers its lemmatizer's answers (resources/wink.ts). Remembering
// must change no lemma: a word with two tags keeps a lemma per tag, and a text read twice gets the
// lemmas a wink instance without the memo gives.
const TEXT =
  'They saw the saw. The leaves fell as she leaves. Officials said the ministers were running ' +
  'the funds, and the running costs rose; the Pushtuns and the dockworkers watched. Better bets ' +
  'were placed by the bettors, who bet better.';

const lemmas = (reader: typeof nlp, text: string) =>
  reader
    .readDoc(text)
    .tokens()
    .out(its.lemma as never) as unknown as string[];

describe('remembered lemmas', () => {
  const plain = winkNLP(winkModel, ['sbd', 'pos']);

  it('are the lemmas wink gives without the memo, on first and second reading', () => {
    const expected = lemmas(plain, TEXT);
    expect(lemmas(nlp, TEXT)).toEqual(expected);
    expect(lemmas(nlp, TEXT)).toEqual(expected);
  });

  it('are kept per tag', () => {
    const tagged = nlp.readDoc('They saw the saw.').tokens();
    const pos = tagged.out(its.pos);
    expect(pos[1]).not.toBe(pos[3]);
    expect(tagged.out(its.lemma as never)).toEqual(lemmas(plain, 'They saw the saw.'));
  });
});
