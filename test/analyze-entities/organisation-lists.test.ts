// A one-word name the tagger read as a person, listed among organisations only ("the team includes
// Draper, Lockheed Martin and Northrop Grumman"), is one of them: an organisation. A person in
// such a list is named with a given name or in full elsewhere in the story. Sentences of my own.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const typed = (text: string) => analyzeText(text).entities.map((e) => `${e.name} (${e.type})`);

describe('one-word names in a list of organisations', () => {
  it('reads a surname-like word listed among companies as a company', () => {
    const found = typed('The bid team led by Boeing includes Draper, Lockheed Martin and Northrop Grumman.');
    expect(found).toContain('Draper (ORG)');
    expect(found).toContain('Lockheed Martin (ORG)');
  });

  it('keeps people listed with organisations when the story names them in full', () => {
    const found = typed('Jane Goodall spoke first. Awards went to Goodall, the World Wildlife Fund and the Red Cross.');
    expect(found).toContain('Jane Goodall (PERSON)');
    expect(found).not.toContain('Goodall (ORG)');
  });

  it('keeps a list of people', () => {
    const found = typed('The panel heard from Draper, Smith and Jones on Monday.');
    expect(found).not.toContain('Draper (ORG)');
  });
});
