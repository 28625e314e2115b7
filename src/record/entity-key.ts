import type { Entity } from './types.js';

/**
 * The corpus-wide key of an entity: the same real thing in different records gets the same key.
 * Places with a gazetteer id are keyed by it (so "Kyiv" and "Kiev" meet); a country (a GPE whose
 * geo has neither a gazetteer id nor a region) by its ISO code, so "US", "U.S.", "United States"
 * and "America" meet; others by type and name.
 */
export function entityKey(e: Pick<Entity, 'type' | 'name' | 'geo'>): string {
  if (e.geo?.geonameId) return `geo:${e.geo.geonameId}`;
  if (e.type === 'GPE' && e.geo && !e.geo.admin1) return `country:${e.geo.country}`;
  const type = e.type === 'LOC' ? 'GPE' : e.type;
  return `${type}:${e.name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
}
