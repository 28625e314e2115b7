// Precision on ordinary prose: capitalised common plurals, rivers after "the", capitalised datelines.
import { describe, expect, it } from 'vitest';
import { isCommonPlural } from '../../src/analyze/components/entities/common-nouns.js';
import { analyzeText, byName } from './helpers.js';

describe('entity precision', () => {
  it('tells plural common nouns from names and group names', () => {
    for (const w of ['Traders', 'Officials', 'Farmers', 'Critics', 'Dockworkers'])
      expect(isCommonPlural(w), w).toBe(true);
    for (const w of ['Jones', 'Reuters', 'Islamists', 'Pushtuns', 'Baltics', 'Williams'])
      expect(isCommonPlural(w), w).toBe(false);
  });

  it('does not type sentence-initial plural common nouns as groups or people', () => {
    const doc = analyzeText(
      'Dockworkers at the largest port in the country voted on Monday to walk out. Traders look north.\n' +
        'Officials said the strike would last a week. Critics argue the union overreached. Farmers said exports would suffer.',
    );
    for (const w of ['Dockworkers', 'Traders', 'Officials', 'Critics', 'Farmers'])
      expect(byName(doc, w), w).toBeUndefined();
  });

  it('keeps political and religious groups and sentence-initial surnames', () => {
    const doc = analyzeText(
      'Islamists attacked a checkpoint near the border overnight. Democrats said the vote was rigged.\n' +
        'Maria Jones runs the cooperative. Jones said the harvest was poor.',
    );
    expect(byName(doc, 'Islamists')?.type).toBe('NORP');
    expect(byName(doc, 'Democrats')?.type).toBe('NORP');
    expect(byName(doc, 'Maria Jones')?.type).toBe('PERSON');
  });

  it('takes no job title written in capitals for an organisation', () => {
    const doc = analyzeText('The CEO said the company would cut prices. NATO said it was watching.');
    expect(byName(doc, 'CEO')).toBeUndefined();
    expect(byName(doc, 'NATO')?.type).toBe('ORG');
  });

  it('keeps the lower-case syllable of a hyphenated given name, not a verb after a hyphen', () => {
    const doc = analyzeText('Cheuk Hau-yip said the plan was sound. A Kim-led group met on Monday.');
    expect(byName(doc, 'Cheuk Hau-yip')?.type).toBe('PERSON');
    expect(byName(doc, 'Kim-led')).toBeUndefined();
  });

  it('types a river after "the" as a place when a feature word is beside it, an institution otherwise', () => {
    const doc = analyzeText(
      'Exporters diverted cargoes to the Danube ports, where fees hit a record. ' +
        'A bridge over the Panj reopened on Saturday. The grain board met in the capital, and the Kremlin said it would respond.',
    );
    expect(byName(doc, 'Danube')?.type).toBe('LOC');
    expect(byName(doc, 'Panj')?.type).toBe('LOC');
    expect(byName(doc, 'Kremlin')?.type).toBe('ORG');
  });

  it('reads a town written in capitals at the start of a dateline as a place', () => {
    const doc = analyzeText(
      'DJIBO, Burkina Faso, May 18 — A convoy of lorries reached the besieged town on Thursday. NATO said it was watching.',
    );
    expect(byName(doc, 'DJIBO')?.type).toBe('GPE');
    expect(byName(doc, 'NATO')?.type).toBe('ORG');
  });
});

describe('region adjectives', () => {
  it('types the adjective of a continent as NORP, not as an institution', () => {
    const doc = analyzeText(
      'The pipeline will carry gas under the sea and on to the European grid. The European Union will pay for part of it.',
    );
    expect(byName(doc, 'European')?.type).toBe('NORP');
    expect(byName(doc, 'European Union')?.type).toBe('ORG');
  });
});

describe('group names', () => {
  it('types ethnic and religious group names and hyphened demonyms as NORP', () => {
    const doc = analyzeText(
      'Turnout among African-Americans rose, pollsters found. The Hispanic vote split, and Catholic voters stayed home.',
    );
    expect(byName(doc, 'African-Americans')?.type).toBe('NORP');
    expect(byName(doc, 'Hispanic')?.type).toBe('NORP');
    expect(byName(doc, 'Catholic')?.type).toBe('NORP');
  });
});

describe('first names and pronouns', () => {
  it('keeps a first name that is also a region name inside the person, and drops "I’m" and "People"', () => {
    const doc = analyzeText(
      'Voters rated Paul Ryan more favorably. “People say it does not matter,” she said. And I’m saying it does.',
    );
    expect(byName(doc, 'Paul Ryan')?.type).toBe('PERSON');
    expect(byName(doc, 'Paul')).toBeUndefined();
    expect(byName(doc, 'People')).toBeUndefined();
    expect(byName(doc, 'I’m')).toBeUndefined();
  });

  it('still reads a region name ending in a direction word as a place, not a person', () => {
    const doc = analyzeText('Aid workers said fighting had spread across Kasai Occidental since March.');
    expect(byName(doc, 'Kasai')?.type).toBe('GPE');
    expect(doc.entities.some((e) => e.type === 'PERSON')).toBe(false);
  });
});

describe('datelines', () => {
  it('reads a capitalised town the gazetteer lacks as a place when it is the dateline place', () => {
    const doc = analyzeText('KHOROG, Dec. 26 – The bridge over the river reopened to traders on Saturday.', 'Khorog');
    expect(byName(doc, 'KHOROG')?.type).toBe('GPE');
  });
});
