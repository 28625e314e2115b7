// Fourteenth round of issue 14 (audit docs/audits/quotes-zyte-random-100-round14.md): invented
// sentences, each failing before the rule it names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';

const quotes = (text: string) =>
  analyze(extract({ content: text, format: 'body', published: '2023-04-03' })).quotes.map((q) => ({
    speaker: q.speaker.text,
    content: q.content.spans.map((s) => s.text),
  }));

describe('quotes, round 14', () => {
  it('attaches no next sentence as a mixed quote for a quoted title or a quoted term', () => {
    expect(
      quotes(
        'The band announced the spring tour while closing out their concert in Denver. Later the singer came out for a surprise version of their single “Running Down the Road,” the title track of their first album.',
      ),
    ).toEqual([{ speaker: 'The band', content: ['the spring tour'] }]);
    expect(
      quotes(
        'The mayor said the budget was balanced. Last year the city reportedly cut 50 “temporary” jobs and closed two libraries.',
      ),
    ).toEqual([{ speaker: 'The mayor', content: ['the budget was balanced'] }]);
  });

  it('still attaches a quoted phrase in the next sentence as a mixed quote (after a quoted sentence, round 19)', () => {
    expect(
      quotes(
        '“The budget is balanced,” the mayor said. The council is “on the brink of collapse” in the view of many.',
      ),
    ).toEqual([
      { speaker: 'the mayor', content: ['“The budget is balanced,”'] },
      { speaker: 'the mayor', content: ['The council is “on the brink of collapse” in the view of many'] },
    ]);
  });

  it('takes no speaker from another clause for "no one" or "nobody"', () => {
    expect(
      quotes(
        'The bank has been a leader in the market but no one knows how much the new rules will change the industry.',
      ),
    ).toEqual([]);
    expect(quotes('The plant is old, and nobody really believes that it will reopen.')).toEqual([]);
  });

  it('reads the phrase after a quotation and its cue as the speaker when a participle with "by" follows', () => {
    expect(
      quotes(
        '“In our view, this rising cost constitutes a threat to the whole program,” says the letter signed by four senators.',
      ),
    ).toEqual([
      {
        speaker: 'the letter',
        content: ['“In our view, this rising cost constitutes a threat to the whole program,”'],
      },
    ]);
  });

  it('takes in the last item of a list after a capitalised word the tagger could not place', () => {
    expect(
      quotes(
        'Analysts have previously predicted that Apple will move its entire notebook lineup to new keyboards in 2020, including all MacBook Pro and MacBook Air models.',
      ),
    ).toEqual([
      {
        speaker: 'Analysts',
        content: [
          'that Apple will move its entire notebook lineup to new keyboards in 2020, including all MacBook Pro and MacBook Air models',
        ],
      },
    ]);
  });

  it('takes a reflexive pronoun for no speaker: an object after a verb, a stress after a noun phrase', () => {
    expect(
      quotes('As your business grows, you will find yourself being asked to speak at large public events.'),
    ).toEqual([]);
    expect(quotes('The mayor himself said the plan was dead.')).toEqual([
      { speaker: 'The mayor', content: ['the plan was dead'] },
    ]);
  });
});
