import { describe, expect, it } from 'vitest';
import { newDoc } from '../../src/analyze/doc.js';
import { tokens } from '../../src/analyze/components/tokens.js';
import { wordOf } from '../../src/analyze/words.js';
import { its, readWink } from '../../src/analyze/resources/wink.js';
import { sentenceWords, wordInfo } from '../../src/analyze/components/entities/model/features.js';
import type { Article } from '../../src/record/types.js';

// Tokens of the same spelling share one word entry (words.ts), found by wink's number for the
// word; the entry must always be that of the token's own spelling, whatever the number.
const docOf = (text: string) => {
  const doc = newDoc({ text, paragraphs: [[0, text.length]], warnings: [] } as unknown as Article);
  tokens.run(doc);
  return doc;
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
    const first = wordOf('Qzxqvalpha', 987_654);
    expect(wordOf('Qzxqvalpha', 987_654)).toBe(first);
    const other = wordOf('Qzxqvbeta', 987_654);
    expect(other.text).toBe('Qzxqvbeta');
    expect(other.lower).toBe('qzxqvbeta');
    expect(wordOf('Qzxqvalpha', 987_654)).not.toBe(other);
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
