// Issue 14, quotes round 36 (h373): three content edges left from round 35. A "that" clause whose
// aside opens right after "that" was cut at "that" when the tagger reads "that" as a pronoun after a
// hearer ("told reporters that, owing to the storm, the ferries would not sail"); the run-on over
// the aside took a past tense or an auxiliary for the clause's verb but not a present plural ("his
// neighbours sell"); and a message verb in a relative clause on the sentence's subject took the
// sentence's own predicate for its content ("The report that the company announced last week
// [surprised investors]"). Invented sentences; each first test failed before its rule, each guard
// passes before and after.
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

describe('quotes: a "that" clause runs on over an aside opened right after "that" (round 36)', () => {
  it('runs on after a hearer, where "that" is read as a pronoun', () => {
    expect(quotes('The ranger told us that, owing to the flood, the trails would stay closed.')).toEqual([
      { speaker: 'The ranger', cue: 'told', content: ['that, owing to the flood, the trails would stay closed'] },
    ]);
  });

  it('runs on to a verb in the present plural', () => {
    expect(quotes('She learned that, owing to the floods, the fishermen keep their boats inland.')).toEqual([
      { speaker: 'She', cue: 'learned', content: ['that, owing to the floods, the fishermen keep their boats inland'] },
    ]);
    expect(quotes('He learned that, owing to the cost, many families send their children abroad.')).toEqual([
      { speaker: 'He', cue: 'learned', content: ['that, owing to the cost, many families send their children abroad'] },
    ]);
  });

  it('(guard) leaves a pronoun "that" with no clause after the aside, and a clause after "that," itself', () => {
    expect(quotes('She told us that, owing to the flood, and left.')).toEqual([
      { speaker: 'She', cue: 'told', content: ['that'] },
    ]);
    expect(quotes("She didn't mean that, her lawyer says.")).toEqual([
      { speaker: 'her lawyer', cue: 'says', content: ["She didn't mean that"] },
    ]);
  });
});

describe('quotes: a message verb in a relative clause on the subject reports no predicate (round 36)', () => {
  it('drops the sentence predicate read as the content', () => {
    expect(quotes('The plan that the council announced in March angered the shopkeepers.')).toEqual([]);
  });

  it('(guard) keeps a complement clause after a hearer, a relative on an object, and the verb with its clause', () => {
    expect(quotes('She told reporters that the council announced on Monday.')).toEqual([
      { speaker: 'She', cue: 'told', content: ['that the council announced on Monday'] },
    ]);
    expect(quotes('The council cited a statement that the mayor issued on Friday.')).toEqual([
      { speaker: 'The council', cue: 'cited', content: ['a statement that the mayor issued on Friday'] },
    ]);
    expect(quotes('The council announced in March that the market would close.')).toEqual([
      { speaker: 'The council', cue: 'announced', content: ['that the market would close'] },
    ]);
  });
});

describe('quotes: a noun cue’s possessor past a hyphenated modifier (round 36)', () => {
  it('takes the possessor across "own" and a hyphenated word', () => {
    expect(
      quotes(
        "One of the oddest moments of the hearing was the mayor's own back-pedalling admission that she had never read the report.",
      ),
    ).toEqual([{ speaker: 'the mayor', cue: 'admission', content: ['that she had never read the report'] }]);
  });

  it('(guard) keeps a possessive determiner before a hyphenated word', () => {
    expect(quotes('Her well-known view that taxes should fall is no secret.').map((q) => [q.speaker, q.cue])).toEqual([
      ['Her', 'view'],
    ]);
  });
});

describe('quotes: a content that stops inside a noun phrase runs on to its noun (round 36)', () => {
  it('runs on after a determiner and a hyphenated modifier to the hyphenated noun', () => {
    expect(
      quotes('We described our reasons for making this award in a recently-published write-up: the trial worked.'),
    ).toEqual([
      {
        speaker: 'We',
        cue: 'described',
        content: ['our reasons for making this award in a recently-published write-up'],
      },
    ]);
  });

  it('(guard) leaves a phrase that ends with the sentence, and one already whole', () => {
    expect(quotes('She said the results were the best.')).toEqual([
      { speaker: 'She', cue: 'said', content: ['the results were the best'] },
    ]);
    expect(quotes('He described the plan as a well-meaning failure.')).toEqual([
      { speaker: 'He', cue: 'described', content: ['the plan as a well-meaning failure'] },
    ]);
  });
});

describe('quotes: a "that" clause stopped after its subject, before a phrase and its verb (round 36)', () => {
  it('runs on to the clause verb after a prepositional phrase, also after a hearer', () => {
    const q = quotes(
      'The aide would then have claimed that he was told by an anonymous staffer that Biden in the call had confirmed his earlier offer to lift sanctions in Asia if Xi would ease tariffs.',
    );
    expect(q.filter((x) => x.cue === 'told')).toEqual([
      {
        speaker: 'an anonymous staffer',
        cue: 'told',
        content: [
          'that Biden in the call had confirmed his earlier offer to lift sanctions in Asia if Xi would ease tariffs',
        ],
      },
    ]);
    expect(q.find((x) => x.cue === 'claimed')?.content).toEqual([
      'that he was told by an anonymous staffer that Biden in the call had confirmed his earlier offer to lift sanctions in Asia if Xi would ease tariffs',
    ]);
  });

  it('(guard) leaves a phrase with no verb before the comma', () => {
    expect(quotes('He told the staff that the meeting in the hall, and then left.')).toEqual([
      { speaker: 'He', cue: 'told', content: ['that the meeting in the hall'] },
    ]);
  });
});
