// Events: kinds taken up in session 37 (issue 15: dev6's kinds of miss, dev6 written blind in
// data/events/passages-10.txt), on sentences written for the test, none from data/events or the
// audited pages.
import { describe, expect, it } from 'vitest';
import { recordFrom } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const typed = (text: string) => analysed(text).events.map((e) => `${e.type}:${e.modality}`);

describe('session 37: an irregular past verb the tagger reads as a noun', () => {
  // The tagger reads "shot" after a sentence-opening plural as a noun ("Gunmen shot a ..."); WordNet's
  // verb exceptions (as wink-eng-lite-web-model ships them) say it is the past of "shoot".
  it('reads a clause verb between its subject and its object as the verb', () => {
    expect(typed('Gunmen shot a village headman near the market on Sunday.')).toContain('ASSAULT:asserted');
    expect(typed('Gunmen shot dead two farmers near the market on Sunday.')).toContain('ASSAULT:asserted');
  });

  it('leaves the noun alone where no subject comes before it', () => {
    expect(typed('Her best shot a year ago was a portrait of the minister.')).toEqual([]);
    expect(typed('Fans cheered the long shot that won the match.')).toEqual([]);
  });
});

describe('session 37: an accord named only to say there is none', () => {
  // WordNet 3.1 puts truce, cease-fire and armistice in one synset ("a state of peace agreed to
  // between opponents") and pact with treaty and accord: "without a truce" is as much a missing
  // agreement as "without an agreement".
  it('reads "left without a truce" and "no armistice" as a negated agreement', () => {
    expect(typed('The envoys left Jeddah without a truce on Sunday.')).toContain('AGREE:negated');
    expect(typed('There was no armistice after the talks in Geneva, the mediators said.')).toContain('AGREE:negated');
    expect(typed('The two delegations went home without a pact on Friday.')).toContain('AGREE:negated');
  });

  it('leaves a truce that is only named, or held, alone', () => {
    expect(typed('The truce held for a third day on Sunday.')).not.toContain('AGREE:negated');
    expect(typed('Life in the town went on without a pause.')).toEqual([]);
  });
});
