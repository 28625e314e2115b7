import type { Entity } from './types.js';
import { foldName } from '../text/fold.js';

/**
 * The corpus-wide key of an entity: the same real thing in different records gets the same key.
 * Places with a gazetteer id are keyed by it (so "Kyiv" and "Kiev" meet); a country (a GPE whose
 * geo has neither a gazetteer id nor a region) by its ISO code, so "US", "U.S.", "United States"
 * and "America" meet; others by type and folded name, so "Erdoğan" and "Erdogan" meet (and so do
 * "Şen" and "Sen": folding trades that for every name typed without its diacritics).
 */
export function entityKey(e: Pick<Entity, 'type' | 'name' | 'geo'>): string {
  if (e.geo?.geonameId) return `geo:${e.geo.geonameId}`;
  if (e.type === 'GPE' && e.geo && !e.geo.admin1) return `country:${e.geo.country}`;
  const type = e.type === 'LOC' ? 'GPE' : e.type;
  return `${type}:${nameKey(e.name)}`;
}

/** A name in the form names are compared in: compatibility-normalised, folded (see foldName), spaces collapsed. */
export function nameKey(name: string): string {
  return foldName(name.normalize('NFKC')).replace(/\s+/g, ' ').trim();
}

/**
 * A key in today's form: keys made before names were folded ("PERSON:erdoğan", from stored rows
 * or an old link) become "PERSON:erdogan"; gazetteer and country keys, and current keys, stay.
 */
export function currentKey(key: string): string {
  const colon = key.indexOf(':');
  if (colon < 0) return key;
  const prefix = key.slice(0, colon);
  return prefix === 'geo' || prefix === 'country' ? key : `${prefix}:${nameKey(key.slice(colon + 1))}`;
}
