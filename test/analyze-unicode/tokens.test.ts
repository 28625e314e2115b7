// Words are whole whatever their script, and every token's span indexes the text exactly
// (UTF-16 code units), on composed, decomposed (NFD) and astral text alike.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/record/types.js';
import { newDoc } from '../../src/analyze/doc.js';
import { tokens } from '../../src/analyze/components/tokens.js';
import { asciiStandIn, latin1StandIn as winkText } from '../../src/text/stand-in.js';

function tokenize(text: string) {
  const article: Article = {
    source: { format: 'body' },
    title: null,
    authors: [],
    published: null,
    dateline: null,
    language: 'en',
    text,
    paragraphs: [[0, text.length]],
    comments: [],
    warnings: [],
  };
  const doc = newDoc(article);
  tokens.run(doc);
  for (const t of doc.tokens) expect(doc.text.slice(t.span[0], t.span[1])).toBe(t.text);
  return doc;
}

const words = (text: string) => tokenize(text).tokens.map((t) => t.text);

describe('tokens', () => {
  it('keeps words with letters beyond Latin-1 whole', () => {
    expect(words('Recep Tayyip Erdoğan met Andrzej Duda in Łódź.')).toEqual([
      'Recep',
      'Tayyip',
      'Erdoğan',
      'met',
      'Andrzej',
      'Duda',
      'in',
      'Łódź',
      '.',
    ]);
    expect(words('Antonín Dvořák, Plzeň, Novak Đoković, Şanlıurfa, İlham Əliyev.')).toEqual([
      'Antonín',
      'Dvořák',
      ',',
      'Plzeň',
      ',',
      'Novak',
      'Đoković',
      ',',
      'Şanlıurfa',
      ',',
      'İlham',
      'Əliyev',
      '.',
    ]);
    expect(words('Владимир Путин and Κυριάκος Μητσοτάκης met.')).toEqual([
      'Владимир',
      'Путин',
      'and',
      'Κυριάκος',
      'Μητσοτάκης',
      'met',
      '.',
    ]);
    expect(words('Phạm Minh Chính left Hà Nội.')).toEqual(['Phạm', 'Minh', 'Chính', 'left', 'Hà', 'Nội', '.']);
  });

  it('ends the sentence after a name ending in a letter beyond Latin-1', () => {
    const doc = tokenize('Novak Đoković won in Constanța. "We agree," Erdoğan said.');
    expect(doc.sentences).toHaveLength(2);
    expect(doc.tokens.map((t) => t.text).slice(0, 6)).toEqual(['Novak', 'Đoković', 'won', 'in', 'Constanța', '.']);
  });

  it('keeps decomposed (NFD) words whole, with spans over their combining marks', () => {
    const text = 'Erdoğan met Dvořák in Plzeň.'.normalize('NFD');
    const doc = tokenize(text);
    expect(doc.tokens.map((t) => t.text.normalize('NFC'))).toEqual(['Erdoğan', 'met', 'Dvořák', 'in', 'Plzeň', '.']);
    expect(doc.tokens[0].span).toEqual([0, 8]); // "Erdog" + U+0306 + "an"
    expect(doc.tokens[2].span).toEqual([13, 21]); // "Dvor" + U+030C + "a" + U+0301 + "k"
  });

  it('counts astral characters as two code units in every later span', () => {
    const text = '😀 𝐀 Erdoğan met 𐌰𐌱 in Łódź.';
    const doc = tokenize(text);
    const erdogan = doc.tokens.find((t) => t.text === 'Erdoğan')!;
    expect(erdogan.span).toEqual([text.indexOf('Erdoğan'), text.indexOf('Erdoğan') + 7]);
    const lodz = doc.tokens.find((t) => t.text === 'Łódź')!;
    expect(lodz.span[0]).toBe(text.indexOf('Łódź'));
    expect(doc.tokens.some((t) => t.text === '𐌰𐌱')).toBe(true); // a Gothic word: two astral letters
  });

  it('gives wink a stand-in text of the same length', () => {
    for (const s of ['Erdoğan', 'Łódź', 'Душанбе', 'e\u0301', '𐌰𐌱', '“Ș”']) expect(winkText(s)).toHaveLength(s.length);
    expect(winkText('Erdoğan Şanlıurfa Łódź')).toBe('Erdogan Sanliurfa Lódz'); // Latin-1 letters (ó) stay
    expect(winkText('plain ASCII and Latin-1: Café')).toBe('plain ASCII and Latin-1: Café');
    expect(winkText('“quoted” – dash')).toBe('“quoted” – dash'); // punctuation beyond Latin-1 stays
  });

  it('gives \\b-based patterns an ASCII stand-in of the same length', () => {
    expect(asciiStandIn('Maręk Łódź Augušt Þór Путин 𐌰')).toBe('Marxk Xxdx Auguxt Xxr Xxxxx xx'); // Gothic has no case
    expect(asciiStandIn('“x” – 😀')).toBe('“x” – 😀');
  });
});
