// Geographic centres for the gazetteer build (scripts/build-gazetteer.mjs): countries and world
// regions at the area centroid of their outlines (Natural Earth 1:50m via world-atlas, public
// domain), first-level regions at the area centroid of the convex hull of their towns.
// Gazetteers and Wikipedia place a country or region near its geographic centre, which is what
// these compute; package "centre points" (CIA Factbook rounding, the spread of the towns) sit off.
import { createRequire } from 'node:module';
import { geoArea, geoCentroid, geoDistance } from 'd3-geo';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);

/**
 * A country's own part of a continent when it spans two: Russia is European west of the Urals
 * (60°E, the conventional boundary) and Asian east of them; its whole outline would put
 * "Europe" and "Eastern Europe" in Siberia. Every region listing it but `east` gets the west part.
 */
const CONTINENT_SPLITS = { RU: { lon: 60, east: 'Asia' } };

/** A ring whose area exceeds a hemisphere is wound the wrong way (it encloses the rest of the globe). */
const HEMISPHERE_SR = 2 * Math.PI;

function polygonArea(rings) {
  const a = geoArea({ type: 'Polygon', coordinates: rings });
  return a > HEMISPHERE_SR ? { rings: rings.map((r) => [...r].reverse()), area: 4 * Math.PI - a } : { rings, area: a };
}

/** Each country's polygons by ISO alpha-2 code, largest first, with their areas in steradians. */
export function countryPolygons() {
  const topo = require('world-atlas/countries-50m.json');
  const byNumber = new Map(require('world-countries').map((c) => [c.ccn3, c.cca2]));
  const out = new Map();
  for (const f of feature(topo, topo.objects.countries).features) {
    const cc = byNumber.get(String(f.id).padStart(3, '0'));
    if (!cc || !f.geometry) continue;
    const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    // Several features can share a code (Australia and its Ashmore and Cartier Islands).
    out.set(cc, [...(out.get(cc) ?? []), ...parts.map(polygonArea)].sort((a, b) => b.area - a.area));
  }
  return out;
}

const toLatLon = ([lon, lat]) => ({ lat, lon });

/** Islands at least this share of the largest part's area count towards an archipelago's centre. */
const MAJOR_PART_SHARE = 0.1;
/** ...if they lie within this great-circle distance (radians, about 1,500 km) of the largest part. */
const MAJOR_PART_REACH = 1500 / 6371;

/**
 * A country's centre: the centroid of its largest polygon together with the other major parts
 * near it (Java and Sumatra with Borneo; the North Island with the South). Overseas parts
 * (French Guiana, Alaska, Hawaii) would pull the centroid of the whole outline into the sea.
 */
export function countryCentre(polygons) {
  const main = geoCentroid({ type: 'Polygon', coordinates: polygons[0].rings });
  const parts = polygons.filter((p) => p.area >= MAJOR_PART_SHARE * polygons[0].area
    && geoDistance(main, geoCentroid({ type: 'Polygon', coordinates: p.rings })) <= MAJOR_PART_REACH);
  return toLatLon(geoCentroid({ type: 'MultiPolygon', coordinates: parts.map((p) => p.rings) }));
}

/** The part of a ring west (keepWest) or east of a meridian: Sutherland-Hodgman on one edge. */
function clipRing(ring, lon, keepWest) {
  const inside = (p) => (keepWest ? p[0] <= lon : p[0] >= lon);
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    if (inside(a)) out.push(a);
    if (inside(a) !== inside(b)) out.push([lon, a[1] + ((b[1] - a[1]) * (lon - a[0])) / (b[0] - a[0])]);
  }
  if (out.length < 3) return null;
  out.push(out[0]);
  return out;
}

/**
 * World regions (continents, subregions, their aliases) at the centroid of their member
 * countries' mainlands taken together, so a region's centre is weighted by land area.
 * `members` maps a region name to its countries' codes.
 */
export function regionCentres(members, polygons) {
  const out = new Map();
  for (const [name, codes] of members) {
    const parts = [];
    const spanning = Object.keys(CONTINENT_SPLITS).filter((cc) => CONTINENT_SPLITS[cc].east === name);
    for (const cc of new Set([...codes, ...spanning])) {
      const polys = polygons.get(cc);
      if (!polys) continue;
      const split = CONTINENT_SPLITS[cc];
      const outer = polys[0].rings[0];
      const ring = split ? clipRing(outer, split.lon, split.east !== name) : outer;
      if (ring) parts.push([ring]);
    }
    if (parts.length > 0) out.set(name, toLatLon(geoCentroid({ type: 'MultiPolygon', coordinates: parts })));
  }
  return out;
}

/** Lower hull then upper hull (Andrew's monotone chain) of [x, y] points, counter-clockwise. */
function convexHull(points) {
  const pts = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (pts.length < 3) return pts;
  const cross = (o, a, b) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (seq) => {
    const h = [];
    for (const p of seq) {
      while (h.length >= 2 && cross(h[h.length - 2], h[h.length - 1], p) <= 0) h.pop();
      h.push(p);
    }
    h.pop();
    return h;
  };
  return [...half(pts), ...half([...pts].reverse())];
}

/**
 * The centre of a first-level region from its towns: the area centroid of their convex hull in
 * a local equal-area plane (longitudes scaled by the cosine of the mean latitude). Towns crowd
 * into the south of Ontario and the coast of Queensland, so their mean or median sits far from
 * the region's middle; the hull covers the settled extent whatever the density. Longitudes are
 * unwrapped first when the towns straddle the antimeridian (Alaska's Aleutians, Chukotka).
 */
export function hullCentre(lats, lons) {
  const straddles = Math.max(...lons) - Math.min(...lons) > 180;
  const xs = straddles ? lons.map((x) => (x < 0 ? x + 360 : x)) : lons;
  const meanLat = lats.reduce((s, y) => s + y, 0) / lats.length;
  const k = Math.cos((meanLat * Math.PI) / 180);
  const hull = convexHull(xs.map((x, i) => [x * k, lats[i]]));
  let area = 0, cx = 0, cy = 0;
  for (let i = 0; i < hull.length; i++) {
    const [x0, y0] = hull[i];
    const [x1, y1] = hull[(i + 1) % hull.length];
    const c = x0 * y1 - x1 * y0;
    area += c; cx += (x0 + x1) * c; cy += (y0 + y1) * c;
  }
  // Fewer than three towns, or all in a line: no area, so their mean.
  const [x, y] = Math.abs(area) > 1e-9
    ? [cx / (3 * area), cy / (3 * area)]
    : [xs.reduce((s, v) => s + v, 0) / xs.length * k, meanLat];
  const lon = x / k;
  return { lat: y, lon: lon > 180 ? lon - 360 : lon };
}
