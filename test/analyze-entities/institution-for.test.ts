// "<Name> Center for <Field>", "<Name> Institute for <Field> Studies": the "for ..." part belongs
// to the institution's name, however far the tagger read it.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

describe('institutions named "... for ..."', () => {
  it('keeps the whole name of an institution with a "for" part', () => {
    const doc = analyzeText(
      'Mara Pellegrini, a biologist at the Linden Institute for Marine Studies, led the work. The ' +
        'Nordic Center for Disease Control and Prevention said it had traced the outbreak. Funding came ' +
        'from the Haverford Foundation for Rural Education and Literacy.',
    );
    const names = doc.entities.filter((e) => e.type === 'ORG').map((e) => e.name);
    expect(names).toContain('Linden Institute for Marine Studies');
    expect(names).toContain('Nordic Center for Disease Control and Prevention');
    expect(names).toContain('Haverford Foundation for Rural Education and Literacy');
  });

  it('keeps the whole name where the tagger read its first words as a place', () => {
    const doc = analyzeText(
      'The patients were isolated, and the Korean Center for Infectious Disease Research said it had ' +
        'traced their contacts. She later worked at the National Center for Ocean Studies in Norway.',
    );
    const names = doc.entities.filter((e) => e.type === 'ORG').map((e) => e.name);
    expect(names).toContain('Korean Center for Infectious Disease Research');
    expect(names).toContain('National Center for Ocean Studies');
    expect(doc.entities.find((e) => e.name === 'Norway')?.type).toBe('GPE');
  });
});
