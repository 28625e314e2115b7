// The writer's own first person is an attribution whose source is the writer (PolNeAR's standard):
// the record names the byline's authors as that speaker, not a person mentioned nearby.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord } from '../../src/record/types.js';

const TEXT =
  'Senator Maria Lopez said on Monday that the bill would pass. I think the vote will be closer than she expects.';

const run = (authors: string[], text = TEXT): ArticleRecord =>
  analyze({ ...extract({ content: text, format: 'body', published: '2023-04-03' }), authors });
const writerQuote = (r: ArticleRecord) => r.quotes.find((q) => q.speaker.text === 'I');

describe('the writer as a speaker', () => {
  it('names the byline as the speaker of the writer\'s "I think", not the person quoted before', () => {
    const q = writerQuote(run(['Jane Roe']));
    expect(q?.content.text).toContain('the vote will be closer');
    expect(q?.speaker.authors).toEqual(['Jane Roe']);
    expect(q?.speaker.entity).toBeNull();
  });

  it('keeps the phrase with no entity when the record has no byline', () => {
    const q = writerQuote(run([]));
    expect(q?.speaker.entity).toBeNull();
    expect(q?.speaker.authors).toEqual([]);
  });

  it('links the writer to the entity of the one author when the text names them', () => {
    const r = run(
      ['Jane Roe'],
      'Jane Roe covered the hearing for this paper. Senator Maria Lopez said the bill would pass. I think the vote will be closer.',
    );
    const q = writerQuote(r);
    expect(r.entities.find((e) => e.id === q?.speaker.entity)?.name).toBe('Jane Roe');
  });

  it('leaves speakers other than the writer without authors', () => {
    const r = run(['Jane Roe']);
    expect(r.quotes.filter((q) => q.speaker.text !== 'I').every((q) => q.speaker.authors === undefined)).toBe(true);
  });
});
