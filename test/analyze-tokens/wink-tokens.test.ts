import { describe, expect, it } from 'vitest';
import { its, readWink } from '../../src/analyze/resources/wink.js';

// WinkTokens (resources/wink.ts) reads wink's raw document data with wink's own `its` functions:
// every token property and sentence must be what wink's document API gives for the same reading.
const TEXTS = [
  "They can't say. I'm sure the ministers weren't running the funds, Mrs. Clinton's aide said.",
  'Erdogan met Kılıçdaroğlu in Ankara at 10:30 on 3 March 2021. Turnout was 84.5%!',
  'U.S. officials said (on Tuesday) that the "deal" — worth $1.2bn — was off. Really?',
];

describe('WinkTokens', () => {
  for (const text of TEXTS) {
    it(`gives what wink's document API gives: ${text.slice(0, 30)}`, () => {
      const [fromApi, fromRaw] = readWink(text, (doc, wink) => {
        const all = doc.tokens();
        const api = {
          values: all.out(),
          ids: all.out(its.uniqueId),
          pos: all.out(its.pos),
          lemmas: all.out(its.lemma as never),
          sentences: doc.sentences().out(its.span),
        };
        const ids: number[] = [];
        const values: string[] = [];
        const pos: string[] = [];
        const lemmas: string[] = [];
        for (let i = 0; i < wink.length; i++) {
          values.push(wink.value(i));
          ids.push(wink.uniqueId(i));
          pos.push(wink.pos(i));
          lemmas.push(wink.lemma(i));
        }
        const raw = { values, ids, pos, lemmas, sentences: wink.sentences.map((s) => [s[0], s[1]]) };
        return [api, raw];
      });
      expect(fromRaw.values.length).toBeGreaterThan(10);
      expect(fromRaw.sentences.length).toBeGreaterThan(1);
      expect(fromRaw).toEqual(fromApi);
    });
  }
});
