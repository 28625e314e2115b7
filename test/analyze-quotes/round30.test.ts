// Thirtieth round of issue 14 (audit docs/audits/quotes-zyte-100-round30.md): invented
// sentences, each failing before the rule it names.
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

describe('quotes, round 30', () => {
  it('runs a content on over a hyphenated word inside its noun phrase ("a long-term, sustainable presence")', () => {
    const q = quotes(
      'The agency aims to land the first crew, and the next one, on the surface by 2024 and to establish a long-term, sustainable base near the pole by 2028.',
    );
    expect(q.map((x) => [x.cue, x.content])).toEqual([
      [
        'aims',
        [
          'to land the first crew, and the next one, on the surface by 2024 and to establish a long-term, sustainable base near the pole by 2028',
        ],
      ],
    ]);
  });

  it('runs a content on over a list whose members are gerunds ("bans on burning, driving, fireworks, and ...")', () => {
    const q = quotes(
      'Officials are reluctant to enforce bans on burning, driving, fireworks, and industrial activity.',
    );
    expect(q.map((x) => [x.cue, x.content])).toEqual([
      ['reluctant', ['to enforce bans on burning, driving, fireworks, and industrial activity']],
    ]);
  });

  it('still leaves out a participle with an object after a gerund ("bans on burning, angering farmers and ...")', () => {
    const q = quotes('The mayor said he would enforce bans on burning, angering farmers and truckers.');
    expect(q.map((x) => [x.cue, x.content])).toEqual([['said', ['he would enforce bans on burning']]]);
  });

  it('keeps the preposition that opens the sentence with the content ("After [a year, ..." -> "[After a year, ...")', () => {
    const q = quotes(
      'Her knee improved quickly. After a year, her knee was fully healed and she is now running again, Jones said.',
    );
    expect(q.map((x) => [x.speaker, x.content])).toEqual([
      ['Jones', ['After a year, her knee was fully healed and she is now running again']],
    ]);
  });
});
