// Events: the trigger vocabulary of translated wire copy and situation reports (issue 15), each
// word from an outside source (WordNet 3.1's synsets, PLOVER's category definitions), on sentences
// written for the test, none from data/events. Each addition is paired with a near sentence whose
// word is not the event.
import { describe, expect, it } from 'vitest';
import { recordFrom, eventsOfType } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const count = (text: string, type: string) => eventsOfType(analysed(text), type).length;

describe('the vocabulary of wire copy and situation reports', () => {
  it('reads "neutralise" and "liquidate" with a person as their object as killing (WordNet: "get rid of someone who may be a threat by killing")', () => {
    expect(count('The army neutralised six militants near the border town of Cizre on Sunday.', 'ASSAULT')).toBe(1);
    expect(count('Security forces neutralized two gunmen in an operation in the province.', 'ASSAULT')).toBe(1);
    expect(count('The rebels liquidated three informers in the village last week.', 'ASSAULT')).toBe(1);
    // Paired negatives: a threat, an effect or a company neutralised or liquidated is no killing.
    expect(count('The new filters neutralised the smell in the river, engineers said.', 'ASSAULT')).toBe(0);
    expect(count('The court ordered the firm to liquidate its assets to pay its creditors.', 'ASSAULT')).toBe(0);
    expect(count('Volunteers helped in liquidating the consequences of the flood in the valley.', 'ASSAULT')).toBe(0);
  });

  it('reads aid distributed (WordNet distribute.v.1 {distribute, give out, hand out}) as AID', () => {
    expect(count('The Red Cross distributed food and blankets to 2,000 families in the camp.', 'AID')).toBe(1);
    expect(count('Aid agencies began a distribution of food in the flooded district on Monday.', 'AID')).toBe(1);
    expect(count('Humanitarian partners completed a distribution of hygiene kits in the camp.', 'AID')).toBe(1);
    // Paired negatives: leaflets, shares and a film distributed are no aid; a distribution
    // company is commerce.
    expect(count('Activists distributed leaflets outside the station on Monday.', 'AID')).toBe(0);
    expect(count('The studio signed a distribution deal for the film in Europe.', 'AID')).toBe(0);
    expect(count('The company distributed shares to its staff last year.', 'AID')).toBe(0);
    // Funds a programme distributes are no aid handed out; goods named before the noun ("fuel
    // distribution") are what a halt or a plan is about, not a distribution of its own.
    expect(count('The audit questioned the distribution of the funds to the regions.', 'AID')).toBe(0);
    expect(count('The agency halted fuel distribution in the north after the attack.', 'AID')).toBe(0);
  });

  it('reads military personnel sent as forces sent (PLOVER: "armed personnel or units"; WordNet force.n.4 {force, personnel})', () => {
    expect(count('The ministry dispatched military personnel to the border region on Friday.', 'MOBILIZE')).toBe(1);
    expect(count('Russia sent 300 military personnel to the base, the army said.', 'MOBILIZE')).toBe(1);
    // Paired negative: staff sent with no military word is no mobilisation.
    expect(count('The hospital dispatched personnel to collect the samples from the school.', 'MOBILIZE')).toBe(0);
  });

  it('reads warplanes stationed or moved as forces (WordNet warplane.n.1, "an aircraft designed and used for combat")', () => {
    expect(count('Russia stationed six warplanes at the airbase in Belarus on Tuesday.', 'MOBILIZE')).toBe(1);
    // Paired negative: warplanes on show are no move of forces.
    expect(count('The museum showed six warplanes from the second world war.', 'MOBILIZE')).toBe(0);
  });

  it('reads joint units, manoeuvres and campaigns as cooperation (PLOVER: "joint military games and maneuvers")', () => {
    expect(count('Police from both countries will set up a joint unit to fight smuggling gangs.', 'COOPERATE')).toBe(1);
    expect(count('Russia and Belarus began joint manoeuvres near the border on Monday.', 'COOPERATE')).toBe(1);
    expect(count('UNICEF and the ministry carried out a joint immunisation campaign in the north.', 'COOPERATE')).toBe(
      1,
    );
    // Paired negatives: a joint statement or a joint press conference is no material cooperation,
    // and a unit or a campaign with no "joint" is none either.
    expect(count('The two ministers issued a joint statement after the meeting.', 'COOPERATE')).toBe(0);
    expect(count('The council set up a new unit to fight fly-tipping in the town.', 'COOPERATE')).toBe(0);
  });

  it('reads an agreement or a treaty suspended as a reduction of relations (PLOVER SANCTION)', () => {
    expect(
      count('Poland will suspend its fisheries agreement with the Russian region, the governor said.', 'SANCTION'),
    ).toBe(1);
    expect(count('Moscow suspended the treaty on Tuesday, the foreign ministry said.', 'SANCTION')).toBe(1);
    // Paired negatives: a player or a service suspended is no sanction.
    expect(count('The club suspended its captain for two matches after the incident.', 'SANCTION')).toBe(0);
  });

  it('finds a doer the lexicon names before its verb across auxiliaries and "not" ("peacekeepers will depart", "troops have left")', () => {
    const modalities = (text: string) => eventsOfType(analysed(text), 'RETREAT').map((e) => e.modality);
    expect(modalities('The peacekeepers will depart from the camp next week, the mission said.')).toEqual(['future']);
    expect(modalities('Foreign troops have left the province, the governor said.')).toEqual(['asserted']);
    expect(modalities('The troops will not leave the city, the minister said.')).toEqual(['negated']);
    // Paired negatives: people who are no armed force leaving are no withdrawal, auxiliaries or not.
    expect(modalities('The tourists will depart from the camp next week.')).toEqual([]);
    expect(modalities('The students have left the campus for the summer.')).toEqual([]);
  });
});
