// Content edges, thirteenth round of issue 14 (measured on polnear-dev and polnear-train):
// invented sentences, each failing before the rule it names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';

const contents = (text: string) =>
  analyze(extract({ content: text, format: 'body', published: '2023-04-03' })).quotes.map((q) =>
    q.content.spans.map((s) => s.text),
  );

describe('content edges (round 13)', () => {
  it('ends a content before a conjunction and the subject of the next clause', () => {
    expect(contents('Officials said the bridge would reopen in May, and residents were relieved.')).toEqual([
      ['the bridge would reopen in May'],
    ]);
  });

  it('takes a second "that" clause coordinated with the content in', () => {
    expect(
      contents(
        'The mayor said the city had run out of money for the bridge, and that the council would vote next week.',
      ),
    ).toEqual([['the city had run out of money for the bridge, and that the council would vote next week']]);
    expect(contents('Smith said that he had not read the report, but that his staff would study it closely.')).toEqual([
      ['that he had not read the report, but that his staff would study it closely'],
    ]);
  });

  it('leaves "and that" with a pronoun "that" and its verb out', () => {
    expect(contents('The mayor said the bridge was closed, and that is why traffic was slow.')).not.toContainEqual([
      'the bridge was closed, and that is why traffic was slow',
    ]);
  });

  it('takes a second verb phrase of the reported clause after ", but" in, in another tense than the cue', () => {
    expect(
      contents('Several senators said they had doubts about the nominee, but could not vote against the president.'),
    ).toEqual([['they had doubts about the nominee, but could not vote against the president']]);
    expect(
      contents('The agency says the new tax would cut revenue at first, but would raise $40 billion over ten years.'),
    ).toEqual([['the new tax would cut revenue at first, but would raise $40 billion over ten years']]);
  });

  it('leaves a verb in the cue\'s tense, or a cue, after ", but" out', () => {
    expect(
      contents(
        'The inspector concluded that the mayor had been careless with the funds, but did not recommend charges.',
      ),
    ).toEqual([['that the mayor had been careless with the funds']]);
    expect(contents('The senator said the plan had flaws, but noted that it would create jobs.')).toEqual([
      ['the plan had flaws'],
      ['that it would create jobs'],
    ]);
  });
});
