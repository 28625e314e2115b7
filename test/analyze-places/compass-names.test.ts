// A capitalised compass word before a name the gazetteer lacks makes another place of it: the
// part after the compass word ("West Midlands" -> "Midlands") is read only in a country the
// rest of the article vouches for.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from '../analyze-entities/helpers.js';

describe('compass-qualified names the gazetteer lacks', () => {
  it('does not send a region of England to a namesake abroad', () => {
    const doc = analyzeText(
      'Four people in England have died after contracting the virus. The number of people killed in the West Midlands has risen to 19.',
    );
    expect(byName(doc, 'England')?.geo?.country).toBe('GB');
    expect(byName(doc, 'West Midlands')?.geo?.country).not.toBe('ZW');
  });

  it('reads the part when the article is about its country', () => {
    const doc = analyzeText(
      'Health officials in the Democratic Republic of the Congo said the outbreak in Western Kasai had killed 20 people.',
    );
    expect(byName(doc, 'Western Kasai')?.geo?.country).toBe('CD');
  });
});
