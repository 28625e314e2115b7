// Geographic centres for the gazetteer build (scripts/build-gazetteer.mjs): countries and world
// regions at the area centroid of their outlines (Natural Earth 1:50m via world-atlas, public
// domain), first-level regions at the centroid of the part of their country whose nearest town
// is theirs (or, for regions too small for that grid, of the convex hull of their towns).
// Gazetteers and Wikipedia place a country or region near its geographic centre, which is what
// these compute; package "centre points" (CIA Factbook rounding, the spread of the towns) sit off.
import { createRequire } from 'node:module';
import { geoArea, geoBounds, geoCentroid, geoContains, geoDistance } from 'd3-geo';
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
    out.set(
      cc,
      [...(out.get(cc) ?? []), ...parts.map(polygonArea)].sort((a, b) => b.area - a.area),
    );
  }
  return out;
}

const toLatLon = ([lon, lat]) => ({ lat, lon });

/** Islands at least this share of the largest part's area count towards an archipelago's centre. */
const MAJOR_PART_SHARE = 0.1;
/** ...if they lie within this great-circle distance (radians, about 1,500 km) of the largest part. */
const MAJOR_PART_REACH = 1500 / 6371;

/** A country whose largest part holds less than this share of its land has no mainland: an archipelago. */
const MAINLAND_SHARE = 0.5;

/**
 * A country's centre: the centroid of its largest polygon together with the other major parts
 * near it (the North Island with the South; Mindanao with Luzon). Overseas parts (French Guiana,
 * Alaska, Hawaii) would pull the centroid of the whole outline into the sea. An archipelago with
 * no mainland has no overseas parts either: all its major islands count, however far apart
 * (Indonesia's New Guinea with Borneo, Sumatra, Sulawesi and Java).
 */
export function countryCentre(polygons) {
  const main = geoCentroid({ type: 'Polygon', coordinates: polygons[0].rings });
  const land = polygons.reduce((sum, p) => sum + p.area, 0);
  const archipelago = polygons[0].area < MAINLAND_SHARE * land;
  const parts = polygons.filter(
    (p) =>
      p.area >= MAJOR_PART_SHARE * polygons[0].area &&
      (archipelago || geoDistance(main, geoCentroid({ type: 'Polygon', coordinates: p.rings })) <= MAJOR_PART_REACH),
  );
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
  let area = 0,
    cx = 0,
    cy = 0;
  for (let i = 0; i < hull.length; i++) {
    const [x0, y0] = hull[i];
    const [x1, y1] = hull[(i + 1) % hull.length];
    const c = x0 * y1 - x1 * y0;
    area += c;
    cx += (x0 + x1) * c;
    cy += (y0 + y1) * c;
  }
  // Fewer than three towns, or all in a line: no area, so their mean.
  const [x, y] =
    Math.abs(area) > 1e-9
      ? [cx / (3 * area), cy / (3 * area)]
      : [(xs.reduce((s, v) => s + v, 0) / xs.length) * k, meanLat];
  const lon = x / k;
  return { lat: y, lon: lon > 180 ? lon - 360 : lon };
}

function ringBox(ring) {
  let w = Infinity,
    e = -Infinity,
    so = Infinity,
    n = -Infinity;
  for (const [x, y] of ring) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    so = Math.min(so, y);
    n = Math.max(n, y);
  }
  return { w, e, s: so, n };
}

/** Even-odd ray casting in the lon/lat plane: exact enough to assign grid cells, and fast. */
function inRing(ring, x, y) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Widest longitude span of a ring that does not wrap across 180°; a wider one is tested on the sphere. */
const MAX_PLANAR_SPAN = 180;

function insidePart({ rings, box }, x, y) {
  if (box.e - box.w > MAX_PLANAR_SPAN) return geoContains({ type: 'Polygon', coordinates: rings }, [x, y]);
  if (x < box.w || x > box.e || y < box.s || y > box.n) return false;
  return inRing(rings[0], x, y) && !rings.slice(1).some((hole) => inRing(hole, x, y));
}

