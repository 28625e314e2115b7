// Issue 14, recall (nineteenth session, h142): the learned cue model may add a cue at a verb the cue
// lexicons know where the rules found none there; not at a raising verb, an attributive participle
// or a verb before a passive's "by". Invented passages through the whole analysis.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord } from '../../src/record/types.js';

const run = (text: string): ArticleRecord =>
  analyze(extract({ content: text, format: 'body', published: '2023-04-03' }));
const said = (r: ArticleRecord) => r.quotes.map((q) => `${q.cue?.text} | ${q.speaker.text} | ${q.content.text}`);

describe('a known verb the rules leave', () => {
  it('reads it where the cue model scores it a cue', () => {
    expect(
      said(run('The new timetable confused many travellers. Others reported being stranded at the station for hours.')),
    ).toContain('reported | Others | being stranded at the station for hours');
    expect(said(run('The engineer wondered whether the old bridge could carry the extra load.'))).toContain(
      'wondered | The engineer | whether the old bridge could carry the extra load',
    );
  });

  it('leaves a raising verb, an attributive participle and a passive with its agent alone', () => {
    expect(run('The figures seem to be wrong.').quotes).toEqual([]);
    expect(said(run('Their repeated claims of innocence were ignored by the court.'))).toEqual([]);
    expect(
      said(run('The mayor is accused by critics of ignoring the flood warnings.')).filter((q) =>
        q.startsWith('accused | The mayor'),
      ),
    ).toEqual([]);
  });
});
