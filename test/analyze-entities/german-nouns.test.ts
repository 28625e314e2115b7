// On a German page every noun is capitalised: the English-trained tagger takes some for places
// ("in Betrieb", "in Vorbereitung"). A lone word is a place there only if the gazetteer knows it.
import { describe, expect, it } from 'vitest';
import { newDoc } from '../../src/analyze/doc.js';
import { tokens } from '../../src/analyze/components/tokens.js';
import { entities } from '../../src/analyze/components/entities/index.js';
import { geocode } from '../../src/analyze/components/geocode/index.js';
import type { Article } from '../../src/record/types.js';
import { ensureGazetteer } from './helpers.js';

function analyse(text: string, language: string) {
  ensureGazetteer();
  const article: Article = {
    source: { format: 'body' },
    title: null,
    authors: [],
    published: null,
    dateline: null,
    language,
    text,
    paragraphs: [[0, text.length]],
    comments: [],
    warnings: [],
  };
  const doc = newDoc(article);
  for (const c of [tokens, entities, geocode]) c.run(doc);
  return doc;
}

const TEXT =
  'Einige Versicherer haben ihre Projekte bereits in Betrieb genommen. Das Klinikum in Heidelberg ist in Vorbereitung, ebenso zwei Häuser in Mannheim und die Anbindung der Medikation.';

describe('capitalised nouns on German pages', () => {
  it('keeps places the gazetteer knows and no lone noun as a place', () => {
    const doc = analyse(TEXT, 'de');
    const places = doc.entities.filter((e) => e.type === 'GPE' || e.type === 'LOC').map((e) => e.name);
    expect(places).toContain('Heidelberg');
    expect(places).toContain('Mannheim');
    for (const noun of ['Betrieb', 'Vorbereitung', 'Medikation']) expect(places).not.toContain(noun);
  });
});