/** Towns of one country in one-degree buckets, so the nearest-town search looks at a few buckets. */
function bucketTowns(t) {
  const buckets = new Map();
  for (let i = 0; i < t.lat.length; i++) {
    const key = `${Math.floor(t.lat[i])}|${Math.floor(t.lon[i])}`;
    if (!buckets.has(key)) buckets.set(key, []);
    buckets.get(key).push(i);
  }
  return { t, buckets };
}

/**
 * The index of the town nearest (lat, lon) in a local plane (longitudes scaled by kc): rings of
 * buckets outward until a ring can hold nothing nearer than the best so far. The ring bound uses
 * latitude distance only, which never overestimates, so the result is exact.
 */
function nearest({ t, buckets }, lat, lon, kc) {
  const la = Math.floor(lat);
  const lo = Math.floor(lon);
  let best = -1,
    bestD = Infinity;
  for (let r = 0; r <= 360; r++) {
    if (best >= 0 && ((r - 1) * kc) ** 2 > bestD && (r - 1) ** 2 > bestD) break;
    for (let dy = -r; dy <= r; dy++) {
      for (let dx = -r; dx <= r; dx++) {
        if (Math.max(Math.abs(dy), Math.abs(dx)) !== r) continue;
        const list = buckets.get(`${la + dy}|${((lo + dx + 540) % 360) - 180}`);
        if (!list) continue;
        for (const i of list) {
          let dl = Math.abs(t.lon[i] - lon);
          if (dl > 180) dl = 360 - dl;
          const d = (t.lat[i] - lat) ** 2 + (dl * kc) ** 2;
          if (d < bestD) {
            bestD = d;
            best = i;
          }
        }
      }
    }
  }
  return best;
}

/** Grid cells sampled per country for territoryCentres: enough for a province of a large country. */
const CELLS_PER_COUNTRY = 4000;
/** Fewer cells than this make a region's territory too coarse to trust; it keeps its hull centre. */
const MIN_REGION_CELLS = 4;

/**
 * First-level regions at the centroid of their territory, approximated without outlines: a grid
 * over each country's outline, each cell given to the region of its nearest town. The empty north
 * of Ontario or west of Queensland belongs to the region whose towns are nearest, so the centre
 * moves into it, as the region's real outline would. `towns` maps a country code to its towns'
 * { lat, lon, region } arrays; returns centres by "CC.code" for the regions enough cells reach.
 */
export function territoryCentres(polygons, towns) {
  const out = new Map();
  const rad = Math.PI / 180;
  for (const [cc, parts] of polygons) {
    const t = towns.get(cc);
    if (!t || t.lat.length === 0) continue;
    const shape = { type: 'MultiPolygon', coordinates: parts.map((p) => p.rings) };
    const [[west, south], [east, north]] = geoBounds(shape);
    const lonSpan = east >= west ? east - west : east + 360 - west;
    const k = Math.cos(((south + north) / 2) * rad);
    const step = Math.sqrt((lonSpan * k * (north - south)) / CELLS_PER_COUNTRY) || 1;
    const index = bucketTowns(t);
    const planar = parts.map(({ rings }) => ({ rings, box: ringBox(rings[0]) }));
    const sums = new Map();
    for (let lat = south + step / 2; lat < north; lat += step) {
      const kc = Math.cos(lat * rad);
      const lonStep = step / Math.max(kc, 0.05);
      for (let d = lonStep / 2; d < lonSpan; d += lonStep) {
        const lon = ((west + d + 540) % 360) - 180;
        if (!planar.some((part) => insidePart(part, lon, lat))) continue;
        const best = nearest(index, lat, lon, kc);
        // Cells weigh by area (cos lat); summed as unit vectors so regions across 180° average well.
        const s = sums.get(t.region[best]) ?? { x: 0, y: 0, z: 0, n: 0 };
        s.x += kc * Math.cos(lat * rad) * Math.cos(lon * rad);
        s.y += kc * Math.cos(lat * rad) * Math.sin(lon * rad);
        s.z += kc * Math.sin(lat * rad);
        s.n++;
        sums.set(t.region[best], s);
      }
    }
    for (const [region, s] of sums) {
      if (s.n < MIN_REGION_CELLS) continue;
      out.set(region, { lat: Math.atan2(s.z, Math.hypot(s.x, s.y)) / rad, lon: Math.atan2(s.y, s.x) / rad });
    }
  }
  return out;
}
