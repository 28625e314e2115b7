// Events: the kinds of modality error audit round 13 found on the Zyte pages
// (docs/audits/events-zyte-round13.md): attempts whose aim is a second infinitive, attempts told
// as foiled, prevention, a noun's event called off through "an increase in", allegation, and a
// goal. Sentences written for the test, none from the audited pages or data/events.
import { describe, expect, it } from 'vitest';
import { recordFrom, eventOfType } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const modality = (text: string, type: Parameters<typeof eventOfType>[1]) => eventOfType(analysed(text), type).modality;

describe('round 13 modality kinds', () => {
  it('reads the aim of an attempt to make someone act as possible, not done', () => {
    expect(
      modality('The minister said the blockade was an effort to force the rebels to surrender their arms.', 'RETREAT'),
    ).toBe('possible');
    expect(modality('Officials tried to persuade the strikers to withdraw from the square.', 'RETREAT')).toBe(
      'possible',
    );
  });

  it('keeps an act that was forced as asserted', () => {
    expect(modality('The army forced the rebels to surrender their arms on Monday.', 'RETREAT')).toBe('asserted');
  });

  it('reads an attempt told as prevented as negated', () => {
    expect(
      modality(
        'Two senators who tried to meet the protesters on Sunday were prevented from doing so by police.',
        'CONSULT',
      ),
    ).toBe('negated');
  });

  it('reads an act that someone prevented as negated', () => {
    expect(modality('Riot police prevented the students from marching to parliament.', 'PROTEST')).toBe('negated');
  });

  it('reads a noun event whose increase was called off as negated', () => {
    expect(modality('The president cancelled an increase in tariffs on Brazilian steel.', 'SANCTION')).toBe('negated');
    expect(modality('The government postponed the imposition of sanctions on Iran.', 'SANCTION')).toBe('negated');
  });

  it('keeps an event after a time preposition of a cancelled thing asserted', () => {
    expect(modality('The airline cancelled its flights after clashes near the airport.', 'ASSAULT')).toBe('asserted');
  });

  it('reads alleged and suspected event nouns as possible', () => {
    expect(modality('The officers were questioned over alleged assaults on detainees in Lagos.', 'ASSAULT')).toBe(
      'possible',
    );
    expect(modality('Police are investigating a suspected bombing at the market in Kano.', 'ASSAULT')).toBe('possible');
  });

  it('reads the event of a goal as future', () => {
    expect(modality('Germany set ambitious goals for a trade pact with Japan.', 'AGREE')).toBe('future');
    // An inverted condition after the noun opens its own clause: its negation is not the goal's.
    expect(
      modality(
        'He paired ambitious goals for a trade pact with bigger threats should Tokyo not accede to his terms.',
        'AGREE',
      ),
    ).toBe('future');
  });
});
