// Events: kinds of invented event taken up in session 31 (issue 15, audit round 21), on sentences
// written for the test, none from data/events or the audited pages.
import { describe, expect, it } from 'vitest';
import { eventsOfType, recordFrom } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const types = (text: string) => analysed(text).events.map((e) => e.type);

describe('session 31 invented-event kinds', () => {
  it('takes forces before an active verb with an object of its own as its subject, not what it sends', () => {
    expect(
      types('The new station for the police should send a clear signal to the town, the mayor said.'),
    ).not.toContain('MOBILIZE');
    expect(types('The soldiers moved the crates to the depot.')).not.toContain('MOBILIZE');
    // Forces sent, moved or dispatched stay a deployment, passive or in a relative clause.
    expect(types('More troops were sent to the border on Monday.')).toContain('MOBILIZE');
    expect(types('The troops the government sent last week reached Gao.')).toContain('MOBILIZE');
    expect(types('The army sent two battalions to the border.')).toContain('MOBILIZE');
  });

  it('reads an attributive "alleged" as a hedge on its noun, not an act of accusing', () => {
    expect(types('He was questioned about his alleged role in the scheme.')).not.toContain('ACCUSE');
    expect(types("She described the banker's alleged trafficking ring to the court.")).not.toContain('ACCUSE');
    // The alleged act is told as possible; a verb of alleging, or a charge, still accuses.
    expect(types('The officers were questioned over alleged assaults on detainees.')).toContain('ASSAULT');
    expect(types('Lima alleged that activists had smuggled money to the groups.')).toContain('ACCUSE');
    expect(types('Prosecutors charged him with fraud over alleged bribes.')).toContain('ACCUSE');
  });

  it('finds no meeting in a coordinated hyphenated compound ("a meet-and-greet hour")', () => {
    expect(types('The evening opens with a VIP meet-and-greet hour with the minister.')).not.toContain('CONSULT');
    expect(types('The minister will meet the envoy on Monday.')).toContain('CONSULT');
  });

  it('reads what a noun of possibility or uncertainty takes through "of" and a gerund as possible, not denied', () => {
    const modalities = (text: string) => eventsOfType(analysed(text), 'SANCTION').map((e) => e.modality);
    expect(modalities('Firms want less of the uncertainty of not raising new tariffs on steel.')).toEqual(['possible']);
    expect(modalities('The ministers weighed the risk of imposing new sanctions on Iran.')).toEqual(['possible']);
    // A denial with no such noun stays a denial.
    expect(modalities('The ministers agreed on not imposing new sanctions on Iran.')).toEqual(['negated']);
  });

  it('reads no act in what a polled share of people wants done ("44 percent want the House to impeach")', () => {
    expect(
      types('Some 44 percent of Americans say they want the House to impeach the president, a poll shows.'),
    ).not.toContain('ACCUSE');
    expect(types('Most voters want the House to impeach and the Senate to convict, a poll says.')).toEqual([]);
    expect(types('Most voters want new sanctions on Iran, a survey found.')).not.toContain('SANCTION');
    // A government that wants an act still has it told, as planned.
    expect(types('The government wants the army to withdraw from the border.')).toContain('RETREAT');
  });
});
