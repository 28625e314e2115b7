// In a language the tagger cannot read, the rules keep a lone word the gazetteer knows as a town.
// At a sentence's start its capital proves nothing: "Bukan membantai orang kafir" (Indonesian
// "not") was read as the Iranian town Bukan. There a lone word is a place only if it names a
// country or a first-level region, a city of a million or more, or the document writes it with a
// capital elsewhere too.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const places = (text: string, language: string) =>
  analyzeText(text, undefined, language)
    .entities.filter((e) => e.type === 'GPE' || e.type === 'LOC')
    .map((e) => e.name);

const INDONESIAN =
  'Nabi dan para sahabat meng-Islam-kan orang tanpa paksaan. Bukan membantai orang kafir. Kita harus hati-hati terhadap aliran ekstrim yang menanamkan kebencian yang amat sangat pada satu kaum sehingga akhirnya membantai kaum tersebut.';

describe('sentence-initial words in other languages', () => {
  it('reads no town into a common word that opens a sentence', () => {
    expect(places(INDONESIAN, 'id')).not.toContain('Bukan');
  });

  it('keeps a town the text also names inside a sentence', () => {
    const text = `${INDONESIAN} Kami pergi ke Bukan kemarin dan tinggal di sana selama dua hari bersama keluarga.`;
    expect(places(text, 'id')).toContain('Bukan');
  });

  it('keeps countries and great cities at a sentence start', () => {
    const text =
      'Indonesia adalah negara kepulauan terbesar di dunia dengan ribuan pulau. Surabaya adalah kota terbesar kedua setelah ibu kota negara. Malang terletak di dataran tinggi yang sejuk.';
    const found = places(text, 'id');
    expect(found).toContain('Indonesia');
    expect(found).toContain('Surabaya');
  });
});
