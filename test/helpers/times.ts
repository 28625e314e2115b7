// Readers of the times an analysis finds in a sentence, with the page's publication date as their
// reference: the open-kinds tests of the times audits use them.
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';

export function timesReaders(defaultPublished: string) {
  const record = (text: string, published = defaultPublished) =>
    analyze(extract({ content: text, format: 'body', published })).times;
  return {
    record,
    /** Each time as [words, type, value]. */
    times: (text: string, published = defaultPublished) =>
      record(text, published).map((t) => [t.text, t.type, t.value]),
    /** The tense of the time whose words are `words`. */
    tenseOf: (text: string, words: string, published = defaultPublished) =>
      record(text, published).find((t) => t.text === words)?.tense,
  };
}
