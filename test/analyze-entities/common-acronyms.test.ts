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

describe('acronyms of common nouns in general usage (WordNet)', () => {
  it('types no common acronym written alone as an organisation', () => {
    const doc = analyzeText(
      'The SUV has a faster CPU and a GPS unit. Economists expect GDP to grow after the IPO, and the DNA test was late.',
    );
    for (const name of ['SUV', 'CPU', 'GPS', 'GDP', 'IPO', 'DNA']) expect(byName(doc, name)).toBeUndefined();
  });

  it('keeps an acronym the document quotes as a source, and names of bodies', () => {
    const afp = analyzeText('The outbreak is under control, according to AFP. Officials in Beijing agreed.');
    expect(byName(afp, 'AFP')?.type).toBe('ORG');
    const fbi = analyzeText('The FBI arrested him on Monday, and NASA delayed the launch.');
    expect(byName(fbi, 'FBI')?.type).toBe('ORG');
    expect(byName(fbi, 'NASA')?.type).toBe('ORG');
  });
});
