// Eighteenth round of issue 14 (audits docs/audits/quotes-zyte-100-round17.md and round18.md):
// invented sentences, each failing before the rule it names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import { speakerName } from '../../src/record/speaker-name.js';

const record = (text: string) => analyze(extract({ content: text, format: 'body', published: '2023-04-03' }));
const quotes = (text: string) =>
  record(text).quotes.map((q) => ({
    speaker: q.speaker.text,
    span: q.speaker.span,
    entity: q.speaker.entity,
    cue: q.cue?.text,
    content: q.content.spans.map((s) => s.text),
  }));
const withCue = (text: string, cue: string) => quotes(text).find((q) => q.cue === cue);

describe('quotes, round 18', () => {
  it('names no one for an agentless passive whose subject is part of what is reported', () => {
    const q = withCue('The company was accused of hiding losses from its investors.', 'accused of');
    expect(q?.content).toEqual(['The company', 'hiding losses from its investors']);
    expect(q?.speaker).toBe('');
    expect(q?.entity).toBeNull();
    expect(q?.span[1]).toBe(q?.span[0]);
    const r = record('The senator is expected to announce his resignation on Friday.');
    expect(speakerName(r.quotes[0].speaker, undefined)).toBe('no one named');
  });

  it('keeps the subject of a verb of feeling in the passive as its speaker', () => {
    const q = withCue('The mayor was angered that the bill failed in the council.', 'angered');
    expect(q?.speaker).toBe('The mayor');
    expect(q?.content).toEqual(['that the bill failed in the council']);
  });

  it('(guard) keeps the speaker in focus after an agentless passive ("He said" after "X is expected to")', () => {
    const r = record(
      'Senator John Marsh spoke on Monday. The bill is expected to pass next week. He said the vote would be close.',
    );
    const he = r.quotes.find((q) => q.speaker.text === 'He');
    const marsh = r.entities.find((e) => e.name === 'John Marsh');
    expect(marsh).toBeDefined();
    expect(he?.speaker.entity).toBe(marsh?.id);
  });

  it('starts the content at the reported clause\'s subject, not at its own "that" ("said Kabul had ensured that")', () => {
    expect(
      withCue(
        'When the president announced the exchange last week, he said Kabul had ensured that the freed militants would not return to the front line.',
        'said',
      )?.content,
    ).toEqual(['Kabul had ensured that the freed militants would not return to the front line']);
  });

  it('(guard) still starts at "that" after a hearer or a time ("told reporters that", "said Monday that")', () => {
    expect(withCue('She told reporters that the vote was fair.', 'told')?.content).toEqual(['that the vote was fair']);
    expect(withCue('She said Monday that the vote was fair.', 'said')?.content).toEqual(['that the vote was fair']);
  });

  it('leaves an occasion before "that" out ("said during a Friday evening rally in Michigan that")', () => {
    expect(
      withCue(
        'Trump said during a Friday evening rally in Michigan that Clinton once described the deal as the gold standard.',
        'said',
      )?.content,
    ).toEqual(['that Clinton once described the deal as the gold standard']);
  });

  it('leaves a date after the hearer out ("told investors of X, the parent, on Oct. 31 that ...")', () => {
    expect(
      withCue(
        'Reed, who will be the merged company\'s chairman, told investors of New Media, the GateHouse parent, on Oct. 31 that the merger would allow the company to pay down debt and "to return capital to shareholders through dividends."',
        'told',
      )?.content[0],
    ).toMatch(/^that the merger would allow/);
  });

  it('leaves a description of the source out after "According to X," ("published in ...", "which was ...")', () => {
    expect(
      withCue('According to the study, published in the journal Nature, the drug cut deaths by half.', 'According to')
        ?.content,
    ).toEqual(['the drug cut deaths by half']);
    expect(
      withCue('According to the report, which was released on Monday, the economy grew by 2 percent.', 'According to')
        ?.content,
    ).toEqual(['the economy grew by 2 percent']);
  });

  it('reads "that" before a verb after a noun as a relative pronoun, whose antecedent is reported ("proposed nothing that would")', () => {
    expect(withCue('He proposed nothing that would increase his own taxes.', 'proposed')?.content).toEqual([
      'nothing that would increase his own taxes',
    ]);
  });

  it('leaves the conjunction of "given that officers" out of the speaker', () => {
    expect(
      withCue(
        'The message was all the more disturbing given that officers had earlier threatened to use live fire.',
        'threatened',
      )?.speaker,
    ).toBe('officers');
  });

  it('takes the noun opening the sentence into the speaker before a preposition ("People across the nation")', () => {
    expect(
      withCue('People across the nation are talking about it: the state is on meth.', 'talking about')?.speaker,
    ).toBe('People across the nation');
  });
});

describe('quotes, round 18: the content tagger', () => {
  it('takes the object a relative "that" stands for into the content ("propounding views that pose")', () => {
    expect(
      withCue(
        'Trump has been propounding views that pose an existential threat to the homes of millions of Americans.',
        'propounding',
      )?.content,
    ).toEqual(['views that pose an existential threat to the homes of millions of Americans']);
  });
});
