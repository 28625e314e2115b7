// An acronym spelled out in lower-case words abbreviates a common noun: no organisation.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('acronyms of common nouns', () => {
  it('types no acronym the text spells out in lower case as an organisation', () => {
    const bed = analyzeText('Binge eating disorder (BED) is common. Patients with BED need help.');
    expect(byName(bed, 'BED')).toBeUndefined();
    const hvac = analyzeText(
      'The firm fixes heating, ventilation and air conditioning (HVAC) systems. Its HVAC staff grew.',
    );
    expect(byName(hvac, 'HVAC')).toBeUndefined();
  });

  it('keeps acronyms of names', () => {
    const doc = analyzeText('The Food and Drug Administration (FDA) approved the drug. The FDA said so on Monday.');
    expect(byName(doc, 'FDA')?.type).toBe('ORG');
  });
});
