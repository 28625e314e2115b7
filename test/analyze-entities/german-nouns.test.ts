// On a German page every noun is capitalised: the English-trained tagger takes some for places
// ("in Betrieb", "in Vorbereitung"). A lone word is a place there only if the gazetteer knows it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { newDoc, type Doc } from '../../src/analyze/doc.js';
import { tokens } from '../../src/analyze/components/tokens.js';
import { entities } from '../../src/analyze/components/entities/index.js';
import { analyzeText, ensureGazetteer } from './helpers.js';

const TEXT =
  'Einige Versicherer haben ihre Projekte bereits in Betrieb genommen. Das Klinikum in Heidelberg ist in Vorbereitung, ebenso zwei Häuser in Mannheim und die Anbindung der Medikation.';

function expectGermanPlaces(doc: Doc): void {
  const places = doc.entities.filter((e) => e.type === 'GPE' || e.type === 'LOC').map((e) => e.name);
  expect(places).toContain('Heidelberg');
  expect(places).toContain('Mannheim');
  for (const noun of ['Betrieb', 'Vorbereitung', 'Medikation']) expect(places).not.toContain(noun);
}

describe('capitalised nouns on German pages', () => {
  it('keeps places the gazetteer knows and no lone noun as a place', () => {
    expectGermanPlaces(analyzeText(TEXT, undefined, 'de'));
  });

  it('tells the language from the text, not from a wrong declaration', () => {
    expectGermanPlaces(analyzeText(TEXT, undefined, 'en'));
  });

  it('takes the language extraction told from the text', () => {
    ensureGazetteer();
    const article = extract({ content: TEXT, format: 'body' });
    expect(article.provenance?.language).toBe('detected');
    expect(article.language).toBe('de');
    const doc = newDoc(article);
    for (const c of [tokens, entities]) c.run(doc);
    expectGermanPlaces(doc);
  });

  // A German blog post declared English (its html lang says "en"): the text's own language rules,
  // and the English tagger reads none of it (it made persons of "Handschriftliche
  // Dokumentationen" and "Kommen Sie").
  it('reads no names into German text declared English, keeping the places the gazetteer knows', () => {
    const doc = analyzeText(
      'Heute werden Patientendaten im Krankenhaus noch analog in Form der Fieberkurve in der Behandlungskette weitergereicht. Handschriftliche Dokumentationen und postalischer Versand und Empfang sind fehleranfällig. Kommen Sie bei uns am Stand in Heidelberg vorbei und lernen Sie uns kennen.',
      undefined,
      'en',
    );
    expect(doc.language).toBe('de');
    const names = doc.entities.map((e) => `${e.name} (${e.type})`);
    expect(names).toEqual(['Heidelberg (GPE)']);
  });
});
