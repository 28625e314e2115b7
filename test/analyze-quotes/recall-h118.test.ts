// Issue 14, recall (session 17, h118): stance adjectives behind a degree adverb. Hand-written
// passages through the whole analysis, each failing before its change.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord } from '../../src/record/types.js';

const run = (text: string): ArticleRecord =>
  analyze(extract({ content: text, format: 'body', published: '2023-04-03' }));
const said = (r: ArticleRecord) => r.quotes.map((q) => `${q.cue?.text} | ${q.speaker.text} | ${q.content.text}`);

describe('a stance adjective after "be" and an adverb or a negation', () => {
  it('reads "is so frustrated that", "is more passionate about", "were very much concerned about"', () => {
    expect(said(run('The governor is so frustrated that the state is cutting school funds.'))).toEqual([
      'frustrated | The governor | that the state is cutting school funds',
    ]);
    expect(said(run('The director is more passionate about the history of the city.'))).toEqual([
      'passionate about | The director | the history of the city',
    ]);
    expect(said(run('The senators were very much concerned about the shift in strategy.'))).toEqual([
      'concerned about | The senators | the shift in strategy',
    ]);
  });
});
