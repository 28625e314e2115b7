// A person's name split by wink's tags (issue 13): a surname that is also an English verb
// ("Winning", "Manning") is tagged a verb, and the tagger's span stops at the given name; a
// person's full name after "the" and before a common noun ("the X Y era") stays a person. My own
// sentences with invented names, each paired with one where the rule must not fire.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const typed = (text: string) => analyzeText(text, undefined, 'en').entities.map((e) => `${e.name} (${e.type})`);

describe('a given name before a capitalised word wink tags as a verb (given-name-verbs.ts)', () => {
  it('is one person, mid-sentence and at a sentence start', () => {
    expect(typed('Supporters praised Alice Winning after the final on Sunday.')).toContain('Alice Winning (PERSON)');
    expect(typed('Alice Winning scored twice in the second half on Sunday.')).toContain('Alice Winning (PERSON)');
  });

  it('leaves a verb that takes an object, a law’s head, and a headline in title case', () => {
    const led = typed('Jordan Leading the charge, the young team pressed forward all afternoon.');
    expect(led.some((e) => e.startsWith('Jordan Leading'))).toBe(false);
    const law = typed('Critics cited the Logan Act and the budget rules in the debate.');
    expect(law.some((e) => e.startsWith('Logan') && e.endsWith('(PERSON)'))).toBe(false);
    const headline = typed('Alice Wins Award For Best Debut');
    expect(headline.some((e) => e.startsWith('Alice Wins'))).toBe(false);
  });
});

describe('a person’s full name after "the" and before a common noun (tagged.ts)', () => {
  it('stays a person', () => {
    expect(typed('Reporters asked about the Marcus Reading era at the club.')).toContain('Marcus Reading (PERSON)');
  });

  it('leaves a firm named with a common noun’s plural, and a name with no given name', () => {
    expect(typed('He thanked the Harlan Brothers staff for the meal.')).toContain('Harlan Brothers (ORG)');
    expect(typed('Reporters asked about the Harrowgate Partners era at the club.')).not.toContain(
      'Harrowgate Partners (PERSON)',
    );
  });
});
