// Issue 13: an acronym a document introduces in parentheses after an organisation's name is that
// organisation in all its mentions (organisation-acronyms.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const typesOf = (text: string, surface: string) => {
  const doc = analyzeText(text);
  return doc.entities.flatMap((e) => e.mentions.filter(([s, t]) => doc.text.slice(s, t) === surface).map(() => e.type));
};

describe('acronyms introduced after an organisation', () => {
  it('types a bare acronym the tagger passed over as the organisation it abbreviates', () => {
    const text =
      'The World Health Organisation (WHO) recommends that every country should iodise salt. WHO say iodine deficiency is common.';
    expect(typesOf(text, 'WHO')).toEqual(['ORG', 'ORG']);
  });

  it('reads a dotted acronym and its later mentions', () => {
    const text =
      'The Undergraduate Student Government (U.S.G.) backed the wiki. A resolution of U.S.G. followed in March.';
    expect(typesOf(text, 'U.S.G.')).toEqual(['ORG', 'ORG']);
  });

  it('adds nothing for a pronoun in lower case or a sentence in capitals', () => {
    const text =
      'The World Health Organisation (WHO) recommends iodised salt. The nurse who came agreed.\n\nWHO IS TO BLAME FOR THIS';
    const doc = analyzeText(text);
    const at = text.lastIndexOf('WHO');
    expect(doc.entities.some((e) => e.mentions.some(([s]) => s === at))).toBe(false);
    expect(typesOf(text, 'who')).toEqual([]);
  });

  it('gives nothing for letters that do not spell the name, or after a person', () => {
    const placed = 'The Tariff Board (TX) met in Austin. We then drove to Dallas, TX, on Monday.';
    expect(typesOf(placed, 'TX')).not.toContain('ORG');
    const person = 'Abraham Lincoln (AL) spoke. AL was tired.';
    expect(typesOf(person, 'AL')).not.toContain('ORG');
    expect(typesOf(person, 'Abraham Lincoln')).toEqual(['PERSON']);
  });
});
