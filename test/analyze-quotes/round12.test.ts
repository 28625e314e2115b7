// Kinds of wrong quote found by the round-12 audit of the Zyte pages
// (docs/audits/quotes-zyte-random-100-round12.md), on hand-written passages through the whole
// analysis: each case failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord } from '../../src/record/types.js';

const run = (text: string): ArticleRecord =>
  analyze(extract({ content: text, format: 'body', published: '2019-11-20' }));

describe('an appositive before the cue is the speaker when the phrase before it is an object (round 12 #37)', () => {
  it('takes "Big Machine", not the object of "owns", in "The group that owns most of her music, Big Machine, says"', () => {
    const r = run(
      'The group that owns most of her music, Big Machine, says she will be allowed to play her old tracks at the awards on Sunday.',
    );
    const q = r.quotes.find((x) => x.cue?.text === 'says');
    expect(q?.speaker.text).toBe('Big Machine');
  });
});

describe('a cue coordinated inside a "while" clause has that clause\'s subject (round 12 #79)', () => {
  it('gives "say" to the police, not to China, the subject of the first clause', () => {
    const r = run(
      'China said it is committed to the formula granting the city autonomy, while the city’s police deny accusations of brutality and say they show utmost restraint.',
    );
    const q = r.quotes.find((x) => x.cue?.text === 'say');
    expect(q?.speaker.text).toBe('the city’s police');
  });
});

describe('a cue inside the sentence subject: the content ends before the sentence verb (round 12 #12)', () => {
  it('ends "the number who said they had used cannabis ..." before "rose"', () => {
    const r = run(
      'In adults aged 26 or older, the number who said they had used cannabis in the past month rose by 23 percent.',
    );
    const q = r.quotes.find((x) => x.cue?.text === 'said');
    expect(q?.content.text).toBe('they had used cannabis in the past month');
  });
  it('ends "those who believe ..." before "are deluding themselves"', () => {
    const r = run(
      'At the same time, however, those who believe Xi’s Communist Party is stuck are deluding themselves.',
    );
    const q = r.quotes.find((x) => x.cue?.text === 'believe');
    expect(q?.content.text).toBe('Xi’s Communist Party is stuck');
  });
  it('leaves a noun cue heading the subject as PolNeAR reads it', () => {
    const r = run(
      'Schiff’s astounding assertion that he doesn’t know the whistleblower’s name is as hard to believe as Mueller’s testimony.',
    );
    const q = r.quotes.find((x) => x.cue?.text === 'assertion');
    expect(q?.content.text).toContain('is as hard to believe');
  });
  it('stops at a relative adverb inside the content', () => {
    const r = run('Those who think we are at a moment where three things are happening at once are right.');
    const q = r.quotes.find((x) => x.cue?.text === 'think');
    expect(q?.content.text).not.toBe('we are at a moment where three things');
  });
  it('leaves a subject that says a whole clause as it was', () => {
    const r = run('Officials who spoke to reporters said the plan had failed and the money was gone.');
    const q = r.quotes.find((x) => x.cue?.text === 'said');
    expect(q?.content.text).toBe('the plan had failed and the money was gone');
  });
});
