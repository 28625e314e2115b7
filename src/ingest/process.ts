// The CPU-bound part of ingesting one page: extract, analyse (unless extraction alone was asked
// for) and fingerprint for near-duplicate grouping. Pure: runs inline or in a worker thread.
import { extract, type ExtractInput } from '../extract/index.js';
import { analyze, toRecord } from '../analyze/pipeline.js';
import type { ArticleRecord } from '../record/types.js';
import { fingerprint, type Fingerprint } from '../sources/dedup/minhash.js';

export interface ProcessInput extends ExtractInput {
  content: Uint8Array;
  /** False: extraction only, no analyses (faster bulk loads; analyse later). */
  analyze: boolean;
}

export interface Processed {
  record: ArticleRecord;
  /** MinHash fingerprint of the text, or null when it is too short to group. */
  fingerprint: Fingerprint | null;
}

export function processPage(input: ProcessInput): Processed {
  const { analyze: withAnalysis, ...extractInput } = input;
  const article = extract(extractInput);
  const record = withAnalysis ? analyze(article) : toRecord(article);
  return { record, fingerprint: fingerprint(record.text) };
}

/** Runs page processing somewhere (this thread or a pool of workers). */
export interface Processor {
  process(input: ProcessInput): Promise<Processed>;
  close(): Promise<void>;
}

export const inlineProcessor: Processor = {
  process: async (input) => processPage(input),
  close: async () => undefined,
};
