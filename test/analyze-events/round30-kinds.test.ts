// Events on real pages, round 30 (issue 15): kinds of invented event, on sentences written for the
// test, none from the audited pages or data/events.
import { describe, expect, it } from 'vitest';
import { recordFrom } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const typed = (text: string) => analysed(text).events.map((e) => `${e.type}:${e.modality}`);
const types = (text: string) => analysed(text).events.map((e) => e.type);

describe('a habit told in a relative clause in the simple present', () => {
  // "a scholar who consults with officials": what someone does as a rule, no occasion.
  it('is no event', () => {
    expect(types('Dr. Okafor is a historian who consults with ministers on trade.')).not.toContain('CONSULT');
    expect(types('The clinic gets its money from a trust with which it works closely.')).not.toContain('COOPERATE');
    expect(types('Mr. Patel, who negotiates with suppliers for the chain, declined to comment.')).not.toContain(
      'CONSULT',
    );
  });

  it('leaves a dated plan, a past act and a verb of speaking (paired negative)', () => {
    expect(types('The envoy, who meets the president on Friday, will carry a letter from the king.')).toContain(
      'CONSULT',
    );
    expect(types('Rebels who attacked the convoy near the river were arrested.')).toContain('ASSAULT');
    // The present of a verb of speaking reports an act: the accusation stands.
    expect(
      types('She is fighting extradition to Canada, which accuses her of stealing trade secrets from the firm.'),
    ).toContain('ACCUSE');
    expect(typed('The ministry consults with the unions, the minister said on Monday.')).toContain('CONSULT:asserted');
  });
});

describe('a general stance in the simple present towards a kind of act', () => {
  // "does not support forced relocations": a position on a kind, naming no party and no time.
  it('is no event, nor are the acts of the kind', () => {
    const evictions = types('The ministry does not support forced evictions, its spokesman said.');
    expect(evictions).not.toContain('SUPPORT');
    expect(evictions).not.toContain('COERCE');
    expect(types('As a rule, we support peaceful movements for reform.')).not.toContain('SUPPORT');
    const moves = types(
      'The council does not support coerced transfers, including forcing families to move because they are poor.',
    );
    expect(moves).not.toContain('SUPPORT');
    expect(moves).not.toContain('MOBILIZE');
  });

  it('leaves a stance towards a party, a dated one and a past one (paired negative)', () => {
    expect(types('Germany supports new sanctions against Iran, the chancellor said.')).toContain('SUPPORT');
    expect(types('The ministry does not support the forced evictions in Lagos, its spokesman said.')).toContain(
      'SUPPORT',
    );
    expect(typed('The party supported peaceful protests for reform last year.')).toContain('SUPPORT:asserted');
  });
});

describe('a visit to a feature of a named place', () => {
  // "visited the U.S.-Mexico border": a border, a valley or a bloc hosts no one.
  it('is no consultation', () => {
    expect(types('The senator visited the Rio Grande valley on Monday.')).not.toContain('CONSULT');
    expect(types('Congresswoman Diaz visited the U.S.-Canada border last week.')).not.toContain('CONSULT');
  });

  it('leaves visits to a named place, a capital or a party (paired negative)', () => {
    expect(types('The envoy visited Kabul on Monday.')).toContain('CONSULT');
    expect(types('The prime minister had lunch with senators before visiting the Oval Office.')).toContain('CONSULT');
    expect(types('The foreign minister visited the Chinese capital on Monday.')).toContain('CONSULT');
    expect(types('The governor visited the Tehran office of the agency on Monday.')).toContain('CONSULT');
  });
});

describe('a plain verb form in a relative clause of a past sentence', () => {
  // "cut" is its own past: in a sentence told in the past it is no habit.
  it('stays an event (paired negative)', () => {
    expect(types('The three governments that cut ties with the island lost the vote.')).toContain('SANCTION');
  });
});
