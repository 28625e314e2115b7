// Entities audit round 36 (issue 13): kinds judged wrong in the draw, on sentences of my own, each
// with a paired sentence where the rule must not fire.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const typed = (text: string) => analyzeText(text, undefined, 'en').entities.map((e) => `${e.name} (${e.type})`);

describe('a name right after a noun for a company as a class (models/corporate-cues.txt, "firm")', () => {
  it('is the company, an organisation, with no determiner before the class', () => {
    const text =
      'Prices rose again in March. Global financial firm JP Morgan had called the court ruling a turning point for lenders.';
    expect(typed(text)).toContain('JP Morgan (ORG)');
  });

  it('leaves a person after a role noun, or after a class noun that is a person too', () => {
    const role = 'Prices rose again in March. Company founder Jonathan Harlow had called the ruling a turning point.';
    expect(typed(role)).toContain('Jonathan Harlow (PERSON)');
    const publisher = 'Prices rose again in March. Newspaper publisher Jonathan Harlow had called it a turning point.';
    expect(typed(publisher)).toContain('Jonathan Harlow (PERSON)');
  });
});
