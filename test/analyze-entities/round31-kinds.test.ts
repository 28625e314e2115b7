// Entities audit round 31 (issue 13): two kinds of error the audits keep finding, each on
// sentences of my own, with a paired sentence where the rule must not fire.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const typed = (text: string) => analyzeText(text).entities.map((e) => `${e.name} (${e.type})`);

describe('a hyphenated given name the tagger cut before the surname', () => {
  it('reads the person whole', () => {
    const found = typed('In the doubles, Marco Brandt and Jean-Julien Rojer lost 6-4, 7-6 on Sunday.');
    expect(found).toContain('Jean-Julien Rojer (PERSON)');
    expect(found).not.toContain('Jean-Julien (PERSON)');
  });

  it('leaves a name that goes on into a longer one, and a person already whole', () => {
    expect(typed('The grant came from the Jean-Julien Rojer Foundation last year.')).not.toContain(
      'Jean-Julien Rojer (PERSON)',
    );
    expect(typed('The speech by Jean-Claude Juncker was short.')).toContain('Jean-Claude Juncker (PERSON)');
  });
});

describe('an organisation named before a role noun and a person', () => {
  it('is an organisation, not a person', () => {
    const found = typed('Wells Fargo analyst Zachary Fadem points out a couple of reasons for calm.');
    expect(found).toContain('Wells Fargo (ORG)');
    expect(found).toContain('Zachary Fadem (PERSON)');
    expect(found).not.toContain('Wells Fargo (PERSON)');
  });

  it('keeps a person named in full before a role noun, and a person alone', () => {
    expect(typed('Joe Biden adviser Ron Klain spoke to reporters on Monday. Biden stayed in Delaware.')).toContain(
      'Joe Biden (PERSON)',
    );
    expect(typed('Wells Fargo said the figures were weak.')).not.toContain('Wells Fargo (ORG)');
  });
});

describe('a name WordNet knows only as an act (a programme, a rite, a battle)', () => {
  it('is no person and no organisation', () => {
    const found = typed('More people signed up this year. Medicaid was a key issue in the race for governor.');
    expect(found.filter((e) => e.startsWith('Medicaid'))).toEqual([]);
  });

  it('keeps a name with another sense, and a place the gazetteer knows', () => {
    expect(typed('Google was a key issue in the race for governor.')).toContain('Google (ORG)');
    expect(typed('She grew up in Ravenna and studied in Bologna.')).toContain('Ravenna (GPE)');
  });
});
