// A name ending in a company's or a building's head word is no person and no town, whatever the
// tagger read in its first words ("Broadhead Co." as a person, "PPL Center" as a town).
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('head words over the tagger', () => {
  it('types companies ORG and sponsor-named arenas FAC', () => {
    const doc = analyzeText(
      'The band plays the PPL Center in Allentown on June 26 and the Xfinity Center in Mansfield a week ' +
        'later. The ad agency Broadhead Co. came up with the campaign.',
    );
    expect(byName(doc, 'PPL Center')?.type).toBe('FAC');
    expect(byName(doc, 'Xfinity Center')?.type).toBe('FAC');
    expect(byName(doc, 'Broadhead Co.')?.type).toBe('ORG');
    expect(byName(doc, 'Allentown')?.type).toBe('GPE');
  });

  it('types a forum ORG even when its first words name a region', () => {
    const doc = analyzeText(
      'Nadia Osei, an analyst at the West African Trade Forum, said the port would reopen in March.',
    );
    expect(byName(doc, 'West African Trade Forum')?.type).toBe('ORG');
  });

  it("keeps places whose last word is also an institution's head", () => {
    const doc = analyzeText('Israel has occupied the West Bank since 1967, settlers said in Hebron.');
    expect(byName(doc, 'West Bank')?.type).toBe('GPE');
  });
});
