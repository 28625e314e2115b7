// Entities audit round 32 (issue 13): kinds of error the audits keep finding, each on sentences of
// my own, with a paired sentence where the rule must not fire.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const typed = (text: string) => analyzeText(text).entities.map((e) => `${e.name} (${e.type})`);
const mentionsOf = (text: string, name: string) =>
  analyzeText(text)
    .entities.filter((e) => e.name === name)
    .flatMap((e) => e.mentions.map(([a, b]) => text.slice(a, b)));

describe('a place opening the name of a show, a fair, a festival or a contest', () => {
  it('is no mention of the place', () => {
    const text = 'The airline ordered 30 jets at the 15th Dubai Air Show on Monday, officials said.';
    expect(typed(text).filter((e) => e.startsWith('Dubai'))).toEqual([]);
    const fair = 'Thousands of visitors came to the Indiana State Fair on Sunday, organisers said.';
    expect(typed(fair).filter((e) => e.startsWith('Indiana'))).toEqual([]);
  });

  it('keeps a later mention of the place itself', () => {
    const text = 'The airline ordered 30 jets at the 15th Dubai Air Show in Dubai on Monday, officials said.';
    expect(mentionsOf(text, 'Dubai')).toEqual(['Dubai']);
  });

  it('keeps a place alone, and one opening a name whose head is no event', () => {
    expect(typed('She spent the summer in Dubai with her family.')).toContain('Dubai (GPE)');
    expect(typed('Ohio Governor Mike DeWine signed the bill on Friday.')).toContain('Ohio (GPE)');
  });
});

describe('a facility named after someone, its kind in lower case after the name', () => {
  it('is the facility, not a person', () => {
    const text =
      'The president made an unscheduled trip to Walter Reed hospital on Saturday. The visit to Walter Reed was short.';
    expect(typed(text)).toContain('Walter Reed (FAC)');
    expect(typed(text)).not.toContain('Walter Reed (PERSON)');
    expect(typed('The minister paid a visit to the Hoa Lo prison on Tuesday.')).not.toContain('Hoa Lo (PERSON)');
  });

  it('keeps a person the document shows as one', () => {
    const text = 'Walter Reed said the new Walter Reed hospital wing would open in May.';
    expect(typed(text)).toContain('Walter Reed (PERSON)');
    expect(typed('Jane Walsh met Mark Ellison at the hospital on Friday.')).toContain('Mark Ellison (PERSON)');
  });
});

describe('an event the tagger read whole as a person or a place', () => {
  it('is dropped', () => {
    const found = typed('Spain beat Canada on Sunday to win the inaugural Davis Cup Finals in front of a home crowd.');
    expect(found.filter((e) => e.startsWith('Davis Cup'))).toEqual([]);
    expect(found).toContain('Spain (GPE)');
  });

  it('keeps a person whose surname is such a word, and a player of the event', () => {
    expect(typed('Lorenzo Fair scored twice on Sunday.')).toContain('Lorenzo Fair (PERSON)');
    expect(typed('Dwight Davis founded the cup in 1900.')).toContain('Dwight Davis (PERSON)');
  });
});
