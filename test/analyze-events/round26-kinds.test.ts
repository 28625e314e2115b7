// Events: kinds taken up in session 36 (issue 15: dev5's kinds of miss, round 25's feared-clause
// modality), on sentences written for the test, none from data/events or the audited pages.
import { describe, expect, it } from 'vitest';
import { recordFrom } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const typed = (text: string) => analysed(text).events.map((e) => `${e.type}:${e.modality}`);

describe('session 36 trigger words (WordNet 3.1, PLOVER)', () => {
  it('reads a commuted sentence as a concession, not a commute to work', () => {
    expect(typed('The president commuted the death sentence of a jailed opposition leader on Friday.')).toContain(
      'CONCEDE:asserted',
    );
    expect(typed('She commuted to work by train every day.')).toEqual([]);
  });

  it('reads expropriated property as coercion', () => {
    expect(typed('The junta expropriated three mines owned by a Canadian firm in the north.')).toContain(
      'COERCE:asserted',
    );
  });

  it('reads balking at a demand as a rejection, not balking at a price', () => {
    expect(typed("Ghana balked at the lender's demand for higher fuel taxes.")).toContain('REJECT:asserted');
    expect(typed('Fans balked at the ticket prices.')).toEqual([]);
  });

  it('reads forces that disengage, or are brought home, as a retreat', () => {
    expect(typed('Ethiopian forces disengaged from two towns near the border on Monday.')).toContain(
      'RETREAT:asserted',
    );
    expect(typed('Canada said it would bring home its troops from Latvia next year.')).toContain('RETREAT:future');
  });

  it('reads troops and tanks amassed, and reservists called back, as mobilisation', () => {
    expect(typed('Russia amassed troops and tanks near the frontier last month.')).toContain('MOBILIZE:asserted');
    expect(typed('The rebels amassed a fortune from smuggling.')).toEqual([]);
    expect(typed('The ministry said it would call back reservists to guard the border.')).toContain('MOBILIZE:future');
  });

  it('reads aid handed out or disbursed as aid, not bonuses', () => {
    expect(typed('Aid agencies handed out food to 20,000 displaced families in Tigray.')).toContain('AID:asserted');
    expect(typed('The fund will disburse emergency loans to the two countries.')).toContain('AID:future');
    expect(typed('The firm handed out bonuses to staff.')).toEqual([]);
  });

  it('reads intelligence pooled as cooperation, savings pooled as nothing', () => {
    expect(typed('Kenya and Uganda will pool intelligence on arms smuggling.')).toContain('COOPERATE:future');
    expect(typed('We pooled our savings to buy a car.')).toEqual([]);
  });

  it('reads an arrangement reached as an agreement, not a musical one', () => {
    expect(typed('Bolivia and Peru reached an arrangement on border trade on Tuesday.')).toContain('AGREE:asserted');
    expect(typed('The orchestra played a new arrangement of the song.')).toEqual([]);
  });

  it('reads diplomats declared persona non grata and barred imports as sanctions', () => {
    expect(typed('Moscow declared two Estonian diplomats persona non grata.')).toContain('SANCTION:asserted');
    expect(typed('The minister declared the bridge open on Friday.')).toEqual([]);
    expect(typed('The government could bar imports of Chinese steel.')).toContain('SANCTION:possible');
  });

  it('reads a nationwide or work stoppage as a strike, not a stoppage in play', () => {
    expect(typed('Unions called off a nationwide stoppage planned for Monday.')).toContain('PROTEST:negated');
    expect(typed('The referee called a stoppage in play.')).toEqual([]);
  });

  it('reads internet or phone service suspended as coercion', () => {
    expect(typed('Authorities will suspend internet services in the province during the vote.')).toContain(
      'COERCE:future',
    );
  });

  it('reads a bill shelved as a concession, books shelved as nothing', () => {
    expect(typed('Parliament shelved the tax reform after weeks of strikes.')).toContain('CONCEDE:asserted');
    expect(typed('The library shelved the new books on Monday.')).toEqual([]);
  });

  it('reads tear gas or water cannon used by police as coercion, water for cattle as nothing', () => {
    expect(typed('Riot police used water cannon to scatter them outside parliament.')).toContain('COERCE:asserted');
    expect(typed('Farmers used water to cool the cattle.')).toEqual([]);
  });

  it('reads rockets that slam or smash into a place as an attack, a truck as nothing', () => {
    expect(typed('Two rockets smashed into a market in Kharkiv on Sunday.')).toContain('ASSAULT:asserted');
    expect(typed('Russian missiles slam into a Kyiv suburb, officials say.')).toContain('ASSAULT:asserted');
    // A bare noun after the trigger's preposition is its object, not a thing it classifies.
    expect(typed('Mortar shells smash into camp for displaced families')).toContain('ASSAULT:asserted');
    expect(typed('A truck smashed into a wall on the highway.')).toEqual([]);
  });
});

describe('session 36 modality: the subject of a feared clause', () => {
  it('reads an event in the subject of a clause saying what it has become as real', () => {
    expect(typed('Activists raised fears that the killing of protesters has become state policy.')).toEqual([
      'ASSAULT:asserted',
    ]);
    expect(typed('Critics voiced fears that attacks on journalists have become routine.')).toEqual([
      'ASSAULT:asserted',
    ]);
  });

  it('keeps the feared event possible when the clause tells of its coming', () => {
    expect(typed('Residents voiced fears that an attack on the city could come within days.')).toEqual([
      'ASSAULT:possible',
    ]);
    expect(typed('Diplomats expressed fears that an attack is imminent.')).toEqual(['ASSAULT:possible']);
    expect(typed('There are fears that new clashes will become more frequent.')).toEqual(['ASSAULT:possible']);
  });
});
