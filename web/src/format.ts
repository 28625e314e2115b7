// Small display helpers.
import type { EventType } from '../../src/record/types.ts';

export { MODALITY_LABEL } from '../../src/record/modality.ts';

/** Ten distinguishable colours for event types (Observable's tableau10), reused by chart, map and reader. */
const PALETTE = [
  '#4e79a7',
  '#f28e2c',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc949',
  '#af7aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ab',
];
const TYPE_ORDER: EventType[] = [
  'ASSAULT',
  'PROTEST',
  'CONSULT',
  'AGREE',
  'AID',
  'MOBILIZE',
  'THREATEN',
  'ACCUSE',
  'SANCTION',
  'COERCE',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'RETREAT',
  'REQUEST',
  'REJECT',
];
export const typeColor = (type: string) => PALETTE[Math.max(TYPE_ORDER.indexOf(type as EventType), 0) % PALETTE.length];

export const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : 'undated');

/** A run of hex digits as long as a content hash (the names some crawls give their files). */
const HASH_RUN = /[0-9a-f]{24,}/gi;

/**
 * How a source is shown in lists: a URL's host name; for a local file, its name with any
 * hash-like run of hex digits cut to its first 8 ("042bb7b5….html.gz"), since 64 hex digits
 * say nothing to a reader and push the rest of the line away.
 */
export function sourceName(url: string | null): string {
  if (!url) return '';
  if (/^https?:\/\//i.test(url)) {
    try {
      return new URL(url).hostname;
    } catch {
      // not a URL after all: shown as a file name below
    }
  }
  const name = url.split(/[\\/]/).pop() || url;
  return name.replace(HASH_RUN, (run) => `${run.slice(0, 8)}…`);
}

/** "1 article", "3 articles": a count with its noun in the right number (regular plurals only). */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Quote marks a quote's text may already carry (direct quotes keep the article's own marks). */
const OPENING_MARK = /^\s*["“”„‟«»‘’‚‛‹›「『]/;

/** A quote's text for display in quotation marks: “…” unless it already opens with a mark of its own. */
export function quoted(text: string): string {
  return OPENING_MARK.test(text) ? text : `“${text}”`;
}
