// Events: kinds of miss found in session 28 (issue 15, recall), on sentences written for the test,
// none from data/events or the audited pages.
import { describe, expect, it } from 'vitest';
import { recordFrom, eventOfType } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const types = (text: string) => analysed(text).events.map((e) => e.type);

describe('session 28 recall kinds', () => {
  it('reads the present-tense "-s" verb of a headline with no other verb as a verb', () => {
    expect(eventOfType(analysed('Uzbek court jails two bloggers for three years'), 'COERCE').modality).toBe('asserted');
    // With a verb elsewhere in the line the "-s" word is a noun of a compound, as the tagger says.
    expect(types('Court jails budget was cut again')).not.toContain('COERCE');
  });

  it('reads a verb of concluding with an accord as its object as an agreement (WordNet settle, finalize)', () => {
    expect(types('Ghana and Togo clinched a border accord in Lomé on Friday.')).toContain('AGREE');
    expect(types('The two governments finalised a fishing deal on Tuesday.')).toContain('AGREE');
    // Without an accord the verb is no agreement.
    expect(types('The two governments finalised the budget on Tuesday.')).not.toContain('AGREE');
  });

  it('keeps a reduced relative with its own adjunct inside a request as a past event ("the journalists detained in March")', () => {
    const r = analysed('The envoy urged Algeria to free the students detained in April.');
    expect(eventOfType(r, 'COERCE').modality).toBe('asserted');
    // A participle with no adjunct of its own stays in what is asked ("to have the students released").
    expect(types('The envoy urged Algeria to have the students released.')).not.toContain('CONCEDE');
  });

  it('reads "likely" or "expected" after an event noun and its prepositional phrase as possible', () => {
    const r = analysed('A meeting of the Nordic defence ministers is expected in Oslo next month.');
    expect(eventOfType(r, 'CONSULT').modality).toBe('possible');
    // A "likely" in a later clause is not the noun's.
    const held = analysed('Talks between the two parties were held in Accra, and an accord is likely.');
    expect(eventOfType(held, 'CONSULT').modality).toBe('asserted');
  });

  it('reads the predicate of an event noun past a phrase with a possessive ("a meeting of their ministers is pencilled in")', () => {
    const r = analysed('A meeting of their trade ministers in Lisbon is pencilled in for the autumn.');
    expect(eventOfType(r, 'CONSULT').modality).toBe('future');
  });
});
