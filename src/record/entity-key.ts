import type { Entity } from './types.js';

/**
 * The corpus-wide key of an entity: the same real thing in different records gets the same key.
 * Places with a gazetteer id are keyed by it (so "Kyiv" and "Kiev" meet); others by type and name.
 */
export function entityKey(e: Pick<Entity, 'type' | 'name' | 'geo'>): string {
  if (e.geo?.geonameId) return `geo:${e.geo.geonameId}`;
  const type = e.type === 'LOC' ? 'GPE' : e.type;
  return `${type}:${e.name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
}
