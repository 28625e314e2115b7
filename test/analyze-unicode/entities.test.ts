// Entity names are whole whatever their script: the sentence of issue 12, composed and decomposed.
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/analyze/doc.js';
import { analyzeText } from '../analyze-entities/helpers.js';

const ISSUE_SENTENCE =
  'Turkish President Recep Tayyip Erdoğan met Polish President Andrzej Duda in Łódź on Monday, ' +
  'while Antonín Dvořák was played in Plzeň and Novak Đoković won in Constanța. "We agree," Erdoğan said.';

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Every mention starts and ends at a word boundary: no name is cut inside a word. */
function expectWholeWords(doc: Doc): void {
  for (const e of doc.entities) {
    for (const [s, t] of e.mentions) {
      const cut =
        (s > 0 && WORD_CHAR.test(doc.text[s - 1]) && WORD_CHAR.test(doc.text[s])) ||
        (t < doc.text.length && WORD_CHAR.test(doc.text[t - 1]) && WORD_CHAR.test(doc.text[t]));
      expect(cut, `${e.name}: "${doc.text.slice(s, t)}" at [${s}, ${t})`).toBe(false);
    }
  }
}

const listed = (doc: Doc) => doc.entities.map((e) => `${e.type} ${e.name}${e.geo ? ` ${e.geo.country}` : ''}`);

describe('entities beyond Latin-1', () => {
  it('finds whole names and places in the sentence of the issue', () => {
    const doc = analyzeText(ISSUE_SENTENCE);
    expectWholeWords(doc);
    expect(listed(doc)).toEqual([
      'NORP Turkish',
      'PERSON Recep Tayyip Erdoğan',
      'NORP Polish',
      'PERSON Andrzej Duda',
      'GPE Łódź PL',
      'PERSON Antonín Dvořák',
      'GPE Plzeň CZ',
      'PERSON Novak Đoković',
      'GPE Constanța RO',
    ]);
    const erdogan = doc.entities.find((e) => e.name === 'Recep Tayyip Erdoğan')!;
    expect(erdogan.mentions.map(([s, t]) => doc.text.slice(s, t))).toEqual(['Recep Tayyip Erdoğan', 'Erdoğan']);
  });

  it('finds the same entities at the same spans in decomposed (NFD) text', () => {
    const text = ISSUE_SENTENCE.normalize('NFD');
    const doc = analyzeText(text);
    expectWholeWords(doc);
    expect(doc.entities.map((e) => e.name.normalize('NFC'))).toEqual(
      analyzeText(ISSUE_SENTENCE).entities.map((e) => e.name),
    );
    const lodz = doc.entities.find((e) => e.name.normalize('NFC') === 'Łódź')!;
    expect(lodz.geo?.country).toBe('PL');
    expect(text.slice(...lodz.mentions[0])).toBe('Łódź'.normalize('NFD'));
  });

  it('groups a name written composed and decomposed in one text as one person', () => {
    const doc = analyzeText(
      `Turkish President Recep Tayyip Erdoğan met Andrzej Duda. Later ${'Erdoğan'.normalize('NFD')} left.`,
    );
    const people = doc.entities.filter((e) => e.type === 'PERSON');
    expect(people.map((e) => e.name)).toEqual(['Recep Tayyip Erdoğan', 'Andrzej Duda']);
    expect(people[0].mentions).toHaveLength(2);
  });

  it('reads Cyrillic and Greek names inside English text as people', () => {
    const doc = analyzeText(
      'Russian President Владимир Путин met Greek Prime Minister Κυριάκος Μητσοτάκης on Monday. Μητσοτάκης left.',
    );
    expectWholeWords(doc);
    expect(listed(doc)).toEqual(['NORP Russian', 'PERSON Владимир Путин', 'NORP Greek', 'PERSON Κυριάκος Μητσοτάκης']);
  });
});
