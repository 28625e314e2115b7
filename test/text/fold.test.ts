import { describe, expect, it } from 'vitest';
import { foldName, nfc, sameName } from '../../src/text/fold.js';
import { isAllCapitals, isCapitalised, startsLower } from '../../src/text/letters.js';

describe('foldName', () => {
  it('folds letters with diacritics to their base letters', () => {
    expect(foldName('Erdoğan')).toBe('erdogan');
    expect(foldName('Dvořák')).toBe('dvorak');
    expect(foldName('Phạm Minh Chính')).toBe('pham minh chinh');
    expect(foldName('Reykjavík')).toBe('reykjavik');
  });

  it('folds letters that have no decomposition (ł, đ, ı, ə, ð, ø, ß)', () => {
    expect(foldName('Łódź')).toBe('lodz');
    expect(foldName('Đoković')).toBe('dokovic');
    expect(foldName('Şanlıurfa')).toBe('sanliurfa');
    expect(foldName('Əliyev')).toBe('eliyev');
    expect(foldName('Guðni')).toBe('gudni');
    expect(foldName('Søren')).toBe('soren');
    expect(foldName('Straße')).toBe('strasse');
  });

  it('makes Romanian comma-below and cedilla spellings one name', () => {
    expect(foldName('Constanța')).toBe(foldName('Constanţa'));
    expect(foldName('Timișoara')).toBe(foldName('Timişoara'));
    expect(foldName('Constanța')).toBe('constanta');
  });

  it('folds Turkish dotted capital I to i', () => {
    expect(foldName('İmamoğlu')).toBe('imamoglu');
    expect(foldName('İLHAM')).toBe('ilham');
  });

  it('gives decomposed (NFD) and composed text the same form', () => {
    const nfd = 'Erdoğan'.normalize('NFD');
    expect(nfd).not.toBe('Erdoğan');
    expect(foldName(nfd)).toBe('erdogan');
    expect(nfc(nfd)).toBe('Erdoğan');
    expect(sameName(nfd, 'Erdogan')).toBe(true);
  });

  it('keeps other scripts, lower-cased, and their final sigma as sigma', () => {
    expect(foldName('Душанбе')).toBe('душанбе');
    expect(foldName('ΜΗΤΣΟΤΑΚΗΣ')).toBe(foldName('Μητσοτάκης'));
    expect(sameName('Путин', 'Putin')).toBe(false);
  });
});

describe('letters', () => {
  it('sees capitals in every script and in astral letters', () => {
    for (const w of [
      'Erdoğan',
      'Łódź',
      'Şanlıurfa',
      'İlham',
      'Əliyev',
      'Đoković',
      'Путин',
      'Μητσοτάκης',
      'Þór',
      '𝐀lpha',
    ])
      expect(isCapitalised(w), w).toBe(true);
    for (const w of ['ğ', 'łódź', 'путин', 'ıslak', '1990', '"We', '😀']) expect(isCapitalised(w), w).toBe(false);
    expect(startsLower('ıslak')).toBe(true);
    expect(startsLower('Łódź')).toBe(false);
  });

  it('tells all-capitals words in any script', () => {
    expect(isAllCapitals('ŁÓDŹ')).toBe(true);
    expect(isAllCapitals('США')).toBe(true);
    expect(isAllCapitals('Łódź')).toBe(false);
    expect(isAllCapitals('1990')).toBe(false);
  });
});
