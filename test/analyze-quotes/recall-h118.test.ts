// Issue 14, recall (session 17, h118): cues from WordNet's verbs that take a "that" clause, and
// stance adjectives behind a degree adverb or a negation. Hand-written passages through the whole
// analysis, each failing before its change.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord } from '../../src/record/types.js';

const run = (text: string): ArticleRecord =>
  analyze(extract({ content: text, format: 'body', published: '2023-04-03' }));
const said = (r: ArticleRecord) => r.quotes.map((q) => `${q.cue?.text} | ${q.speaker.text} | ${q.content.text}`);

describe('a verb WordNet gives a "that" clause, before "that" and a clause', () => {
  it('reads verbs of finding, supposing and perceiving no cue list named', () => {
    expect(said(run('Investigators have also discovered that the files were copied twice.'))).toEqual([
      'discovered | Investigators | that the files were copied twice',
    ]);
    expect(said(run('The mayor assumed that the council would approve the budget.'))).toEqual([
      'assumed | The mayor | that the council would approve the budget',
    ]);
    expect(said(run('Residents noticed that the river had risen overnight.'))).toEqual([
      'noticed | Residents | that the river had risen overnight',
    ]);
  });

  it('leaves "that" as a determiner alone ("flouts that treaty")', () => {
    expect(run('The government openly discovered that treaty in the archive.').quotes).toEqual([]);
    expect(run('The regime flouts that treaty, according to nobody.').quotes.map((q) => q.cue?.text)).not.toContain(
      'flouts',
    );
  });
});

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
