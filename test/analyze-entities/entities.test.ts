import { describe, expect, it } from 'vitest';
import { analyzeText, byName, surfaces } from './helpers.js';

describe('entities', () => {
  it('peels a title and a nationality off a person name', () => {
    const doc = analyzeText('Officials said Tajik President Emomali Rakhmon met the press in Dushanbe. Rakhmon left.');
    const p = byName(doc, 'Emomali Rakhmon')!;
    expect(p.type).toBe('PERSON');
    expect(p.title).toBe('President');
    expect(p.affiliation).toBe('Tajikistan');
    expect(surfaces(doc, p)).toEqual(['Emomali Rakhmon', 'Rakhmon']);
  });

  it('reads title and affiliation from an apposition and links the organisation', () => {
    const doc = analyzeText(
      'Sergey Markov, director of the Moscow Institute for Political Research, says the line is a frontier.',
    );
    const p = byName(doc, 'Sergey Markov')!;
    const org = byName(doc, 'Moscow Institute for Political Research')!;
    expect(org.type).toBe('ORG');
    expect(p.title).toBe('director');
    expect(p.affiliation).toBe(org.name);
    expect(p.affiliationEntity).toBe(org.id);
  });

  it('joins surnames and nominal mentions to the person, not to a differently affiliated one', () => {
    const text =
      'Vladimir Putin met Tajik President Emomali Rakhmon. The Russian leader added that Putin would help. The Kremlin leader smiled.';
    const doc = analyzeText(text);
    const putin = byName(doc, 'Vladimir Putin')!;
    expect(surfaces(doc, putin)).toEqual(['Vladimir Putin', 'The Russian leader', 'Putin', 'The Kremlin leader']);
    expect(surfaces(doc, byName(doc, 'Emomali Rakhmon')!)).toEqual(['Emomali Rakhmon']);
    expect(doc.entities.filter((e) => e.type === 'PERSON')).toHaveLength(2);
  });

  it('gives "the president" to the person titled so, most recently mentioned before it', () => {
    const doc = analyzeText('President Joe Biden met Senator Ann Lee. Later the president said the talks went well.');
    expect(surfaces(doc, byName(doc, 'Joe Biden')!)).toEqual(['Joe Biden', 'the president']);
    expect(surfaces(doc, byName(doc, 'Ann Lee')!)).toEqual(['Ann Lee']);
  });

  it('types acronyms as organisations unless they name a country', () => {
    const doc = analyzeText('The CIS summit and NATO officials met U.S. envoys.');
    expect(byName(doc, 'CIS')?.type).toBe('ORG');
    expect(byName(doc, 'NATO')?.type).toBe('ORG');
    expect(byName(doc, 'U.S.')?.type).toBe('GPE');
  });

  it('reads a title-case headline only for what the gazetteer or the body confirms', () => {
    const doc = analyzeText('Putin Commits to Military Build Up in Tajikistan\n\nVladimir Putin spoke.');
    expect(doc.entities.map((e) => e.name).sort()).toEqual(['Tajikistan', 'Vladimir Putin']);
  });

  it('does not take sentence-initial common words for names', () => {
    const doc = analyzeText('Moreover, the talks failed. Such actions could harm. Recently the army left.');
    expect(doc.entities).toEqual([]);
  });

  it('finds groups and nationalities, and the Taliban as an organisation', () => {
    const doc = analyzeText(
      'The Taliban say the Pushtuns dominate, while radical Islamists and Tajiks wait. A Tajik official spoke.',
    );
    expect(byName(doc, 'Taliban')?.type).toBe('ORG');
    expect(byName(doc, 'Pushtuns')?.type).toBe('NORP');
    expect(byName(doc, 'Islamists')?.type).toBe('NORP');
    const tajiks = byName(doc, 'Tajiks')!;
    expect(tajiks.type).toBe('NORP');
    expect(tajiks.aliases).toContain('Tajik');
  });

  it('keeps offsets right on text with emoji and other astral characters', () => {
    const text = '😀🎉 Reporters 𝒳 said Vladimir Putin flew to Kabul 🚀 yesterday.';
    const doc = analyzeText(text);
    const putin = byName(doc, 'Vladimir Putin')!;
    const kabul = byName(doc, 'Kabul')!;
    expect(text.slice(...putin.mentions[0])).toBe('Vladimir Putin');
    expect(text.slice(...kabul.mentions[0])).toBe('Kabul');
  });

  it('keeps metonymic capitals as places, and a place after a compass word as itself', () => {
    // OntoNotes and GUM leave the lower-case direction word out of the name: "southern [Syria]".
    const text = 'Kabul is now demanding that Moscow act, and northern Afghanistan is unstable.';
    const doc = analyzeText(text);
    expect(byName(doc, 'Kabul')?.type).toBe('GPE');
    expect(byName(doc, 'Moscow')?.type).toBe('GPE');
    const afghanistan = byName(doc, 'Afghanistan');
    expect(afghanistan?.type).toBe('GPE');
    expect(text.slice(...afghanistan!.mentions[0])).toBe('Afghanistan');
    expect(afghanistan?.geo?.country).toBe('AF');
    expect(byName(doc, 'northern Afghanistan')).toBeUndefined();
  });

  it('merges a place named with and without a compass word into one entity', () => {
    const doc = analyzeText('Rockets hit southern Syria on Monday. Syria said two soldiers were hurt.');
    const places = doc.entities.filter((e) => e.type === 'GPE' || e.type === 'LOC');
    expect(places.map((e) => [e.name, e.type, e.mentions.length])).toEqual([['Syria', 'GPE', 2]]);
  });

  it('numbers entities in order of first mention', () => {
    const doc = analyzeText('Vladimir Putin and Emomali Rakhmon met in Moscow.');
    expect(doc.entities.map((e) => e.id)).toEqual(doc.entities.map((_, i) => `e${i + 1}`));
    expect(doc.entities[0].mentions[0][0]).toBeLessThan(doc.entities[1].mentions[0][0]);
  });
});

describe('entities on degenerate input', () => {
  it('returns nothing, without throwing, for empty, blank and punctuation-only text', () => {
    for (const text of ['', '   \n\n  ', '— … !!! ???', '😀😀😀']) expect(analyzeText(text).entities).toEqual([]);
  });

  it('handles a text in capitals without inventing people', () => {
    const doc = analyzeText('BREAKING NEWS: STORM HITS COAST, THOUSANDS FLEE');
    expect(doc.entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });
});
