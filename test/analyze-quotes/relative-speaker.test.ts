// Issue 14: a relative pronoun ("who", "which", "that") alone is no speaker's words; the phrase the
// relative clause attaches to is, with that phrase's entity. The words run through the pronoun
// ("Mark Sedwill, who"), which PolNeAR's annotators mark as the source. Each case failed before.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord } from '../../src/record/types.js';

const run = (text: string): ArticleRecord =>
  analyze(extract({ content: text, format: 'body', published: '2019-11-20' }));
const byCue = (r: ArticleRecord, cue: string) => r.quotes.find((x) => x.cue?.text === cue);
const entityName = (r: ArticleRecord, id: string | null | undefined) =>
  r.entities.find((e) => e.id === id)?.name ?? null;

describe('a relative pronoun as the subject of a cue gives way to its antecedent (issue 14)', () => {
  it('takes "the number" in "the number who said they had used cannabis rose"', () => {
    const r = run(
      'In adults aged 26 or older, the number who said they had used cannabis in the past month rose by 23 percent.',
    );
    expect(byCue(r, 'said')?.speaker.text).toBe('the number who');
  });

  it('takes "those" in "those who believe the party is stuck are deluding themselves"', () => {
    const r = run('Those who believe the party is stuck are deluding themselves, the minister added.');
    expect(byCue(r, 'believe')?.speaker.text).toBe('Those who');
  });

  it('takes the named antecedent and its entity in "Alexander Vindman, a career Army officer who described"', () => {
    const r = run('The decision angered Alexander Vindman, a career Army officer who described the call as improper.');
    const q = byCue(r, 'described');
    expect(q?.speaker.text).toBe('Alexander Vindman, a career Army officer who');
    expect(entityName(r, q?.speaker.entity)).toBe('Alexander Vindman');
  });

  it('takes the phrase before ", who said" with its entity', () => {
    const r = run('The talks were led by Mark Sedwill, who said the deal would be signed next week.');
    const q = byCue(r, 'said');
    expect(q?.speaker.text).toBe('Mark Sedwill, who');
    expect(entityName(r, q?.speaker.entity)).toBe('Mark Sedwill');
  });
});
