import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { winkModel } from '../../src/analyze/resources/wink-model.js';
import { its, readWink, type WinkDoc } from '../../src/analyze/resources/wink.js';

// The process's wink instance remembers its lemmatizer's answers (resources/wink.ts). Remembering
// must change no lemma: a word with two tags keeps a lemma per tag, and a text read twice gets the
// lemmas a wink instance without the memo gives.
const TEXT =
  'They saw the saw. The leaves fell as she leaves. Officials said the ministers were running ' +
  'the funds, and the running costs rose; the Pushtuns and the dockworkers watched. Better bets ' +
  'were placed by the bettors, who bet better.';

const lemmasOf = (doc: WinkDoc) => doc.tokens().out(its.lemma as never) as unknown as string[];
const lemmas = (text: string) => readWink(text, lemmasOf);

describe('remembered lemmas', () => {
  const plain = winkNLP(winkModel, ['sbd', 'pos']);
  const plainLemmas = (text: string) => lemmasOf(plain.readDoc(text));

  it('are the lemmas wink gives without the memo, on first and second reading', () => {
    const expected = plainLemmas(TEXT);
    expect(lemmas(TEXT)).toEqual(expected);
    expect(lemmas(TEXT)).toEqual(expected);
  });

  it('are kept per tag', () => {
    const pos = readWink('They saw the saw.', (d) => d.tokens().out(its.pos));
    expect(pos[1]).not.toBe(pos[3]);
    expect(lemmas('They saw the saw.')).toEqual(plainLemmas('They saw the saw.'));
  });
});
