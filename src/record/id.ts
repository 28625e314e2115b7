import { createHash } from 'node:crypto';
import type { Source } from './types.js';

/**
 * Whitespace runs that are not a lone space: a space and more whitespace, or any other whitespace
 * character and what follows it. Replacing only these gives what replacing every run of /\s+/ with
 * a space gives, without rewriting each of an article's thousand single spaces.
 */
const WHITESPACE_TO_COLLAPSE = / \s+|[^\S ]\s*/g;

/** Whitespace-collapsed, lower-cased text: what "the same text" means for ids and exact duplicates. */
export function normaliseText(text: string): string {
  return text.replace(WHITESPACE_TO_COLLAPSE, ' ').trim().toLowerCase();
}

/** Hash of the normalised text alone: equal for exact duplicates from different sources. */
export function textHash(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex').slice(0, 32);
}

/**
 * Where a record came from, as its identity: the local file when it was read from one (its URL,
 * declared as canonical or given by --url-map, may be shared by several saved copies, or wrong, as
 * when every page of a site names its home page), else its URL.
 */
export function sourceKey(source: Source): string | undefined {
  return source.path ?? source.uri;
}

/** Stable record id: hash of where it came from and of its normalised text. */
export function recordId(source: Source, text: string): string {
  const where = sourceKey(source) ?? '';
  return createHash('sha256').update(where).update('\u0000').update(normaliseText(text)).digest('hex').slice(0, 16);
}
