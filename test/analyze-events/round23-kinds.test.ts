// Events: kinds taken up in session 33 (issue 15, audit round 23 and the items round 22 left open),
// on sentences written for the test, none from data/events or the audited pages.
import { describe, expect, it } from 'vitest';
import { recordFrom } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const types = (text: string) => analysed(text).events.map((e) => e.type);

describe('session 33 kinds', () => {
  it('finds no measure in what such measures could do ("tariffs could mean that ...")', () => {
    expect(types('Tariffs could mean that Chinese producers lower their prices.')).not.toContain('SANCTION');
    expect(types('Still, sanctions might hurt farmers in Brazil more than anyone.')).not.toContain('SANCTION');
    // A measure that may be taken, or may come, stays.
    expect(types('Sanctions could be imposed on Iran next month, officials said.')).toContain('SANCTION');
    expect(types('Tariffs could follow if the talks fail, the minister said.')).toContain('SANCTION');
  });

  it('reads weapons sent to a military base as a deployment, not aid', () => {
    expect(types('Moscow will send six attack helicopters to its air base in Armenia.')).toEqual(['MOBILIZE']);
    expect(types('The navy shipped new missiles to the 12th base near the coast.')).toEqual(['MOBILIZE']);
    // Weapons sent to a country, or to a base's foot, stay aid.
    expect(types('Berlin will send six attack helicopters to Kyiv.')).toEqual(['AID']);
  });

  it('finds no consultation in rivals who meet in a debate', () => {
    expect(types('The ten candidates meet on the debate stage in Houston on Thursday.')).not.toContain('CONSULT');
    expect(types('The two rivals will meet in a televised debate on Friday.')).not.toContain('CONSULT');
    // A meeting to debate something, or one in a city, is a consultation.
    expect(types('The ministers met in Geneva to debate the budget.')).toContain('CONSULT');
    expect(types('The two leaders will meet in Ankara on Friday.')).toContain('CONSULT');
  });

  it('reads a warning of what will befall any one who does something as a threat', () => {
    expect(types('The rebels warned that any ship bound for the port would be targeted.')).toContain('THREATEN');
    expect(types('The junta warned that it would target the ports.')).toContain('THREATEN');
    // What others may do, or what may befall named people, is a forecast.
    expect(types('The agency warned that civilians would be targeted.')).not.toContain('THREATEN');
    expect(types('Experts warned that the militia would target the ports.')).not.toContain('THREATEN');
  });

  it('finds no agreement in a conclusion reached by reasoning', () => {
    expect(types('The court concluded the settlement with the miners was unlawful.')).not.toContain('AGREE');
    expect(types('The panel concluded that the peace accord was never ratified.')).not.toContain('AGREE');
    // Concluding an accord is an agreement.
    expect(types('The two states concluded a trade agreement on Friday.')).toContain('AGREE');
    expect(types('Kyiv concluded a deal that was worth $2 billion.')).toContain('AGREE');
  });
});
