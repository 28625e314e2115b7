// Entities audit round 38 (issue 13): kinds judged wrong in the draw, on sentences of my own, each
// with a paired sentence where the rule must not fire.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const typed = (text: string) => analyzeText(text, undefined, 'en').entities.map((e) => `${e.name} (${e.type})`);
const names = (text: string) => typed(text).map((e) => e.slice(0, e.lastIndexOf(' (')));

describe('an organisation’s name with the subjects it deals with (institution-tails.ts)', () => {
  it('runs on over a list of subjects and over "for the ... of ... to ..."', () => {
    expect(typed('A researcher at the Institute for Energy, Climate and Water said the plan would fail.')).toContain(
      'Institute for Energy, Climate and Water (ORG)',
    );
    expect(typed('The Committee on Finance, Trade and Industry met on Tuesday.')).toContain(
      'Committee on Finance, Trade and Industry (ORG)',
    );
    expect(typed('She was the patron of the National Society for the Prevention of Cruelty to Children.')).toContain(
      'National Society for the Prevention of Cruelty to Children (ORG)',
    );
  });

  it('leaves a list holding a name, a weekday, and a second body after "and"', () => {
    expect(names('A researcher at the Institute for Energy, Reuters and Bloomberg reported the deal.')).toContain(
      'Institute for Energy',
    );
    expect(names('The Council on Monday approved the budget for the new port.')).not.toContain('Council on Monday');
    const two = names('She wrote to the Bureau of Tourism and Office of Cultural Affairs, and waited.');
    expect(two).not.toContain('Bureau of Tourism and Office');
    expect(two.some((n) => n.startsWith('Bureau of Tourism and'))).toBe(false);
  });

  it('leaves a place after "on" and a tail going on into capitals it cannot read', () => {
    expect(names('The debate was held at Hofstra University on Long Island last night.')).toContain(
      'Hofstra University',
    );
    expect(names('A panel of the U.S. Court of Appeals for the District of Columbia ruled on Friday.')).not.toContain(
      'U.S. Court of Appeals for the District',
    );
  });
});

describe('a given name that is also a country or a state before a town’s name (tagged.ts)', () => {
  it('is a person: a town is written before its state, not after it', () => {
    expect(typed('Georgia Baker won the race, and her sister came second.')).toContain('Georgia Baker (PERSON)');
  });

  it('leaves a town inside the first word’s place, and a name the gazetteer knows whole', () => {
    const pair = typed('Flights to Georgia Atlanta were cancelled.');
    expect(pair).toContain('Georgia (GPE)');
    expect(pair).toContain('Atlanta (GPE)');
    expect(typed('He moved from Virginia Beach to Georgia last year.')).toContain('Virginia Beach (GPE)');
  });
});

describe('a name right after a possessive determiner (possessed-names.ts)', () => {
  it('is something owned or used, no person, in every mention of the name', () => {
    const text = 'Search for the show in your Alexa’s briefing settings, or ask Alexa to play it.';
    expect(names(text)).not.toContain('Alexa');
    expect(names('Apple is adding features, whether its Siri shortcuts or handoffs, to every device.')).not.toContain(
      'Siri',
    );
  });

  it('keeps a full name, a given name after "their", and a name after "her"', () => {
    expect(typed('Fans called the pair my John Smith and my Jane Doe.')).toContain('John Smith (PERSON)');
    expect(typed('Carla Ruiz said their Mark would start at school next week.')).toContain('Mark (PERSON)');
    expect(typed('He told her Maria had left the office early.')).toContain('Maria (PERSON)');
  });

  it('keeps a person named in full elsewhere, whose surname is a modifier after "their"', () => {
    const text = 'Donald Trump spoke in Ohio on Monday. Crowds filled its Trump rallies. Trump said he would return.';
    const trump = analyzeText(text, undefined, 'en').entities.find((e) => e.name === 'Donald Trump');
    expect(trump?.mentions.length).toBe(3);
  });

  it('drops only the mention itself after "his", "my", "our" or "their"', () => {
    const text = 'Supporters of Lopez marched on Sunday. Critics attacked his Lopez-era budget rules.';
    expect(typed(text)).toContain('Lopez (PERSON)');
  });
});
