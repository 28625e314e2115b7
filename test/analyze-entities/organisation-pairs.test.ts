// Two organisations the tagger read as one across "and" (organisation-pairs.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const organisations = (text: string) =>
  analyzeText(text)
    .entities.filter((e) => e.type === 'ORG')
    .map((e) => e.name);

describe('an organisation joined to another by "and"', () => {
  it('is two organisations after a head word and before a word no dictionary holds', () => {
    expect(
      organisations(
        'It is the result of a partnership between the International Tennis Federation and Kosmos, a group.',
      ),
    ).toEqual(['International Tennis Federation', 'Kosmos']);
  });

  it('is two companies where both sides end in a legal form, even before a dictionary word', () => {
    expect(organisations('Shares of Apple Inc and Alphabet Inc rose on Tuesday.')).toEqual([
      'Apple Inc',
      'Alphabet Inc',
    ]);
  });

  it('stays one name before a dictionary word', () => {
    expect(organisations('He banked at the First National Bank and Trust Company for years.')).toEqual([
      'First National Bank and Trust Company',
    ]);
  });

  it('keeps the first of a pair the tagger passed over when the rules read it as an organisation', () => {
    expect(organisations('NASA picked Ceres Robotics and Tyvak Nano-Satellite Systems Inc for the task.')).toEqual([
      'NASA',
      'Ceres Robotics',
      'Tyvak Nano-Satellite Systems Inc',
    ]);
  });
});
