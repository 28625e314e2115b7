// Entities audit round 33 (issue 13): a company the tagger read as a person, with what only a
// company has or does said of it (models/corporate-cues.txt, from WordNet 3.1), on sentences of my
// own, each with a paired sentence where the rule must not fire.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const typed = (text: string) => analyzeText(text).entities.map((e) => `${e.name} (${e.type})`);

describe('a one-word name said to have a company officer or to do what a company does', () => {
  it('is an organisation: a chief executive written without "officer", before or after a possessive', () => {
    expect(typed("On Monday, Brendle's chief executive said sales had doubled.")).toContain('Brendle (ORG)');
    expect(typed('On Monday, Brendle chief executive Tom Harris said sales had doubled.')).toContain('Brendle (ORG)');
  });

  it('is an organisation: a verb WordNet glosses as done by a company', () => {
    expect(typed('Last year, Brendle downsized its research staff.')).toContain('Brendle (ORG)');
  });

  it('stays a person beside what a person has, or a verb anyone does', () => {
    expect(typed("On Monday, Brendle's chief of staff said he had left.")).toContain('Brendle (PERSON)');
    expect(typed("On Monday, Brendle's father said he had left.")).toContain('Brendle (PERSON)');
    expect(typed('Last year, Brendle sized up the research staff.')).toContain('Brendle (PERSON)');
  });

  it("leaves a people's name before stocks", () => {
    expect(typed('Hopes of a trade truce drove European stocks to a four-year high.')).toContain('European (NORP)');
  });

  it('stays a person when the document names that person in full', () => {
    const text = "Tom Brendle founded the shop in 1990. On Monday, Brendle's chief executive said sales had doubled.";
    expect(typed(text)).not.toContain('Brendle (ORG)');
  });
});

describe('a name read as a place, right after a noun for a kind of person', () => {
  it('is that person, with or without a comma between', () => {
    const text = 'The actress was one of the guests invited to an event by media mogul, Debola Lagos.';
    expect(typed(text)).toContain('Debola Lagos (PERSON)');
    expect(typed(text.replace('mogul,', 'mogul'))).toContain('Debola Lagos (PERSON)');
  });

  it('leaves a known place after a noun that is no person, and a place alone', () => {
    expect(typed('The talks were held in the capital, New Delhi, on Monday.')).toContain('New Delhi (GPE)');
    expect(typed('The singer flew home to Lagos on Monday.')).toContain('Lagos (GPE)');
  });
});
