// On a German page every noun is capitalised: the English-trained tagger takes some for places
// ("in Betrieb", "in Vorbereitung"). A lone word is a place there only if the gazetteer knows it.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const TEXT =
  'Einige Versicherer haben ihre Projekte bereits in Betrieb genommen. Das Klinikum in Heidelberg ist in Vorbereitung, ebenso zwei Häuser in Mannheim und die Anbindung der Medikation.';

describe('capitalised nouns on German pages', () => {
  it('keeps places the gazetteer knows and no lone noun as a place', () => {
    const doc = analyzeText(TEXT, undefined, 'de');
    const places = doc.entities.filter((e) => e.type === 'GPE' || e.type === 'LOC').map((e) => e.name);
    expect(places).toContain('Heidelberg');
    expect(places).toContain('Mannheim');
    for (const noun of ['Betrieb', 'Vorbereitung', 'Medikation']) expect(places).not.toContain(noun);
  });
});
