import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { winkModel } from '../../src/analyze/resources/wink-model.js';
import { its, LEXICON_SIZE, readWink, type WinkDoc, winkRenewal } from '../../src/analyze/resources/wink.js';
import { recordFrom } from '../helpers/records.js';

// A reading must not depend on what the process read before. wink adds each word outside its
// lexicon to the lexicon, and its tokenizer then keeps that word whole: after "than Dalvenport's,"
// (where the possessive stands alone and is read as one word) a later "Mrs. Dalvenport's plan"
// would be read as "Dalvenport's" instead of "Dalvenport" "'s". Each test uses a name of its own,
// so no test reads a name an earlier one added.
const first = (name: string) => `The trip was more important than ${name}'s, she said.`;
const second = (name: string) =>
  `Mrs. ${name}'s plan was praised by the council on Tuesday, an aide said.\n\n${name}'s office did not reply.`;

const tokensOf = (text: string) => readWink(text, (d) => d.tokens().out() as string[]);

describe('wink readings', () => {
  it('tokenise a text the same before and after another text added its words', () => {
    const alone = tokensOf(second('Dalvenport'));
    expect(alone).toContain("'s");
    expect(tokensOf(first('Dalvenport'))).toContain("Dalvenport's");
    expect(tokensOf(second('Dalvenport'))).toEqual(alone);
  });

  it('tag a text the same before and after another text', () => {
    const tags = (text: string) => readWink(text, (d) => d.tokens().out(its.pos));
    const alone = tags(second('Quarrington'));
    tags(first('Quarrington'));
    expect(tags(second('Quarrington'))).toEqual(alone);
  });

  it('give the same record before and after another text', () => {
    const alone = recordFrom(second('Pellingham'));
    recordFrom(first('Pellingham'));
    expect(recordFrom(second('Pellingham'))).toEqual(alone);
  });

  it('are the same when the instance is made again to free the words it met', () => {
    const read = (text: string) =>
      readWink(text, (d) => ({
        tokens: d.tokens().out(),
        lemmas: d.tokens().out(its.lemma as never),
        ids: (d.tokens().out(its.uniqueId) as unknown as number[]).map((id) => id < LEXICON_SIZE),
      }));
    const before = read(second('Ostrowlen'));
    const saved = winkRenewal.maxAddedWords;
    winkRenewal.maxAddedWords = 2;
    try {
      read(first('Ostrowlen'));
      expect(read(second('Ostrowlen'))).toEqual(before);
      expect(read(second('Ostrowlen'))).toEqual(before);
    } finally {
      winkRenewal.maxAddedWords = saved;
    }
  });

  it('tag words outside the lexicon as a fresh instance does, however often they are met', () => {
    // The remembered shapes and starting tags (resources/wink.ts), across token categories.
    const text =
      'Zorblatt said zorblatts were ZORBLATT-grade, @zorblatt wrote #zorblatt at 3zorblatt. ' +
      'The zorblattish Zorblatting Zorblattstan zorblatted, and Zorblatt’s aide agreed.';
    const fresh = winkNLP(winkModel, ['sbd', 'pos']).readDoc(text).tokens();
    const expected = { tokens: fresh.out(), tags: fresh.out(its.pos), shapes: fresh.out(its.shape) };
    const ours = () =>
      readWink(text, (d) => ({
        tokens: d.tokens().out(),
        tags: d.tokens().out(its.pos),
        shapes: d.tokens().out(its.shape),
      }));
    expect(ours()).toEqual(expected);
    expect(ours()).toEqual(expected);
  });

  it('read every text as a fresh instance does, whatever was read before and in whichever order', () => {
    // Real paragraphs (the bundled samples), and texts that meet the same new words in other token
    // categories and cases, so that a word met before must sometimes be made anew.
    const folder = new URL('../../samples/', import.meta.url);
    const paragraphs = readdirSync(folder)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(new URL(f, folder), 'utf8').split(/\n\s*\n/))
      .filter((p) => p.trim().length > 0)
      .slice(0, 16);
    const crafted = [
      'Vrenkalt-Osk said VRENKALT would come. #Vrenkalt and @vrenkalt agreed at 3vrenkalt.',
      'vrenkalt, Vrenkalt. Vrenkalt’s aide and the VRENKALT-grade vrenkalts were there.',
      "The Vrenkalt-Osk plan, Osk's plan, and osk's were praised; U.S.-Vrenkalt talks went on.",
      '@Vrenkalt wrote that vrenkalt.com and 3Vrenkalt were Vrenkalt’s.',
    ];
    const texts = [...crafted, ...paragraphs, ...crafted.slice().reverse()];
    const reading = (d: WinkDoc) => ({
      tokens: d.tokens().out(),
      tags: d.tokens().out(its.pos),
      lemmas: d.tokens().out(its.lemma as never),
      shapes: d.tokens().out(its.shape),
      types: d.tokens().out(its.type),
      sentences: d.sentences().out(its.span),
    });
    const fresh = texts.map((t) => reading(winkNLP(winkModel, ['sbd', 'pos']).readDoc(t)));
    for (const order of [texts.map((_, i) => i), texts.map((_, i) => texts.length - 1 - i)]) {
      for (const i of order) expect(readWink(texts[i], reading), texts[i]).toEqual(fresh[i]);
    }
  }, 60_000);
});
