// Events: modality under negation and coordination (issue 15, h381), on sentences written for
// the test, none from data/events.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/record/types.js';
import { recordFrom } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const kinds = (text: string): string[] =>
  analysed(text)
    .events.filter((e: Event) => !e.background)
    .map((e: Event) => `${e.type} ${e.modality} ${e.trigger.text}`);

describe('a refused recognition (PLOVER REJECT: "all rejections and refusals")', () => {
  it('reads a refusal stated with "will"/"would" as a rejection, told as said', () => {
    expect(kinds('Georgia would never recognise the government formed in Sukhumi.')).toContain(
      'REJECT asserted recognise',
    );
    expect(kinds('Georgia will not recognise the independence of Abkhazia.')).toContain('REJECT asserted recognise');
  });

  it('keeps a support that did not happen a negated SUPPORT (no refusal is stated)', () => {
    expect(kinds('Brazil did not endorse the annexation of Crimea.')).toEqual(['SUPPORT negated endorse']);
    expect(kinds('Brazil has not recognised the independence of Abkhazia.')).toEqual(['SUPPORT negated recognised']);
  });
});

describe('"any" + an event noun under negation: one list of negation words for modality and the filter', () => {
  it('keeps the event, negated, after "without" or "none" as after "not"', () => {
    expect(kinds('Police left the square without making any arrests.')).toContain('COERCE negated arrests');
    expect(kinds('Of the officers, none made any arrests at the march.')).toContain('COERCE negated arrests');
    expect(kinds('Police had not made any arrests at the march.')).toContain('COERCE negated arrests');
  });

  it('still drops "any" + event noun as the object of a verb no negation governs', () => {
    expect(kinds('The minister will dismiss any criticism of the police.')).toEqual([]);
    expect(kinds('Police will make any arrests the law allows.').filter((k) => k.startsWith('COERCE'))).toEqual([]);
  });
});

describe('a negated auxiliary governs a bare verb coordinated after "and"', () => {
  it('negates the second conjunct a perfect or a modal shares', () => {
    expect(kinds('Rebels had not attacked the post and seized the airport.')).toEqual([
      'ASSAULT negated attacked',
      'ASSAULT negated seized',
    ]);
    expect(kinds('Rebels will not attack the post and seize the airport.')).toEqual([
      'ASSAULT negated attack',
      'ASSAULT negated seize',
    ]);
  });

  it('leaves a verb of its own, a contrast word and an unnegated first conjunct alone', () => {
    // A past form cannot follow "did": its own verb group (h371).
    expect(kinds('Rebels did not attack the post and seized the airport.')).toContain('ASSAULT asserted seized');
    expect(kinds('Rebels had attacked the post and seized the airport.')).toContain('ASSAULT asserted seized');
    expect(kinds('Rebels had not attacked the post, and seized the airport.')).toContain('ASSAULT asserted seized');
    expect(kinds('The rebels had not attacked the town and instead signed a truce with the army.')).toEqual([
      'ASSAULT negated attacked',
      'AGREE asserted signed',
    ]);
  });
});

describe('a negated "carry out" + event noun', () => {
  it('negates the event a negated "carry out" takes, as a negated "launch" does', () => {
    expect(kinds('Rebels did not carry out any attack on the town.')).toEqual(['ASSAULT negated attack']);
    expect(kinds('Rebels did not launch any attack on the town.')).toEqual(['ASSAULT negated attack']);
  });

  it('leaves an asserted "carry out" and a denied part in an event ("did not take part in") alone', () => {
    expect(kinds('Rebels carried out an attack on the town.')).toEqual(['ASSAULT asserted attack']);
    expect(kinds('The minister did not take part in the talks.')).toEqual(['CONSULT asserted talks']);
  });
});

describe('"ready to" and "intends to" (the dev golds\' majority)', () => {
  it('reads an event after "ready to" as possible: a readiness, not yet a plan', () => {
    expect(kinds('The Georgian side is ready to hold talks with Sukhumi in Geneva.')).toEqual([
      'CONSULT possible talks',
    ]);
  });

  it('keeps "intends to" a plan and leaves "ready" without "to" alone', () => {
    expect(kinds('Oslo intends to send two frigates to the Baltic next year.')).toEqual(['MOBILIZE future send']);
    expect(kinds('Troops were ready when rebels attacked the base on Monday.')).toContain('ASSAULT asserted attacked');
  });
});
