// A town the tagger read as a person: its sentence places it, by the region after it and a comma
// ("Quick Oil Stage, Bristow, VA", invented) or by an apposition that calls it a place ("of Addison, a
// village north of Elmira"), or where a person lives, after the person's age ("Dean Cole, 51,
// of Clinton").
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const names = (text: string) => analyzeText(text).entities.map((e) => `${e.name} (${e.type})`);

describe('a town its sentence places', () => {
  it('is a place before a US state postal code', () => {
    // Invented tour dates: venue, town, state code, one a line; the tagger alone reads the two
    // towns as people.
    const found = names(
      'Autumn tour dates:\nOct 2 -- Harbor Lights Pavilion, Tampa, FL\nOct 4 -- Maple Tire Live, Stafford, VA\nOct 6 -- Bluebird Hall, Gilbert, AZ\nOct 8 -- Quick Oil Stage, Bristow, VA\nOct 9 -- ',
    );
    expect(found).toEqual(expect.arrayContaining(['Stafford (GPE)', 'Bristow (GPE)']));
    expect(found).not.toContain('Stafford (PERSON)');
    expect(found).not.toContain('Bristow (PERSON)');
  });

  it('is a place that an apposition calls a village', () => {
    const found = names('Joan R. Whitcombe, 48, of Addison, a village north of Elmira, was fined.');
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
