// Places audit round 25 (issue 13, docs/audits/places-zyte-100-round25.md): a place's name that
// holds "of" and that the tagger or the rules cut at it is read whole, from WordNet's names of
// places (models/of-place-names.txt); a force's capital is where it acts, not its side. Sentences
// written for the test, none from the audited pages.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';
import { recordFrom, eventOfType } from '../helpers/records.js';

const typed = (text: string) => analyzeText(text).entities.map((e) => `${e.type}:${e.name}`);

describe('a place name that holds "of"', () => {
  it('is read whole where it was cut at its "of" ("the Line of Control")', () => {
    expect(typed('Shelling was reported along the Line of Control near Uri on Friday.')).toContain(
      'LOC:Line of Control',
    );
    expect(typed('Shelling was reported along the Line of Control near Uri on Friday.')).not.toContain('LOC:Line');
  });

  it('is a place, not a body, where it was read whole as an organisation ("the Strait of Hormuz")', () => {
    expect(typed('The navy warned it would close the Strait of Hormuz after the talks failed.')).toContain(
      'LOC:Strait of Hormuz',
    );
  });

  it('leaves names WordNet does not list as places, and lower-case phrases', () => {
    // An organisation's name with "of" is no place ("Bank of ..."), nor is "the capital of Italy".
    const bank = typed('The Bank of Lisbon raised its rates, and the capital of Italy hosted the talks.');
    expect(bank.some((e) => e.startsWith('LOC:Bank') || e.includes('capital of'))).toBe(false);
    // A line that WordNet does not list stays as the rules read it.
    expect(typed('Commuters on the Line of Fortune waited for hours.')).not.toContain('LOC:Line of Fortune');
  });
});

describe('a name the tagger read as a place that ends in a facility noun', () => {
  it('is no place ("the Tucson Animal Shelter")', () => {
    const names = typed('She volunteers at the Tucson Animal Shelter on weekends.');
    expect(names).not.toContain('GPE:Tucson Animal Shelter');
    expect(names.some((e) => e.endsWith(':Tucson Animal Shelter'))).toBe(true);
  });

  it('keeps towns the gazetteer knows whole, whatever their last word', () => {
    expect(typed('The family moved from Fort Mill to Barnard Castle last year.')).toEqual(
      expect.arrayContaining(['GPE:Fort Mill', 'GPE:Barnard Castle']),
    );
  });
});

describe('a capital after a force', () => {
  const rolesOf = (text: string, type: string) => {
    const r = recordFrom(text, { published: '2023-05-10' });
    const e = eventOfType(r, type);
    const name = (id: string | null) => r.entities.find((x) => x.id === id)?.name ?? id;
    return { actors: e.actors.map(name), words: (e.actorWords ?? []).map((w) => w.text), place: name(e.place) };
  };

  it('is where the force acts, and its words name the side ("police in Yerevan detained")', () => {
    const roles = rolesOf('Police in Yerevan detained eleven marchers outside the court.', 'COERCE');
    expect(roles.actors).toEqual([]);
    expect(roles.words).toEqual(['Police']);
    expect(roles.place).toBe('Yerevan');
    expect(rolesOf('Soldiers in Bamako fired on a crowd of students.', 'ASSAULT').actors).toEqual([]);
  });

  it('still stands for the government after a governing body ("the cabinet in Yerevan rejected")', () => {
    expect(rolesOf('The government in Yerevan rejected the ceasefire terms.', 'REJECT').actors).toEqual(['Yerevan']);
  });
});
