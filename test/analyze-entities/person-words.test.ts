// One entity for one thing: a lone word of a person named in full earlier in the document is that
// person, whatever the tagger read it as ("Hamilton" after "Ian Hamilton" was placed in Ohio;
// "Kuzma" after "Kyle Kuzma" too), unless its sentence places it.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const names = (text: string) => analyzeText(text).entities.map((e) => `${e.name} (${e.type}) x${e.mentions.length}`);

describe('a lone word of a person named in full earlier', () => {
  it('is that person, not a town that shares the name', () => {
    const found = names(
      'Ian Hamilton, an expert in drug use at the University of York, told reporters the risk was real. "People should be careful," Hamilton argued. Hamilton urged people to be cautious.',
    );
    expect(found).toContain('Ian Hamilton (PERSON) x3');
    expect(found.some((n) => n.startsWith('Hamilton'))).toBe(false);
  });

  it('is that person after a player named in full', () => {
    const found = names(
      'Kyle Kuzma left the court in the second quarter with an eye abrasion after a rookie hit him with an elbow. Kuzma returned to the bench in the second half.',
    );
    expect(found).toContain('Kyle Kuzma (PERSON) x2');
  });

  it('is that person after a given name no list knows, neither a word nor a place', () => {
    const found = names(
      'The newest presidential hopeful, Deval Patrick, would be stopping by. When Patrick walked into the back of the room, the women turned around. "We are frayed," Patrick said.',
    );
    expect(found).toContain('Deval Patrick (PERSON) x3');
    expect(found.some((n) => n.startsWith('Patrick ('))).toBe(false);
  });

  it('stays a place where its sentence places it', () => {
    const found = names(
      'Ian Hamilton, an expert at the University of York, spoke on Monday. The next meeting will be held in Hamilton, Ontario.',
    );
    expect(found).toContain('Ian Hamilton (PERSON) x1');
    expect(found.some((n) => n.startsWith('Hamilton (GPE)'))).toBe(true);
  });
});
