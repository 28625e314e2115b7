// Events: who did it and to whom (issue 15, roles). Each kind of failure has sentences written for
// the test, none from data/events or the audited pages: a capital that stands for its government,
// a "by" phrase that belongs to another verb or noun, the speaker of a reporting clause taken as a
// target.
import { describe, expect, it } from 'vitest';
import { recordFrom, eventOfType } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const rolesOf = (text: string, type: string) => {
  const r = analysed(text);
  const e = eventOfType(r, type);
  const name = (id: string | null) => r.entities.find((x) => x.id === id)?.name ?? id;
  return { actors: e.actors.map(name), targets: e.targets.map(name), place: name(e.place) };
};

describe('a capital after a governing body', () => {
  it('stands for the government ("the regime in Damascus rejected")', () => {
    expect(rolesOf('The regime in Damascus rejected the new proposal on Tuesday.', 'REJECT').actors).toEqual([
      'Damascus',
    ]);
    expect(
      rolesOf('The foreign ministry in Tbilisi accused Moscow of arming the separatists.', 'ACCUSE').actors,
    ).toEqual(['Tbilisi']);
  });

  it('is the side a pronoun refers to ("the government in Chisinau said it would")', () => {
    expect(
      rolesOf('The government in Chisinau said it would reject any deal with the separatists.', 'REJECT').actors,
    ).toEqual(['Chisinau']);
  });

  it('leaves a city that is no capital as the place of local authorities', () => {
    const roles = rolesOf('Police in Mombasa arrested twelve protesters on Monday.', 'COERCE');
    expect(roles.actors).toEqual([]);
    expect(roles.place).toBe('Mombasa');
  });
});

describe('the agent after "by"', () => {
  it('belongs to the nearest verb, not to an earlier passive', () => {
    expect(
      rolesOf('Ten hostages were freed on Sunday under a ceasefire negotiated by Egypt.', 'CONCEDE').actors,
    ).not.toContain('Egypt');
  });

  it('belongs to the noun of its own phrase, not to an earlier noun', () => {
    expect(
      rolesOf('Kazakhstan expressed support for Armenia during a visit by Emmanuel Macron.', 'SUPPORT').actors,
    ).toEqual(['Kazakhstan']);
  });
});

describe('the agent after "by" (kept)', () => {
  it('of a noun with a support verb between ("tariffs imposed by China")', () => {
    expect(rolesOf('The new tariffs imposed by China hurt American farmers.', 'SANCTION').actors).toEqual(['China']);
  });
});

describe('the targets of an event', () => {
  it('leave out the agent of another verb', () => {
    expect(
      rolesOf(
        'The Swedish minister met Olaf Scholz on Monday in a fortress that had been besieged by Danish troops.',
        'CONSULT',
      ).targets,
    ).not.toContain('Danish');
  });

  it('leave out the speaker of a trailing reporting clause', () => {
    const roles = rolesOf('Turkish drones struck a convoy near Qamishli on Monday, Kurdish officials said.', 'ASSAULT');
    expect(roles.actors).toEqual(['Turkish']);
    expect(roles.targets).not.toContain('Kurdish');
  });
});

describe('a participle after a comma', () => {
  it('has the subject of the finite verb before the comma', () => {
    expect(
      rolesOf(
        'Canberra sanctioned four Iranian officials on Friday and froze their assets, accusing them of torture.',
        'ACCUSE',
      ).actors,
    ).toEqual(['Canberra']);
    // The speaker of a trailing reporting clause, when the participle follows it.
    expect(
      rolesOf(
        'Chinese warships sailed near the atoll on Monday, Manila said, warning that it would respond.',
        'THREATEN',
      ).actors,
    ).toEqual(['Manila']);
  });
});

describe('a noun trigger with "between"', () => {
  it('has the first side as actor and the other as target', () => {
    const roles = rolesOf('Talks between Armenia and Azerbaijan resumed in Almaty on Monday.', 'CONSULT');
    expect(roles.actors).toEqual(['Armenia']);
    expect(roles.targets).toEqual(['Azerbaijan']);
    expect(
      rolesOf('The negotiations between the Sudanese army and the RSF collapsed in Jeddah.', 'CONSULT').actors,
    ).toEqual(['Sudanese']);
  });
});
