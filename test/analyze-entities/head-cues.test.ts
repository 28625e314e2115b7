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

  it('types a centre FAC where a band plays or a game is held, whichever way the tagger read it', () => {
    const doc = analyzeText(
      'The orchestra performed at the Kaseya Center in Miami last week. The next concert at the Climate ' +
        'Pledge Center sold out within an hour, and the band plays the Moody Center in Austin in May.',
    );
    expect(byName(doc, 'Kaseya Center')?.type).toBe('FAC');
    expect(byName(doc, 'Climate Pledge Center')?.type).toBe('FAC');
    expect(byName(doc, 'Moody Center')?.type).toBe('FAC');
  });

  it('keeps centres that are institutions ORG, also beside their town', () => {
    const doc = analyzeText(
      'A survey by the Pew Research Center in Washington found most adults get news online. Amal ' +
        'Haddad, a fellow at the Wilson Center in Washington, said the figures were no surprise. The ' +
        'pianist later joined the Kennedy Center for the Performing Arts as an adviser.',
    );
    expect(byName(doc, 'Pew Research Center')?.type).toBe('ORG');
    expect(byName(doc, 'Wilson Center')?.type).toBe('ORG');
    const kennedy = doc.entities.find((e) => e.name.startsWith('Kennedy Center'));
    expect(kennedy?.type).toBe('ORG');
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
