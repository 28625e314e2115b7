// A common word that opens a sentence is no small town the gazetteer happens to know by it
// (initial-words.ts). Sentences written for these tests; the tagger reads such a word as a town
// only in some contexts, so the revision is given the place mention the tagger gives there.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';
import { newMention, type Mention } from '../../src/analyze/components/entities/classify.js';
import { dropInitialCommonWords } from '../../src/analyze/components/entities/initial-words.js';
import { lookupPlaces } from '../../src/analyze/resources/gazetteer.js';
import type { Doc } from '../../src/analyze/doc.js';

/** The one-word place mention of `word` at its first occurrence, as the tagger would give it. */
function placeMention(doc: Doc, word: string): Mention {
  const k = doc.tokens.findIndex((t) => t.text === word);
  const m = newMention('GPE', [...doc.tokens[k].span] as [number, number], [k, k + 1], word);
  m.places = lookupPlaces(word);
  return m;
}

describe('common words at a sentence start', () => {
  it('drops a sentence-opening English word read as a small town of its name', () => {
    const doc = analyzeText(
      'The quartet plans to release an album next spring. Long considered one of the great slights of ' +
        'the Hall of Fame, the band was finally nominated last month.',
    );
    expect(dropInitialCommonWords(doc, [placeMention(doc, 'Long')])).toEqual([]);
  });

  it('keeps a large town, a word inside a sentence and a name that goes on', () => {
    const doc = analyzeText(
      'Reading is a large town west of London. The band played in Long on Monday. Long Beach was calm.',
    );
    const reading = placeMention(doc, 'Reading');
    const inside = placeMention(doc, 'Long');
    const k = doc.tokens.findIndex((t, i) => t.text === 'Long' && i > inside.tok[0]);
    const beach = newMention('GPE', [...doc.tokens[k].span] as [number, number], [k, k + 1], 'Long');
    beach.places = lookupPlaces('Long');
    expect(dropInitialCommonWords(doc, [reading, inside, beach])).toEqual([reading, inside, beach]);
  });
});
