// `--format geojson`: events (clusters with a geocoded place) and the geocoded places the
// matching records mention, as Point features (RFC 7946: [longitude, latitude]), for QGIS or a
// web map. `properties.kind` tells the two apart.
import type { ArticleRecord } from '../record/types.js';
import { entityKey } from '../record/entity-key.js';
import type { ExportEvent } from './events.js';
import { sourceRef } from './urls.js';

export interface Point {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Point[];
}

const point = (lon: number, lat: number, properties: Record<string, unknown>): Point => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties,
});

export function geojson(events: readonly ExportEvent[], records: readonly ArticleRecord[]): FeatureCollection {
  const features: Point[] = [];
  for (const e of events) {
    if (e.place?.lat == null || e.place.lon == null) continue;
    features.push(
      point(e.place.lon, e.place.lat, {
        kind: 'event',
        id: e.id,
        type: e.type,
        mode: e.first?.mode ?? null,
        modality: e.modality,
        background: e.first?.background ?? false,
        firstDate: e.firstDate,
        lastDate: e.lastDate,
        place: e.place.name,
        country: e.place.country,
        actors: e.actors.map((a) => a.name),
        targets: e.targets.map((t) => t.name),
        sources: e.sources.map((s) => sourceRef(s.source) ?? s.recordId),
        sentence: e.first?.sentence.text ?? null,
      }),
    );
  }
  const places = new Map<
    string,
    { name: string; lat: number; lon: number; country: string; records: number; mentions: number }
  >();
  for (const r of records) {
    for (const ent of r.entities) {
      if (!ent.geo) continue;
      const key = entityKey(ent);
      const p = places.get(key) ?? {
        name: ent.name,
        lat: ent.geo.lat,
        lon: ent.geo.lon,
        country: ent.geo.country,
        records: 0,
        mentions: 0,
      };
      p.records++;
      p.mentions += ent.mentions.length;
      places.set(key, p);
    }
  }
  for (const [key, p] of places)
    features.push(
      point(p.lon, p.lat, {
        kind: 'place',
        key,
        name: p.name,
        country: p.country,
        records: p.records,
        mentions: p.mentions,
      }),
    );
  return { type: 'FeatureCollection', features };
}
