import { describe, expect, it } from 'vitest';
import { newDoc } from '../../src/analyze/doc.js';
import { tokens } from '../../src/analyze/components/tokens.js';
import { filedWord, wordOf } from '../../src/analyze/words.js';
import { its, readWink, winkRenewal } from '../../src/analyze/resources/wink.js';
import { sentenceWords, wordInfo } from '../../src/analyze/components/entities/model/features.js';
import type { Article } from '../../src/record/types.js';

// Tokens of the same spelling share one word entry (words.ts), found by wink's number for the
// word; the entry must always be that of the token's own spelling, whatever the number.
const docOf = (text: string) => {
  const doc = newDoc({ text, paragraphs: [[0, text.length]], warnings: [] } as unknown as Article);
  tokens.run(doc);
  return doc;
};

/** The current wink instance, as the tokens component gives it to filedWord. */
const filedWordInstance = () => {
  const instance = readWink('x', (_, w) => w.instance);
  filedWord(0, instance);
  return instance;
};

describe('word entries', () => {
  it('are shared by the tokens of one spelling, across documents', () => {
    const a = docOf('The Court said the court would rule. Erdoğan met Erdoğan.');
    const b = docOf('The court sat.');
    const byText = (doc: ReturnType<typeof docOf>, text: string) => doc.tokens.filter((t) => t.text === text);
    expect(byText(a, 'court')[0].word).toBe(byText(b, 'court')[0].word);
    expect(byText(a, 'the')[0].word).not.toBe(byText(a, 'The')[0].word);
    const [e1, e2] = byText(a, 'Erdoğan');
    expect(e1.word).toBe(e2.word);
    for (const t of [...a.tokens, ...b.tokens]) {
      expect(t.word.text).toBe(t.text);
      expect(t.lower).toBe(t.text.toLowerCase());
      expect(t.word.lower).toBe(t.lower);
    }
  });

  it('are made again when a number comes with another spelling', () => {
    const instance = filedWordInstance();
    const first = wordOf('Qzxqvalpha', 'Qzxqvalpha', 987_654);
    expect(wordOf('Qzxqvalpha', 'Qzxqvalpha', 987_654)).toBe(first);
    expect(filedWord(987_654, instance)).toBe(first);
    const other = wordOf('Qzxqvbeta', 'Qzxqvbeta', 987_654);
    expect(other.text).toBe('Qzxqvbeta');
    expect(other.lower).toBe('qzxqvbeta');
    expect(wordOf('Qzxqvalpha', 'Qzxqvalpha', 987_654)).not.toBe(other);
  });

  it('are by the numbers of one wink instance', () => {
    const instance = filedWordInstance();
    const w = wordOf('Qzxqvgamma', 'Qzxqvgamma', 987_655);
    expect(filedWord(987_655, instance)).toBe(w);
    expect(filedWord(987_655, instance + 1)).toBeUndefined();
  });

  it('give every token its own spelling when wink numbers its words afresh', () => {
    // A new instance numbers the words it meets from scratch: an entry filed under a number by
    // the old one must not lend the new one its spelling.
    const texts = ['Vashtuk met Orlembe in Quiravo.', 'Orlembe and Tallisk saw Vashtuk.', 'Quiravo hailed Tallisk.'];
    const expected = texts.map((t) => readWink(t, (d) => d.tokens().out() as string[]));
    const saved = winkRenewal.maxAddedWords;
    winkRenewal.maxAddedWords = 2;
    try {
      for (let round = 0; round < 2; round++) {
        texts.forEach((t, k) => {
          const doc = docOf(t);
          expect(doc.tokens.map((x) => x.text)).toEqual(expected[k]);
          for (const x of doc.tokens) expect(x.word.text).toBe(x.text);
        });
      }
    } finally {
      winkRenewal.maxAddedWords = saved;
    }
  });

  it("remember the word's lemma with its tag: each token's lemma is wink's", () => {
    // "saw" and "leaves" change tag and lemma from token to token; "don't" and "can't" expand.
    const text = "They saw the saw. The saw cut leaves; she leaves. They don't saw, they can't. We saw it.";
    const doc = docOf(text);
    const wink = readWink(text, (d) => d.tokens().out(its.lemma as never) as unknown as string[]);
    expect(doc.tokens.map((t) => t.lemma)).toEqual(wink);
    const saws = doc.tokens.filter((t) => t.text === 'saw');
    expect(new Set(saws.map((t) => t.lemma))).toEqual(new Set(['see', 'saw']));
  });

  it('carry the entity features of their own spelling', () => {
    const doc = docOf('Ms. Okonkwo visited Lagos, and Lagos welcomed her.');
    const info = sentenceWords(doc, 0, doc.tokens.length);
    doc.tokens.forEach((t, i) => {
      expect(info[i]).toBe(wordInfo(t.text));
      expect(t.word.entity).toBe(info[i]);
    });
  });
});
