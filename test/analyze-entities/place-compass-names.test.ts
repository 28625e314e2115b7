// A place followed in its name by a compass point ("Kowloon West", a police district of Hong
// Kong; "Dublin West", a constituency) names a part of that place: the place mention is the whole
// name, not its first word alone. Compass points: libpostal's English directionals. Sentences of
// my own.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const typed = (text: string) => analyzeText(text).entities.map((e) => `${e.name} (${e.type})`);

describe('a place and a compass point after it', () => {
  it('reads the district whole', () => {
    const found = typed('The police commander of Kowloon West district said that more arrests were likely.');
    expect(found).toContain('Kowloon West (GPE)');
    expect(found).not.toContain('Kowloon (GPE)');
  });

  it('keeps names the gazetteer knows and a compass point with more words after it', () => {
    expect(typed('She grew up in West Virginia and moved to Ohio.')).toContain('West Virginia (GPE)');
    expect(typed('They met in Belfast on Tuesday.')).toContain('Belfast (GPE)');
  });
});
