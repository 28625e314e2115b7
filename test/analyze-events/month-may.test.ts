// Events: the month "May" is not the modal "may" (issue 15), on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { recordFrom } from '../helpers/records.js';

const typesOf = (text: string) =>
  recordFrom(text, { published: '2024-06-10' }).events.map((e) => `${e.type}:${e.modality}`);

describe('the month "May" in modality', () => {
  it('reads a negated event before "since May" as negated, as before "since June"', () => {
    expect(typesOf('Rebels have not carried out an attack since May.')).toEqual(['ASSAULT:negated']);
    expect(typesOf('Rebels have not carried out an attack since June.')).toEqual(['ASSAULT:negated']);
  });

  it('reads the month after a determiner or before a day as no modal', () => {
    expect(typesOf('The army launched an offensive last May.')).toEqual(['ASSAULT:asserted']);
    expect(typesOf('Protesters held a rally on May 5 outside parliament.')).toEqual(['PROTEST:asserted']);
  });

  it('still reads the modal "may" and a capitalised "May" opening a sentence as possible', () => {
    expect(typesOf('Rebels may attack the town.')).toEqual(['ASSAULT:possible']);
    expect(typesOf('May the talks resume soon, she prayed.').every((t) => !t.endsWith(':asserted'))).toBe(true);
    expect(typesOf('Officials said an attack may follow.')).toEqual(['ASSAULT:possible']);
  });
});
