// The cue model's veto of acts (quotes/index.ts, actNotSpeech): a verb the cue rules read with an
// object reports an act, not speech, when the cue model, trained with GUM's non-attribution
// sentences as negatives (scripts/train-quotes.ts), scores it low; quotations, stance adjectives
// and passives are never vetoed.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord } from '../../src/record/types.js';

const run = (text: string): ArticleRecord =>
  analyze(extract({ content: text, format: 'body', published: '2022-02-17' }));
const cues = (r: ArticleRecord) => r.quotes.map((q) => q.cue?.text);

describe('acts are not attributions', () => {
  it('drops a thing that keeps a thing ("The service maintains a large catalogue")', () => {
    expect(run('The service maintains a large catalogue of older games.').quotes).toEqual([]);
  });

  it('keeps a quotation after a verb the model scores low', () => {
    const r = run(
      'When his editors asked him to explain himself, he would respond, “I have a horror of being obvious.”',
    );
    expect(r.quotes.some((q) => q.content.text.includes('horror of being obvious'))).toBe(true);
  });

  it('keeps reported speech and stance adjectives', () => {
    expect(cues(run('The mayor said the levee would hold through the storm.'))).toContain('said');
    expect(cues(run('Local officials were frustrated with the slow federal response.'))).toContain('frustrated with');
  });
});
