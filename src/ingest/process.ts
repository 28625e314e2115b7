// The CPU-bound part of ingesting one page: extract, analyse (unless extraction alone was asked
// for) and fingerprint for near-duplicate grouping. Pure: runs inline or in a worker thread.
import { extract } from '../extract/index.js';
import { analyze } from '../analyze/pipeline.js';
import { toRecord } from '../analyze/record.js';
import { fingerprint } from '../sources/dedup/minhash.js';
import type { Processed, ProcessInput, Processor } from './processor.js';

export function processPage(input: ProcessInput): Processed {
  const { analyze: withAnalysis, ...extractInput } = input;
  const article = extract(extractInput);
  const record = withAnalysis ? analyze(article) : toRecord(article);
  return { record, fingerprint: fingerprint(record.text) };
}

export const inlineProcessor: Processor = {
  process: async (input) => processPage(input),
  close: async () => undefined,
};
