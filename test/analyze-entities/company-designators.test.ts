// Companies named with their legal form ("Siemens AG", "Petroleo Brasileiro S.A."), told by the
// designators of faker's legal-entity-type lists (models/company-designators.txt).
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('names ending in a company designator', () => {
  it('types a run the tagger passed over as an organisation', () => {
    const doc = analyzeText('Shares of Siemens AG rose 3% in Frankfurt, while Deutsche Telekom AG fell.');
    expect(byName(doc, 'Siemens AG')?.type).toBe('ORG');
    expect(byName(doc, 'Deutsche Telekom AG')?.type).toBe('ORG');
    expect(byName(doc, 'Frankfurt')?.type).toBe('GPE');
  });

  it('types a name the tagger read as a person as an organisation', () => {
    const doc = analyzeText('Petroleo Brasileiro S.A. reported a loss for the quarter on Thursday.');
    expect(byName(doc, 'Petroleo Brasileiro S.A.')?.type).toBe('ORG');
    expect(doc.entities.some((e) => e.type === 'PERSON')).toBe(false);
  });

  it("leaves a state before an attorney general's abbreviation a place", () => {
    const doc = analyzeText('The suit was filed by Texas AG Ken Paxton on Monday.');
    expect(byName(doc, 'Texas')?.type).toBe('GPE');
    expect(doc.entities.some((e) => e.type === 'ORG')).toBe(false);
  });
});
