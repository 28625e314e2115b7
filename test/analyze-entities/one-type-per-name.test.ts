// One name, one type in one document: the mentions of a name take the type most of them have, so
// the record holds one entity for it ("Lakers" came out NORP, ORG and PERSON on one page).
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/analyze/components/entities/classify.js';
import { oneTypePerName } from '../../src/analyze/components/entities/consistency.js';
import { analyzeText, surfaces } from './helpers.js';

const at = (text: string, start: number, type: Mention['type'], extra: Partial<Mention> = {}): Mention => ({
  type,
  text,
  span: [start, start + text.length],
  tok: [start, start + 1],
  ...extra,
});

/** A document of plain words for the constructed mentions' token positions (describes nothing). */
const DOC = analyzeText(Array(120).fill('word').join(' '));

describe('one type per name', () => {
  it('gives the minority mentions the majority type', () => {
    const out = oneTypePerName(DOC, [
      at('Lakers', 0, 'ORG'),
      at('Lakers', 20, 'NORP'),
      at('Lakers', 40, 'ORG'),
      at('LAKERS', 60, 'PERSON'),
      at('Lakers', 80, 'ORG'),
    ]);
    expect(out.map((m) => m.type)).toEqual(['ORG', 'ORG', 'ORG', 'ORG', 'ORG']);
  });

  it('leaves a tie as it is, and a weak vote does not outweigh a strong one', () => {
    expect(oneTypePerName(DOC, [at('Sunnyside', 0, 'GPE'), at('Sunnyside', 20, 'ORG')]).map((m) => m.type)).toEqual([
      'GPE',
      'ORG',
    ]);
    const weak = oneTypePerName(DOC, [at('Varo', 0, 'PERSON', { weak: true }), at('Varo', 20, 'ORG')]);
    expect(weak.map((m) => m.type)).toEqual(['ORG', 'ORG']);
  });

  it('neither counts nor changes a name nested in a longer one', () => {
    const out = oneTypePerName(DOC, [
      at('Tulsa Police Department', 0, 'ORG'),
      at('Tulsa', 0, 'GPE'),
      at('Tulsa', 40, 'ORG'),
      at('Tulsa', 60, 'ORG'),
    ]);
    expect(out.map((m) => m.type)).toEqual(['ORG', 'GPE', 'ORG', 'ORG']);
  });

  it('makes one entity of a company the tagger typed two ways on one page', () => {
    const doc = analyzeText(
      'Prosecutors are looking into Burisma, the gas company. Hunter Biden sat on the board of Burisma. ' +
        'Volker said meeting with Giuliani was about Burisma. Burisma denied wrongdoing.',
    );
    const named = doc.entities.filter((e) => surfaces(doc, e).includes('Burisma'));
    expect(named).toHaveLength(1);
    expect(named[0].mentions).toHaveLength(4);
  });

  it('makes a name the article describes as an organisation ORG throughout', () => {
    const doc = analyzeText(
      'Ivan served as the CEO of Hipcricket, a mobile marketing company which innovated mobile messaging. ' +
        'Hipcricket grew fast. Marco Villa, the company’s chief operating officer, said sales would grow.',
    );
    const hipcricket = doc.entities.filter((e) => surfaces(doc, e).includes('Hipcricket'));
    expect(hipcricket.map((e) => e.type)).toEqual(['ORG']);
    expect(hipcricket[0].mentions).toHaveLength(2);
    // An apposition whose last noun is a person's role describes a person.
    expect(doc.entities.find((e) => e.name === 'Marco Villa')?.type).toBe('PERSON');
  });
});
