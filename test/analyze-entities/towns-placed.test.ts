// A town the tagger read as a person: its sentence places it, by the region after it and a comma
// ("Jiffy Lube Live, Bristow, VA") or by an apposition that calls it a place ("of Addison, a
// village southwest of Ithaca"), or where a person lives, after the person's age ("Dean Cole, 51,
// of Clinton").
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const names = (text: string) => analyzeText(text).entities.map((e) => `${e.name} (${e.type})`);

describe('a town its sentence places', () => {
  it('is a place before a US state postal code', () => {
    const found = names(
      'The Doobie Brothers 50th Anniversary Tour 2020 dates:\nJune 19 -- PNC Music Pavilion, Charlotte, NC\nJune 20 -- Coastal Credit Union Music Park at Walnut Creek, Raleigh, NC\nJune 23 -- Veterans United Home Loans Amphitheater at Virginia Beach, Virginia Beach, VA\nJune 24 -- Jiffy Lube Live, Bristow, VA\nJune 26 -- PPL Center, Allentown, PA\nJune 27 -- ',
    );
    expect(found).toContain('Bristow (GPE)');
  });

  it('is a place that an apposition calls a village', () => {
    const found = names('Patrick W. Carlineo Jr., 55, of Addison, a village southwest of Ithaca, pleaded guilty.');
    expect(found).toContain('Addison (GPE)');
  });

  it("is a place where a person lives, after the person's age", () => {
    const found = names(
      'Police arrested Mary Ellen Cole, 45, of Warren, after a chase. Dean Cole, 51, of Clinton, was charged too.',
    );
    expect(found).toEqual(expect.arrayContaining(['Mary Ellen Cole (PERSON)', 'Warren (GPE)', 'Clinton (GPE)']));
  });

  it('leaves a person described by a noun after a place word, or before a possessive region', () => {
    expect(names('Bob Addison, a town councillor, said the vote was close.')).toContain('Bob Addison (PERSON)');
    expect(names('Ken Paxton, Texas’s attorney general, said it.')).toContain('Ken Paxton (PERSON)');
  });
});
