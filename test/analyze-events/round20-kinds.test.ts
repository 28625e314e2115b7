// Events: kinds of miss and of wrong reading taken up in session 30 (issue 15), on sentences written
// for the test, none from data/events or the audited pages.
import { describe, expect, it } from 'vitest';
import { recordFrom, eventOfType } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const types = (text: string) => analysed(text).events.map((e) => e.type);

describe('session 30 recall kinds', () => {
  it('reads capturing a person as taking them captive (COERCE), capturing a town as an assault', () => {
    expect(types('Soldiers captured two journalists near the border on Monday.')).toContain('COERCE');
    expect(types('Militiamen captured a local commander in Ituri.')).toContain('COERCE');
    expect(types('The capture of the rebel leader was announced on Friday.')).toContain('COERCE');
    expect(types('Three aid workers were captured by gunmen near Gao.')).toContain('COERCE');
    // What is not a person is not taken captive.
    expect(types('The film captured the imagination of voters.')).not.toContain('COERCE');
    expect(types('The camera captured the moment the journalists arrived.')).not.toContain('COERCE');
    expect(types('Rebels captured the town of Bunia.')).toContain('ASSAULT');
  });

  it('does not read the measure a share of people supports or opposes in a poll as taken', () => {
    expect(types('Some 60 percent of Americans support sanctions against Russia.')).not.toContain('SANCTION');
    expect(types('A new survey found that most voters oppose new tariffs on China.')).not.toContain('SANCTION');
    expect(types('A majority of Britons favour talks with Iran, the poll says.')).not.toContain('CONSULT');
    // A government that backs sanctions still has them told; a share that imposes them is not polled.
    expect(types('The EU imposed sanctions on Russia in March.')).toContain('SANCTION');
  });

  it('keeps in force what an ending gerund the tagger calls a noun takes ("without lifting the sanctions")', () => {
    const r = analysed('The talks ended without lifting the sanctions on Iran.');
    expect(eventOfType(r, 'SANCTION').modality).toBe('asserted');
  });

  it('reads the exit or evacuation of armed forces as a withdrawal (RETREAT)', () => {
    expect(types('The last foreign troops completed their exit from the province on Sunday.')).toContain('RETREAT');
    expect(types('The evacuation of the peacekeepers began on Monday.')).toContain('RETREAT');
    // An exit or evacuation of others is none.
    expect(types('Fans blocked the exit of the stadium.')).not.toContain('RETREAT');
    expect(types('The evacuation of residents began on Monday.')).not.toContain('RETREAT');
  });

  it('reads seizing a place by force as capturing it (ASSAULT), seizing goods as coercion', () => {
    const r = analysed('The rebels seized control of the airport and two villages in 2012.');
    expect(r.events.map((e) => e.type)).toContain('ASSAULT');
    expect(r.events.map((e) => e.type)).not.toContain('COERCE');
    expect(types('Customs officers seized 300 kilograms of cocaine at the port.')).toContain('COERCE');
    expect(types('Police seized weapons at the port.')).toEqual(['COERCE']);
  });
});
