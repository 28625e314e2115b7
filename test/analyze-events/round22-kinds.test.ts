// Events: kinds of invented event taken up in session 32 (issue 15, audit round 22), on sentences
// written for the test, none from data/events or the audited pages.
import { describe, expect, it } from 'vitest';
import { recordFrom } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const types = (text: string) => analysed(text).events.map((e) => e.type);

describe('session 32 invented-event kinds', () => {
  it('finds no consultation in a host with no guest (a home game, a show, a service)', () => {
    expect(types('The Thunder will host the Spurs at home on Friday.')).not.toContain('CONSULT');
    expect(types('The comedian hosts the show on Sunday nights.')).not.toContain('CONSULT');
    expect(types('The province hosts several car manufacturers.')).not.toContain('CONSULT');
    // A host of a person, a country, a leader or a meeting consults.
    expect(types("Kazakhstan hosted Russia's defence minister on Monday.")).toContain('CONSULT');
    expect(types('The president will host Xi in Washington next week.')).toContain('CONSULT');
    expect(types('Egypt has offered to host peace talks between the two sides.')).toContain('CONSULT');
    expect(types('Qatar hosted a Taliban delegation in Doha.')).toContain('CONSULT');
    expect(types('The talks hosted by Norway ended on Friday.')).toContain('CONSULT');
  });

  it('finds no consultation in a visit to a structure or a facility ("visited the factory")', () => {
    expect(types('The minister visited the factory on Tuesday.')).not.toContain('CONSULT');
    expect(types("He paid a visit to the city's old prison, now a museum.")).not.toContain('CONSULT');
    // A visit to a country, a capital or a leader is a consultation.
    expect(types('The minister visited France on Tuesday.')).toContain('CONSULT');
    expect(types('The prime minister will visit the capital next week.')).toContain('CONSULT');
    expect(types('During a visit to Belgrade, the chancellor backed the bid.')).toContain('CONSULT');
  });

  it('reads no act in what a polled share of people says should happen, nor in its share of support', () => {
    expect(
      types('Fifty-one percent say that the mayor acted wrongly and he should be impeached by the council.'),
    ).not.toContain('ACCUSE');
    expect(types('A new poll shows majority support for the sanctions.')).not.toContain('SUPPORT');
    // A party or a leader who says so, or who supports, still counts.
    expect(types('The opposition says that the mayor should be impeached by the council.')).toContain('ACCUSE');
    expect(types('The senators voiced support for the sanctions on Tuesday.')).toContain('SUPPORT');
  });

  it('keeps a second act of the same type in its own clause with its own subject', () => {
    const ofType = (text: string, type: string) => types(text).filter((t) => t === type).length;
    expect(ofType('The rebels struck the town on Monday, and the army shelled their camp.', 'ASSAULT')).toBe(2);
    expect(
      ofType(
        'The delegation walked out of the talks, saying the government had refused to discuss prisoners.',
        'REJECT',
      ),
    ).toBe(2);
    expect(ofType('France pledged aid to Chad, saying Germany had already sent food to the region.', 'AID')).toBe(2);
    // A coordinated second verb with no subject of its own was a second act before (isSecondAct).
    expect(ofType('The army shelled the town on Monday and pounded it again on Tuesday.', 'ASSAULT')).toBe(2);
  });

  it('reads no accusation in a share of blame taken or deflected, only in blame put on someone', () => {
    expect(types('The ministry tried to deflect the blame for the shortages.')).not.toContain('ACCUSE');
    expect(types('No party wants to carry equal portions of the blame.')).not.toContain('ACCUSE');
    expect(types('Moscow put the blame for the blast on Kyiv.')).toContain('ACCUSE');
    expect(types('Moscow blames Ukrainian sabotage for the blast.')).toContain('ACCUSE');
    expect(types('Officials blamed the rebels for the attack.')).toContain('ACCUSE');
  });
});
