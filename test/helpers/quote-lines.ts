// The quotes analyze() finds in an invented body text, as speaker words, cue words and content
// pieces: what the quote round tests compare.
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';

export const analyzeBody = (text: string) =>
  analyze(extract({ content: text, format: 'body', published: '2023-04-03' }));

export const quoteLines = (text: string) =>
  analyzeBody(text).quotes.map((q) => ({
    speaker: q.speaker.text,
    cue: q.cue?.text,
    content: q.content.spans.map((s) => s.text),
  }));
