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

export function host(url: string | null): string {
  if (!url) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return url.split('/').pop() ?? url;
  }
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
