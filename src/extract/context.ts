// What every format's extractor takes and returns, in a module of its own so the extractors
// (html, text, metadata) do not import the entry point that imports them.
import type { Article } from '../record/types.js';

/** What an extractor for one input format returns: the article without its source and language. */
export type ExtractedFields = Omit<Article, 'source' | 'language'> & { language?: string };

export interface ExtractContext {
  url?: string;
  published?: string;
  now?: string;
}
