import { createHash } from 'node:crypto';
import type { Source } from './types.js';

/** Whitespace-collapsed, lower-cased text: what "the same text" means for ids and exact duplicates. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Hash of the normalised text alone: equal for exact duplicates from different sources. */
export function textHash(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex').slice(0, 32);
}

/** Stable record id: hash of where it came from and of its normalised text. */
export function recordId(source: Source, text: string): string {
  const where = source.uri ?? source.path ?? '';
  return createHash('sha256').update(where).update('\u0000').update(normaliseText(text)).digest('hex').slice(0, 16);
}
