// Where accuracy within 161 km is lost on a GeoVirus-format file, by kind of miss:
//   npx tsx eval/geo-miss-kinds.ts ../shared/data/geo/geovirus.xml
// Each recognised gold toponym farther than 161 km from the predicted point (or given none) is
// classed by the predicted place's kind and whether the gold point lies inside the predicted
// country (Natural Earth outlines): for a country, inside means the point chosen for the country
// differs from the gold's convention; outside, another place was meant. Prints each kind's count
// and up to 12 examples.
import { createRequire } from 'node:module';
import { geoContains, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ACCURACY_KM, predict, readGeoVirus } from './geo.js';
import { haversineKm } from '../src/analyze/components/geocode/distance.js';

const EXAMPLES = 12;

const require = createRequire(import.meta.url);
const topo = require('world-atlas/countries-50m.json') as Topology;
const byNumber = new Map((require('world-countries') as { cca2: string; ccn3: string }[]).map((c) => [c.ccn3, c.cca2]));
const outlines = new Map<string, GeoPermissibleObjects>();
const fc = feature(topo, topo.objects.countries as GeometryCollection) as unknown as {
  features: { id: string }[];
};
for (const f of fc.features) {
  const cc = byNumber.get(String(f.id).padStart(3, '0'));
  if (cc) outlines.set(cc, f as unknown as GeoPermissibleObjects);
}
const inside = (cc: string, g: { lat: number; lon: number }) => {
  const outline = outlines.get(cc);
  return outline !== undefined && geoContains(outline, [g.lon, g.lat]);
};

const path = process.argv[2];
if (!path) {
  console.error('usage: npx tsx eval/geo-miss-kinds.ts <geovirus.xml>');
  process.exit(2);
}
const kinds = new Map<string, string[]>();
const add = (kind: string, example: string) => kinds.set(kind, [...(kinds.get(kind) ?? []), example]);
for (const article of readGeoVirus(path)) {
  const predicted = predict(article.text);
  for (const g of article.toponyms) {
    // GeoVirus offsets are one past the name's index (see geo.ts).
    const p = predicted.find((x) => x.span[0] < g.end - 1 && g.start - 1 < x.span[1]);
    if (!p) continue;
    if (p.lat === undefined || p.lon === undefined) {
      add('no point', g.name);
      continue;
    }
    const km = haversineKm(g, { lat: p.lat, lon: p.lon });
    if (km <= ACCURACY_KM) continue;
    const example = `${g.name} -> ${p.name} (${Math.round(km)} km)`;
    if (p.kind === 'region') add('world region or sea: point convention', example);
    else if (p.kind === 'country')
      add(
        inside(p.cc, g) ? 'country: gold point inside it (point convention)' : 'country: gold point outside it',
        example,
      );
    else add(`${p.kind}: ${inside(p.cc, g) ? 'right country, too far' : 'another country (namesake)'}`, example);
  }
}
for (const [kind, examples] of [...kinds].sort((a, b) => b[1].length - a[1].length))
  console.log(`${examples.length}\t${kind}\n\t\t${examples.slice(0, EXAMPLES).join('; ')}`);
