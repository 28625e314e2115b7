// Content edges, session 16 of issue 14 (measured on polnear-dev and polnear-train): invented
// sentences, each failing before the rule it names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';

const contents = (text: string) =>
  analyze(extract({ content: text, format: 'body', published: '2023-04-03' })).quotes.map((q) =>
    q.content.spans.map((s) => s.text),
  );

describe('content edges (session 16)', () => {
  it('ends an object content before an adverbial clause of the writer', () => {
    expect(contents('The senator touted his polling strength while needling his rivals in the primary.')).toEqual([
      ['his polling strength'],
    ]);
    expect(
      contents('The minister condemned the latest missile launch as Pyongyang fired three more missiles.'),
    ).toEqual([['the latest missile launch']]);
    expect(contents('Mr. Smith described the mayor as a reformer when he ran for the office in 2008.')).toEqual([
      ['the mayor as a reformer'],
    ]);
  });

  it('keeps "as" and its predicate, and reported clauses, whole', () => {
    expect(contents('Mr. Smith cited the audit as the reason he is not releasing his returns.')).toEqual([
      ['the audit as the reason he is not releasing his returns'],
    ]);
    expect(contents('The mayor said the bridge would close while crews repair the deck.')).toEqual([
      ['the bridge would close while crews repair the deck'],
    ]);
  });

  it('keeps a sentence-opening "But" in a content before its cue, as PolNeAR does ("And" stays out)', () => {
    expect(contents('But the new plan is still tilted toward the rich, the senator said.')).toEqual([
      ['But the new plan is still tilted toward the rich'],
    ]);
    expect(contents('And the new plan is still tilted toward the rich, the senator said.')).toEqual([
      ['the new plan is still tilted toward the rich'],
    ]);
  });

  it('takes an alternative joined by "or" to the content\'s last word in', () => {
    expect(
      contents(
        'Trump proposes doing away with the mandate requiring all individuals to purchase insurance or face a fine, and plans to cut costs.',
      ),
    ).toEqual([['doing away with the mandate requiring all individuals to purchase insurance or face a fine']]);
  });

  it('takes the rest of the sentence after a parenthetical "according to" source in', () => {
    expect(contents('Fundraising, according to the campaign, has surged in the past three weeks.')).toEqual([
      ['Fundraising', 'has surged in the past three weeks'],
    ]);
    expect(
      contents(
        'Only one person was killed by a gun in Japan, according to the police, and there were eight shootings.',
      ),
    ).toEqual([['Only one person was killed by a gun in Japan', 'there were eight shootings']]);
  });

  it('leaves a description of the "according to" source out', () => {
    expect(contents('Veterans respond well to the training, according to Craig Bryan, head of the center.')).toEqual([
      ['Veterans respond well to the training'],
    ]);
  });

  it('starts a content of "said" at the clause that embeds its "that" clause', () => {
    expect(contents('Mr. Clarke said he realized that the floods were caused by climate change.')).toContainEqual([
      'he realized that the floods were caused by climate change',
    ]);
    expect(contents('Mr. Clarke told reporters that the floods were caused by climate change.')).toEqual([
      ['that the floods were caused by climate change'],
    ]);
  });

  it('takes a second bare verb of an infinitive content in', () => {
    expect(
      contents('Mr. Clarke agreed to clean up the shuttered mines and reclaim the land that had been ravaged.'),
    ).toEqual([['to clean up the shuttered mines and reclaim the land that had been ravaged']]);
    expect(
      contents('The governor planned to revitalize flagging ticket sales to the bridge, then hand over the property.'),
    ).toEqual([['to revitalize flagging ticket sales to the bridge, then hand over the property']]);
  });

  it('takes a list of bare verb phrases after an infinitive content in', () => {
    expect(
      contents(
        'Clinton wants to triple the size of the AmeriCorps program, grow the Peace Corps and create a new program.',
      ),
    ).toEqual([['to triple the size of the AmeriCorps program, grow the Peace Corps and create a new program']]);
  });
});
