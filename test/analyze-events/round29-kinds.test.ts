// Events on real pages, round 29 (issue 15): kinds of invented event, on sentences written for the
// test, none from the audited pages or data/events.
import { describe, expect, it } from 'vitest';
import { recordFrom } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const typed = (text: string) => analysed(text).events.map((e) => `${e.type}:${e.modality}`);

describe('a bare event noun whose predicate after "is/are" the tagger reads as adverbs', () => {
  // "when tariffs are high enough": "high enough" is the predicate (tagged ADV ADV), a general truth.
  it('states a general truth, no event', () => {
    expect(
      typed(
        'When tariffs are high enough, importers pass the cost on to shoppers, said Jane Roe, an economist at the Brookings Institution in Washington.',
      ),
    ).not.toContain('SANCTION:asserted');
    expect(
      typed(
        'Shoppers in Canada pay more when tariffs are too high, said Jane Roe, an economist at the Brookings Institution.',
      ),
    ).not.toContain('SANCTION:asserted');
  });

  it('leaves tariffs that were imposed, and talks in course (paired negative)', () => {
    expect(
      typed(
        'When the tariffs took effect in May, importers paid more, said Jane Roe, an economist at the Brookings Institution in Washington.',
      ),
    ).toContain('SANCTION:asserted');
    expect(typed('When talks are underway again, the two governments will meet in Geneva.')).toContain(
      'CONSULT:future',
    );
  });
});

describe('events that describe the things a statistic counts', () => {
  // "the data concerns drugs seized at the border": the participle says which things are counted.
  it('are no event told', () => {
    expect(typed('The most complete customs data covers cigarettes seized at the airport.')).not.toContain(
      'COERCE:asserted',
    );
    expect(typed('The newest port figures concern weapons confiscated at sea.')).not.toContain('COERCE:asserted');
  });

  it('leave events told beside a statistic (paired negative)', () => {
    expect(typed('Customs officers seized cigarettes at the airport on Monday, the figures show.')).toContain(
      'COERCE:asserted',
    );
    expect(typed('The agency released its data after guards seized cigarettes at the airport.')).toContain(
      'COERCE:asserted',
    );
    expect(typed('Data from the port show that guards seized cocaine worth $2 million.')).toContain('COERCE:asserted');
    expect(typed('The figures were published a day after 40 protesters arrested in the capital were freed.')).toContain(
      'COERCE:asserted',
    );
  });
});

describe('an aid word inside a complex preposition "in ... of"', () => {
  // "testimony given in support of the woman": "in support of" is a preposition, not what is given.
  it('is not the object given, no aid', () => {
    expect(typed('She gave evidence in support of her neighbour at the hearing.')).not.toContain('AID:asserted');
    expect(typed('The testimony provided in support of the claim was thin.')).not.toContain('AID:asserted');
  });

  it('leaves aid given before or without the preposition (paired negative)', () => {
    expect(typed('Donors gave food in support of the displaced families.')).toContain('AID:asserted');
    expect(typed('Japan gave 5 million dollars in support of the flood victims.')).toContain('AID:asserted');
    expect(typed('The European Union provided support to the flood victims in May.')).toContain('AID:asserted');
  });
});

describe('a capitalised word inside a name that the tagger reads as a verb', () => {
  // "Seed Grant funding": "Grant" is the name's word, not the verb "grant".
  it('is no verb of an event', () => {
    expect(typed('We might contribute more Bright Futures Seed Grant funding to the school next year.')).toEqual([]);
  });

  it('leaves the verb in lower case, and a sentence in title case (paired negative)', () => {
    expect(typed('The Bright Futures board will grant funding to the school next year.')).toContain('AID:future');
    expect(typed('Acme Corp Donates Food To Flood Victims')).toContain('AID:asserted');
  });
});

describe('an event noun after "any" as a verb\'s object', () => {
  // "will dismiss any criticism", "condemned any violence": no one occasion is told, whichever comes.
  it('is no event', () => {
    expect(typed('The ministry will brusquely dismiss any criticism of its police.')).not.toContain('ACCUSE:future');
    expect(typed('The mayor condemned any violence against the marchers.')).not.toContain('ASSAULT:asserted');
  });

  it('leaves a negated event and an event after "any" in other places (paired negative)', () => {
    expect(typed('The police said they had not made any arrests.')).toContain('COERCE:negated');
    expect(typed('Any attack on the convoy happened after dark, the army said.')).toContain('ASSAULT:asserted');
  });
});
