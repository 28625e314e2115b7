// Issue 14, audit round 35 (h361): three recurring kinds. A cue in a relative clause on the
// sentence's subject whose content is the cue's object and complement ran on into the sentence's
// own verb ("Another waitress who calls me her “sister” didn't answer", rounds 24, 29, 34, 35:
// subject-clause.ts); a "that" clause stopped at a comma before its verb ("learned that, owing to
// ..., the farmers sold", "denied that she, X and Y approved": list-tail.ts runOnOverThatSubject); "talked
// with [the man over the phone]" took the other party for the content (rounds 24, 33, 35:
// talk-with.ts); a relative clause on a noun read as its content, "a finding [that she reported
// in 2009]" (rounds 16, 34: relative-content.ts, a clause whose verb takes a message and has no
// object). Invented sentences; each first test failed before its rule, each guard passes
// before and after.
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

describe('quotes: a relative clause on the subject ends before the sentence verb (round 35)', () => {
  it('cuts an object and complement before the main verb', () => {
    const q = quotes('Another waitress who calls me her “sister” didn’t answer the texts I sent her.');
    expect(q.map((x) => [x.cue, x.content])).toEqual([['calls', ['me her “sister”']]]);
  });

  it('(guard) keeps a reported clause with its own verb', () => {
    expect(quotes('Those who believe the party is stuck are deluding themselves.')).toEqual([
      { speaker: 'Those who', cue: 'believe', content: ['the party is stuck'] },
    ]);
  });
});

describe('quotes: a that clause runs on past a comma to its verb (round 35)', () => {
  it('runs on over an aside after "that" and over a subject list', () => {
    expect(quotes('I soon learned that, owing to the drought, the farmers sold their cattle early that year.')).toEqual(
      [
        {
          speaker: 'I',
          cue: 'learned',
          content: ['that, owing to the drought, the farmers sold their cattle early that year'],
        },
      ],
    );
    expect(quotes('She denied that she, the mayor and the treasurer approved the contract.')).toEqual([
      { speaker: 'She', cue: 'denied', content: ['that she, the mayor and the treasurer approved the contract'] },
    ]);
  });

  it('(guard) leaves a determiner "that", a subordinate clause, a relative, a verb before the comma', () => {
    expect(quotes('While a judge found that action unconstitutional, his decision was overturned.')).toEqual([
      { speaker: 'a judge', cue: 'found', content: ['that action unconstitutional'] },
    ]);
    expect(
      quotes(
        'The family demanded that police release department video of the shooting, which the police have not done.',
      ),
    ).toEqual([
      { speaker: 'The family', cue: 'demanded', content: ['that police release department video of the shooting'] },
    ]);
    expect(
      quotes(
        'When the advisers suggested that Beijing resume buying farm products as part of a deal, Mr. Trump wasn’t satisfied.',
      ),
    ).toEqual([
      {
        speaker: 'the advisers',
        cue: 'suggested',
        content: ['that Beijing resume buying farm products as part of a deal'],
      },
    ]);
    expect(quotes('She rejected that idea, the report said.')).toEqual([
      { speaker: 'the report', cue: 'said', content: ['She rejected that idea'] },
      { speaker: 'She', cue: 'rejected', content: ['that idea'] },
    ]);
  });
});

describe('quotes: talking with someone is no content (round 35)', () => {
  it('drops the other party, keeps the topic after it', () => {
    expect(quotes('Dempsey talked with the man over the phone, trying to find a cause.')).toEqual([]);
    expect(quotes('Dempsey talked with the man about his symptoms.')).toEqual([
      { speaker: 'Dempsey', cue: 'talked with', content: ['his symptoms'] },
    ]);
  });

  it('(guard) keeps a topic after "talked about" and a stance after "disagreed with"', () => {
    expect(quotes('Senators talked about the budget.')).toEqual([
      { speaker: 'Senators', cue: 'talked about', content: ['the budget'] },
    ]);
    expect(quotes('She disagreed with the plan.')).toEqual([
      { speaker: 'She', cue: 'disagreed with', content: ['the plan'] },
    ]);
  });
});

describe('quotes: a relative clause whose verb lacks its object is no content (round 35)', () => {
  it('drops it after a noun of saying and takes the noun in after a verb', () => {
    const q = quotes('She was shocked to find the receptor in kidney cells, a finding that she reported in 2009.');
    expect(q.map((x) => x.cue)).not.toContain('finding');
    expect(quotes('He cited a statement that the agency issued on Friday.')).toEqual([
      { speaker: 'He', cue: 'cited', content: ['a statement that the agency issued on Friday'] },
    ]);
  });

  it('(guard) keeps a complement clause with its object or an intransitive verb', () => {
    expect(quotes('It was a finding that patients reported fewer symptoms.')).toEqual([
      { speaker: 'It', cue: 'finding', content: ['that patients reported fewer symptoms'] },
    ]);
    expect(quotes('Variety published reports that Chris Hemsworth would be returning to the franchise.')).toEqual([
      { speaker: 'Variety', cue: 'reports', content: ['that Chris Hemsworth would be returning to the franchise'] },
    ]);
  });
});
