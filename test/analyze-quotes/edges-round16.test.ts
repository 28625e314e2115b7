// Sixteenth round of issue 14 (audit docs/audits/quotes-zyte-100-round16.md): invented
// sentences, each failing before the rule it names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';

const quotes = (text: string) =>
  analyze(extract({ content: text, format: 'body', published: '2023-04-03' })).quotes.map((q) => ({
    speaker: q.speaker.text,
    cue: q.cue?.text,
    content: q.content.spans.map((s) => s.text),
  }));
const withCue = (text: string, cue: string) => quotes(text).find((q) => q.cue === cue);

describe('quotes, round 16', () => {
  it('keeps an adverb between a determiner and an adjective inside the speaker ("A similarly fresh poll")', () => {
    expect(
      withCue(
        'A similarly recent Gallup poll has lower numbers for the plan, but also shows that most voters want a new vote.',
        'shows',
      )?.speaker,
    ).toBe('A similarly recent Gallup poll');
  });

  it('never takes an article alone as the speaker ("The" of "The only three members")', () => {
    for (const q of quotes(
      'The only three members of the board also criticised the merger, but also said it would pass.',
    ))
      expect(q.speaker).not.toMatch(/^(?:the|a|an)$/i);
  });

  it('reads the name right before a noun cue in "-ing" as its subject ("with Minister X warning of")', () => {
    expect(
      withCue(
        'The two neighbouring states also condemned the decision, with Foreign Minister Maria Lopez warning of "grave consequences".',
        'warning of',
      )?.speaker,
    ).toBe('Foreign Minister Maria Lopez');
  });

  it('reads no quote where a demonstrative alone "offers" a bare noun phrase ("That promises 355 horsepower")', () => {
    expect(
      withCue('Buyers will get the larger engine. That promises 300 horsepower and 400 lb-ft of torque.', 'promises'),
    ).toBeUndefined();
  });

  it('(guard) keeps a demonstrative that reports a clause, and "it" with a bare object', () => {
    expect(withCue('This shows that the plan failed.', 'shows')?.content).toEqual(['that the plan failed']);
    expect(withCue('The company was sued last year. It denied the allegations.', 'denied')?.content).toEqual([
      'the allegations',
    ]);
  });

  it('starts a content at the start of a hyphenated word, not inside it ("in-line")', () => {
    expect(
      withCue('Most of the companies reported in-line or better than expected results.', 'reported')?.content,
    ).toEqual(['in-line or better than expected results']);
  });

  it('reads no quote in an imperative aside to the reader ("Watergate, remember, took two years")', () => {
    expect(
      withCue(
        'They should let it run its course. (Watergate, remember, took more than two years to unfold.)',
        'remember',
      ),
    ).toBeUndefined();
  });

  it('(guard) keeps a speaker with an appositive before a parenthetical cue and a quotation', () => {
    expect(withCue('"We will win," the senators, both Democrats, say, "and soon."', 'say')?.speaker).toBe(
      'the senators',
    );
  });

  it('takes the first person of an interview\'s answer ("A: I think") for the one interviewed, not the writer', () => {
    const r = analyze(
      extract({
        content: 'Q: What have you learned as a manager?\n\nA: I think listening is the biggest lesson I have learned.',
        format: 'body',
        published: '2023-04-03',
      }),
    );
    const q = r.quotes.find((x) => x.cue?.text === 'think');
    expect(q?.speaker.text).toBe('I');
    expect(q?.speaker.authors).toBeUndefined();
    // (guard) the writer's own "I think" outside an answer stays the writer's.
    const w = analyze(extract({ content: 'I think the plan will work.', format: 'body', published: '2023-04-03' }));
    expect(w.quotes[0]?.speaker.authors).toBeDefined();
  });

  it('gives the second verb of a relative clause the relative\'s antecedent ("anybody that has one and wants")', () => {
    expect(
      withCue('We recommend it to anybody that has a laptop and wants to use it for more than email.', 'wants')
        ?.speaker,
    ).toBe('anybody that');
  });
});
