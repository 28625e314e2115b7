// Nineteenth round of issue 14 (audits docs/audits/quotes-zyte-100-round18.md and round19.md):
// invented sentences, each failing before the rule it names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';

const record = (text: string) => analyze(extract({ content: text, format: 'body', published: '2023-04-03' }));
const quotes = (text: string) =>
  record(text).quotes.map((q) => ({
    speaker: q.speaker.text,
    cue: q.cue?.text,
    content: q.content.spans.map((s) => s.text),
  }));

describe('quotes, round 19', () => {
  it('attaches no quoted phrase of the next sentence to a report that quoted no sentence', () => {
    expect(
      quotes(
        'The chairman told investors on Monday that the merger would let the company pay down its debt. It is not always easy to square such payouts with “investing for growth over the long run.”',
      ),
    ).toEqual([
      {
        speaker: 'The chairman',
        cue: 'told',
        content: ['that the merger would let the company pay down its debt'],
      },
    ]);
  });

  it('(guard) still attaches a quoted phrase after a quoted sentence of the same speaker', () => {
    const q = quotes(
      'The mayor spoke on Monday. “The budget is balanced,” she said. The council and the city are “on the brink of a new start” now.',
    );
    expect(q.find((x) => x.content.join(' ').includes('on the brink'))?.speaker).toBe('she');
  });
});
