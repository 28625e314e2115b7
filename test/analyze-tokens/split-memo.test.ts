import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { winkModel } from '../../src/analyze/resources/wink-model.js';
import { its, readWink, type WinkDoc } from '../../src/analyze/resources/wink.js';
import { loadWinkNLP } from '../../src/analyze/resources/wink-split-memo.js';

// wink's tokenizer through the split memo (wink-split-memo.ts) must read every text exactly as
// wink's own does: the same tokens, spaces, types, tags, lemmas and sentences, the first time a
// piece is met and when it is replayed. Each text is compared with a fresh instance of the
// package's wink, which is what every reading of ours stands for (resources/wink.ts).
const TRICKY = [
  'See https://example.com/a-b?c=1&d=2, or www.example.org. Mail jane.doe@example.co.uk (or @jdoe, #news).',
  "I can't, won't and shouldn't've; it's O'Neill's and the Joneses' car. 'Tis the U.S.-led, U.N.-backed plan.",
  'A state-of-the-art, well-known co-operation; re-elected anti-war pro-EU e-mail x-ray -- and – dashes — too.',
  'Prices rose 3.5% to $1,234.56 (€1.2m, £3bn) on 12/05/2024 at 10:30am; the 1990s, 2nd and 21st, -4, +7.',
  'Fans 😀 cheered 👍🏽 :) ;-) <3 and 🇺🇦 flags.',
  'Erdoğan met Зеленский in Kyiv; 習近平 and नरेंद्र मोदी did not. Constanța. São Paulo, Zürich.',
  '"Yes," he said. (“No.”) [Really?] {x} ...and so on… Mr. J.R.R. Tolkien, Ph.D., p.m. e.g. i.e.',
  "Mrs. Dalvenport's plan, than Dalvenport's, Dalvenport's. DALVENPORT'S \"Dalvenport's\" (Dalvenport's)",
  'Tabs\there\tand  double  spaces\u00a0nbsp\u2009thin; line\nbreak\r\nend. PM2.5 and a .45-caliber gun.',
  'AT&T, 3M, H&M, Yahoo!, C++ and C#: a/b/c 1-2-3 10-15 5km 6ft 2x 24/7 100-meter 9-to-5.',
];

type Reading = Record<string, unknown[]>;

function reading(doc: WinkDoc): Reading {
  const tokens = doc.tokens();
  return {
    value: tokens.out(its.value),
    spaces: tokens.out(its.precedingSpaces),
    type: tokens.out(its.type),
    pos: tokens.out(its.pos),
    lemma: tokens.out(its.lemma as never),
    normal: tokens.out(its.normal),
    sentences: doc.sentences().out(),
  };
}

const winksOwn = (text: string): Reading => reading(winkNLP(winkModel, ['sbd', 'pos']).readDoc(text));

describe('wink split memo', () => {
  it('reads tricky texts as wink does, met first and replayed', () => {
    for (let round = 0; round < 3; round++)
      for (const text of TRICKY)
        expect(
          readWink(text, (doc) => reading(doc)),
          `${round}: ${text}`,
        ).toEqual(winksOwn(text));
  });

  it('reads each text as wink does after other texts (the pieces replayed in other company)', () => {
    const all = TRICKY.join(' ');
    const reversed = [...TRICKY].reverse().join('\n');
    for (const text of [all, reversed, all]) expect(readWink(text, (doc) => reading(doc))).toEqual(winksOwn(text));
  });

  it('splits a piece anew when the words it looked up answer otherwise', () => {
    // wink cuts "(Quistorp's)" into "(" "Quistorp" "'s" ")" while "Quistorp's" is unknown, and
    // into "(" "Quistorp's" ")" once the text has met "than Quistorp's," (kept whole there).
    const texts = [
      "Mrs. Quistorp's (Quistorp's) plan.",
      "Mrs. Quistorp's (Quistorp's) plan was better than Quistorp's, and (Quistorp's) again.",
      "Mrs. Quistorp's (Quistorp's) plan.",
    ];
    for (const text of texts)
      expect(
        readWink(text, (doc) => reading(doc)),
        text,
      ).toEqual(winksOwn(text));
  });

  it('leaves the package wink-nlp to everyone else', () => {
    const require = createRequire(import.meta.url);
    const own = loadWinkNLP(() => 0);
    expect(own).not.toBe(require('wink-nlp'));
    expect(require('wink-nlp')).toBe(winkNLP);
  });
});
