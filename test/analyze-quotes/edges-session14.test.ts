// Content edges measured on polnear-dev (session 14): invented sentences, each failing before
// the rule it names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';

const contents = (text: string) =>
  analyze(extract({ content: text, format: 'body', published: '2023-04-03' })).quotes.map((q) =>
    q.content.spans.map((s) => s.text),
  );

describe('content edges (session 14)', () => {
  it('takes the subject of an agentless passive cue into its content', () => {
    expect(contents('The new budget is expected to pass before the deadline on Friday.')).toEqual([
      ['The new budget', 'to pass before the deadline on Friday'],
    ]);
    expect(contents('And firefighters have often been accused of ignoring the residents.')).toEqual([
      ['firefighters', 'ignoring the residents'],
    ]);
  });

  it('leaves the subject of a passive in a subordinate clause, and an active perfect, as they were', () => {
    expect(contents('Although the plan is intended to cut taxes, it will raise them.')).toEqual([['to cut taxes']]);
    expect(contents('The mayor said taxes would fall.')).toEqual([['taxes would fall']]);
  });

  it('keeps "for" before a gerund or participle in the cue ("called for"), out of the content', () => {
    expect(contents('The mayor called for cutting the property tax to 2 percent.')).toEqual([
      ['cutting the property tax to 2 percent'],
    ]);
    expect(contents('The senator called for increased defense spending.')).toEqual([['increased defense spending']]);
  });

  it("ends an object content before the speaker's next verb phrase", () => {
    expect(contents('The doctor promoted unproven therapies and downplayed the risks for children.')).toEqual([
      ['unproven therapies'],
    ]);
    expect(contents('She declined that assignment and has since left the network.')).toEqual([['that assignment']]);
  });

  it('keeps coordinated verbs of a reported clause, an infinitive or a relative clause', () => {
    expect(contents('He said prices rose and fell.')).toEqual([['prices rose and fell']]);
    expect(contents('She vowed to cut taxes and raise spending.')).toEqual([['to cut taxes and raise spending']]);
    expect(contents('He cited the importance of a nation that borders China and has had ties with Japan.')).toEqual([
      ['the importance of a nation that borders China and has had ties with Japan'],
    ]);
  });

  it('takes the last item of a list into the content', () => {
    expect(
      contents('The governor gave a speech on Monday, stressing public safety, and a plan to hire more teachers.'),
    ).toEqual([['public safety, and a plan to hire more teachers']]);
  });

  it('leaves a new clause after the list out', () => {
    expect(contents('The governor praised the police, and the mayor agreed.')).not.toContainEqual([
      'the police, and the mayor agreed',
    ]);
  });
});
