// Events: trigger words below the seeds taken from PLOVER's codebook in session 44 (h382;
// scripts/build-event-triggers.mjs: defame.v.1, defy.v.1, repress.v.1, expel.v.1, barricade.v.1,
// destroy.v.2, mobilize.v.2/3, station.v.1), on sentences written for the test, none from
// data/events; and the words those seeds reach that are left out (negatives).
import { describe, expect, it } from 'vitest';
import { recordFrom, eventOfType, eventsOfType } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const modalityOf = (text: string, type: string) => eventOfType(analysed(text), type).modality;

describe("trigger words below the seeds of PLOVER's codebook (session 44)", () => {
  it('finds the acts the codebook names', () => {
    // ACCUSE "criticize, defame, denigrate responsible parties".
    expect(modalityOf('The interior minister slandered the opposition leader at a rally in Lusaka.', 'ACCUSE')).toBe(
      'asserted',
    );
    // REJECT "disobey, challenge, or resist laws ... official defiance".
    expect(modalityOf('The governor defied the federal court order on Tuesday.', 'REJECT')).toBe('asserted');
    // COERCE "repression or restrictions on rights".
    expect(modalityOf('The junta repressed the student movement in Mandalay last year.', 'COERCE')).toBe('asserted');
    // COERCE mode deport, "expel or deport individuals".
    expect(modalityOf('Security guards ejected the opposition leader from the assembly on Monday.', 'COERCE')).toBe(
      'asserted',
    );
    // PROTEST mode obstruct, "obstruct passage".
    expect(modalityOf('Farmers barricaded the main road into the capital on Thursday.', 'PROTEST')).toBe('asserted');
    // ASSAULT mode destroy, "destroy property".
    expect(modalityOf('Militiamen vandalized the polling station in the village on Sunday.', 'ASSAULT')).toBe(
      'asserted',
    );
    // MOBILIZE mode troops, "mobilize armed personnel or units".
    expect(modalityOf('The army stationed two battalions along the northern border on Monday.', 'MOBILIZE')).toBe(
      'asserted',
    );
  });

  it('leaves out what the seeds reach whose everyday use is no such act', () => {
    // braving or weathering a storm (under defy.v.1), a market rallying (under mobilize.v.2), a road or a
    // bill blocked (under barricade.v.1), a judge quashing (under repress.v.1), a storm's devastation.
    expect(eventsOfType(analysed('Residents in the capital braved the storm on Sunday.'), 'REJECT')).toEqual([]);
    expect(eventsOfType(analysed('The company weathered the crisis in Lagos last year.'), 'REJECT')).toEqual([]);
    expect(eventsOfType(analysed('Shares in Tokyo rallied on Monday after the report.'), 'MOBILIZE')).toEqual([]);
    expect(eventsOfType(analysed('A fallen tree blocked the main road into Nairobi on Monday.'), 'PROTEST')).toEqual(
      [],
    );
    expect(eventsOfType(analysed('The appeals court quashed his conviction on Friday.'), 'COERCE')).toEqual([]);
    expect(eventsOfType(analysed('The cyclone devastated the coast of Mozambique.'), 'ASSAULT')).toEqual([]);
  });
});
