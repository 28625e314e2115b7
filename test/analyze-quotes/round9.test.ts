// Kinds of wrong quote from the round-8 audit of the Zyte pages (docs/audits/), on hand-written
// passages through the whole analysis: each case failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord } from '../../src/record/types.js';

const run = (text: string): ArticleRecord =>
  analyze(extract({ content: text, format: 'body', published: '2023-04-03' }));
const cues = (r: ArticleRecord) => r.quotes.map((q) => q.cue?.text);

describe('quote cues that report an act or a possession (round 9)', () => {
  it('reads "ensure that" as making sure, not as a stance (no polnear-train cue in 29)', () => {
    const r = run(
      'Meal planning can make a regular eating pattern easier and ensure that you have healthy food on hand.',
    );
    expect(cues(r)).not.toContain('ensure');
  });

  it('reads "boasts" and "maintains" with a plain object as having, and keeps them with a clause', () => {
    expect(
      run('The firm, which owns ninety papers and boasts a reputation as a pitiless parer of payroll, has drawn ire.')
        .quotes,
    ).toEqual([]);
    expect(run('The company maintains a large presence in the region.').quotes).toEqual([]);
    expect(cues(run('He boasted that the plan would work.'))).toEqual(['boasted']);
  });

  it('takes "that" before a time for a determiner, not the start of a reported clause', () => {
    const r = run('She wrote hundreds of songs that summer and sent twelve of the best ones to a music lawyer.');
    expect(r.quotes).toEqual([]);
    expect(run('She said that time is running out for the talks.').quotes.map((q) => q.content.text)).toEqual([
      'that time is running out for the talks',
    ]);
  });
});

describe('colon labels that name no speaker (round 9)', () => {
  it('reads a letter\'s salutation as its reader ("DEAR ABBY:")', () => {
    const r = run(
      'DEAR ABBY: My older sister has just been diagnosed with cancer. What should I do?\n\nWORRIED IN OHIO',
    );
    expect(r.quotes.map((q) => q.speaker.text)).not.toContain('DEAR ABBY');
  });

  it('reads consecutive one-off name labels with no first or second person as a list (an arrest log)', () => {
    const log =
      'Six people were arrested.\n\nRyan S. Hollman: Dealing in methamphetamine, possession of heroin, held in jail with no bond.\n\n' +
      'Victor N. Burton: Dealing in methamphetamine, visiting a common nuisance, held in jail in lieu of $268,500 bond.\n\n' +
      'Jonathan P. Blair: Possession of methamphetamine, held in jail in lieu of $72,500 bond.';
    expect(run(log).quotes).toEqual([]);
    const answers =
      'Readers had their say on the buses.\n\nMary Jones: The council got it wrong.\n\nTom Smith: We need more buses.\n\nAnn Lee: My street has no lights.';
    expect(run(answers).quotes.map((q) => q.speaker.text)).toEqual(['Mary Jones', 'Tom Smith', 'Ann Lee']);
  });
});

describe('verbs of presenting with a thing for object (round 9)', () => {
  it('reads revealing or offering a product as an act, revealing a message as an attribution', () => {
    expect(run('Audi has revealed the second production model in its e-tron range.').quotes).toEqual([]);
    expect(run('Lexus Philippines offers almost all Lexus models locally.').quotes).toEqual([]);
    expect(cues(run('Van Der Beek revealed the news of the miscarriage in a video package.'))).toEqual(['revealed']);
  });
});
