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
});
