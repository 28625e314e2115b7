// What a user types into search, as a list of terms every store renders into its own full-text
// syntax (FTS5 MATCH, tsquery). "quoted phrases" stay phrases, other words must all match, a
// trailing * asks for a prefix. The limits keep one request from costing seconds: FTS ranking
// work grows with the number of terms (and faster than linearly when a term repeats), and every
// prefix merges the index entries of all the words it starts.
import { foldText } from '../text/fold.js';

export interface QueryTerm {
  /** A word, or the words of a phrase separated by single spaces; no quote marks or asterisks. */
  text: string;
  phrase: boolean;
  prefix: boolean;
}

/** Distinct terms (words and phrases) in one query; people type a handful. */
export const MAX_QUERY_TERMS = 16;
/** Words in all terms together, phrases counted word by word. */
export const MAX_QUERY_WORDS = 32;
/** Prefix terms (word*) in one query. */
export const MAX_PREFIX_TERMS = 4;
/** Letters or digits a prefix needs before its *: "a*" would merge a fifth of the vocabulary. */
export const MIN_PREFIX_CHARS = 2;

/**
 * Most indexed words one prefix may stand for. A full-text index merges the entries of every word
 * a prefix starts before it ranks anything: a page of 400,000 made-up words starting "zq" made
 * "zq*" cost half a second per search in SQLite. Real prefixes of two or more letters start a few
 * hundred. Each store counts them in its own list of indexed words.
 */
export const MAX_PREFIX_COMPLETIONS = 1_000;

/** The word a prefix term's * applies to (its last), folded as the indexes fold words. */
export function prefixWord(text: string): string {
  return foldText(text.match(LAST_WORD)?.[0] ?? text);
}
const LAST_WORD = /[\p{L}\p{N}\p{M}]+$/u;

/** The refusal of a prefix term that starts more than MAX_PREFIX_COMPLETIONS indexed words. */
export function tooBroadPrefix(term: QueryTerm): SearchQueryError {
  return new SearchQueryError(
    `prefix "${term.text}*" starts more than ${MAX_PREFIX_COMPLETIONS} different words: give more letters`,
  );
}

/** A query the store refuses to run, with the reason in one line (an HTTP 400). */
export class SearchQueryError extends Error {
  readonly statusCode = 400;
}

/** A search stopped at its time limit (an HTTP 503). */
/** Time a search may take, in ms (in the SQLite store from its arrival, queueing included). */
export const SEARCH_TIME_LIMIT_MS = 1_200;

export class SearchTimeoutError extends Error {
  readonly statusCode = 503;
}

const TERM = /"([^"]*)"|(\S+)/g;
const CONTROL = /[\u0000-\u001f\u007f]/g;
/**
 * Runs of what FTS tokenizers keep as word characters: letters, digits and combining marks (the
 * vowel signs of Devanagari, say, which sit inside and at the end of words).
 */
const WORD_CHARS = /[\p{L}\p{N}\p{M}]+/gu;
/** Anything else at the edges of a word. */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+$/gu;

/** The terms of a query, each once, in the order typed; throws SearchQueryError past the limits. */
export function parseQueryText(text: string): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  // Control characters separate words: a NUL inside a quoted FTS5 term ends the query string early.
  for (const m of text.replace(CONTROL, ' ').matchAll(TERM)) {
    const term = m[1] !== undefined ? phraseTerm(m[1]) : wordTerm(m[2]);
    if (!term) continue;
    // A repeated term adds nothing to an all-must-match query, but each copy costs ranking work.
    terms.set(`${term.phrase ? '"' : ''}${term.text}${term.prefix ? '*' : ''}`, term);
  }
  const list = [...terms.values()];
  checkLimits(list);
  return list;
}

function phraseTerm(inner: string): QueryTerm | null {
  const words = inner.match(WORD_CHARS);
  if (!words) return null;
  return { text: words.join(' '), phrase: words.length > 1, prefix: false };
}

function wordTerm(raw: string): QueryTerm | null {
  const prefix = raw.endsWith('*');
  const bare = raw.replace(/["*]/g, '').replace(EDGE_PUNCTUATION, '');
  if (!bare) return null;
  if (prefix && countChars(bare) < MIN_PREFIX_CHARS) {
    throw new SearchQueryError(`prefix "${raw}" is too short: give at least ${MIN_PREFIX_CHARS} letters before the *`);
  }
  return { text: bare, phrase: false, prefix };
}

function checkLimits(terms: QueryTerm[]): void {
  if (terms.length > MAX_QUERY_TERMS)
    throw new SearchQueryError(`too many search terms: ${terms.length} (limit ${MAX_QUERY_TERMS})`);
  const words = terms.reduce((n, t) => n + (t.text.match(WORD_CHARS)?.length ?? 0), 0);
  if (words > MAX_QUERY_WORDS)
    throw new SearchQueryError(`too many words in the query: ${words} (limit ${MAX_QUERY_WORDS})`);
  const prefixes = terms.filter((t) => t.prefix).length;
  if (prefixes > MAX_PREFIX_TERMS)
    throw new SearchQueryError(`too many prefix terms (word*): ${prefixes} (limit ${MAX_PREFIX_TERMS})`);
}

function countChars(word: string): number {
  return word.match(WORD_CHARS)?.join('').length ?? 0;
}
