// The tagger may start a person inside the "of" phrase of a title: "US Secretary [of State Mike
// Pompeo]", "Head [of Research] at ICICI Securities". The name is what follows the title's words.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const names = (text: string) => analyzeText(text).entities.map((e) => `${e.name} (${e.type})`);

describe("a person the tagger starts in a title's of-phrase", () => {
  it('is the name after the title', () => {
    const found = names('The Arab League condemned the move announced on Monday by US Secretary of State Mike Pompeo.');
    expect(found).toContain('Mike Pompeo (PERSON)');
    expect(found.some((n) => n.startsWith('of '))).toBe(false);
  });

  it('is no person where only the title is left', () => {
    const found = names('Pankaj Pandey, Head of Research at ICICI Securities, pointed out that the market fell.');
    expect(found).toContain('Pankaj Pandey (PERSON)');
    expect(found.filter((n) => n.endsWith('(PERSON)'))).toEqual(['Pankaj Pandey (PERSON)']);
  });
});
