// Toponym recognition and resolution on GeoVirus (WikiNews outbreak articles):
//   npm run eval:geo -- ../shared/data/geo/geovirus.xml [--worst N] [--json]
// Precision / recall by span overlap between predicted GPE/LOC mentions and gold toponyms,
// accuracy within 161 km (100 miles) and median error over the recognised gold toponyms.
// GeoVirus offsets are one more than the name's index in <text> (see ../shared/data/README.md).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { XMLParser } from 'fast-xml-parser';
import { geoContains, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { newDoc } from '../src/analyze/doc.js';
import { tokens } from '../src/analyze/components/tokens.js';
import { entities } from '../src/analyze/components/entities/index.js';
import { resolvePlaces } from '../src/analyze/components/geocode/resolve.js';
import { gazetteer } from '../src/analyze/resources/gazetteer.js';
import { extract } from '../src/extract/index.js';
import { haversineKm } from '../src/analyze/components/geocode/distance.js';

/** The customary "correct" radius for geocoding: 100 miles. */
export const ACCURACY_KM = 161;
/** GeoVirus start/end are one past the name's string index. */
const GEOVIRUS_OFFSET = 1;

export interface GoldToponym {
  name: string;
  start: number;
  end: number;
  lat: number;
  lon: number;
}
export interface GeoArticle {
  text: string;
  toponyms: GoldToponym[];
}
export interface KindScore {
  n: number;
  within: number;
  inCountry: number;
}
export interface GeoScore {
  byKind: Record<string, KindScore>;
  articles: number;
  gold: number;
  predicted: number;
  precision: number;
  recall: number;
  accuracy161: number;
  medianKm: number;
  resolved: number;
  misses: Miss[];
  unfound: string[];
  gazetteerMs: number;
  wordsPerSecond: number;
}
interface Miss {
  name: string;
  km: number;
  got: string;
}

export function readGeoVirus(path: string): GeoArticle[] {
  const parser = new XMLParser({
    isArray: (name) => name === 'article' || name === 'location',
    parseTagValue: false,
    trimValues: false,
  });
  const xml = parser.parse(readFileSync(path, 'utf8')) as {
    articles: { article: { text: string; locations?: { location?: Record<string, string>[] } }[] };
  };
  return xml.articles.article.map((a) => ({
    text: a.text,
    toponyms: (a.locations?.location ?? [])
      .filter((l) => String(l.name ?? '').trim() !== '')
      .map((l) => ({
        name: String(l.name),
        start: Number(l.start) - GEOVIRUS_OFFSET,
        end: Number(l.end) - GEOVIRUS_OFFSET,
        lat: Number(l.lat),
        lon: Number(l.lon),
      })),
  }));
}

interface Predicted {
  span: readonly [number, number];
  lat?: number;
  lon?: number;
  name: string;
  kind: string;
  cc: string;
}

/** The located mentions the analysis finds in one text, each with its resolved point (if any). */
export function predict(text: string): Predicted[] {
  const doc = newDoc(extract({ content: text, format: 'body' }));
  tokens.run(doc);
  entities.run(doc);
  const { chosen } = resolvePlaces(doc, doc.entities);
  const out: Predicted[] = [];
  for (const e of doc.entities) {
    if (e.type !== 'GPE' && e.type !== 'LOC') continue;
    const p = chosen.get(e);
    for (const span of e.mentions)
      out.push({
        span,
        lat: p?.lat,
        lon: p?.lon,
        name: p ? `${p.name} (${p.cc || p.kind})` : '?',
        kind: p?.kind ?? 'none',
        cc: p?.cc ?? '',
      });
  }
  return out;
}

/** Country outlines (Natural Earth via world-atlas), to tell whether a gold point lies in the predicted country. */
const outlines = (() => {
  const require = createRequire(import.meta.url);
  const topo = require('world-atlas/countries-50m.json') as Topology;
  const numeric = new Map(
    (require('world-countries') as { cca2: string; ccn3: string }[]).map((c) => [c.ccn3, c.cca2]),
  );
  const byCode = new Map<string, GeoPermissibleObjects>();
  const fc = feature(topo, topo.objects.countries as GeometryCollection) as unknown as {
    features: { id: string; geometry: GeoPermissibleObjects }[];
  };
  for (const f of fc.features) {
    const cc = numeric.get(String(f.id).padStart(3, '0'));
    if (cc) byCode.set(cc, f as unknown as GeoPermissibleObjects);
  }
  return byCode;
})();

function inCountry(cc: string, g: { lat: number; lon: number }): boolean {
  const outline = outlines.get(cc);
  return outline !== undefined && geoContains(outline, [g.lon, g.lat]);
}

const overlaps = (a: readonly [number, number], s: number, e: number) => a[0] < e && s < a[1];

export function scoreGeo(articles: readonly GeoArticle[]): GeoScore {
  const gazetteerMs = gazetteer().loadMs;
  let gold = 0,
    predicted = 0,
    truePredicted = 0,
    found = 0,
    words = 0;
  const errors: number[] = [];
  const misses: Miss[] = [];
  const unfound: string[] = [];
  const byKind: Record<string, KindScore> = {};
  const started = performance.now();
  for (const a of articles) {
    const preds = predict(a.text);
    words += a.text.split(/\s+/).length;
    predicted += preds.length;
    truePredicted += preds.filter((p) => a.toponyms.some((g) => overlaps(p.span, g.start, g.end))).length;
    for (const g of a.toponyms) {
      gold++;
      const p = preds.find((q) => overlaps(q.span, g.start, g.end));
      if (!p) {
        unfound.push(g.name);
        continue;
      }
      found++;
      const km = p.lat === undefined || p.lon === undefined ? Infinity : haversineKm(g, { lat: p.lat, lon: p.lon });
      errors.push(km);
      const k = (byKind[p.kind] ??= { n: 0, within: 0, inCountry: 0 });
      k.n++;
      if (km <= ACCURACY_KM) k.within++;
      if (p.cc && inCountry(p.cc, g)) k.inCountry++;
      if (km > ACCURACY_KM) misses.push({ name: g.name, km: Math.round(km), got: p.name });
    }
  }
  const seconds = (performance.now() - started) / 1000;
  errors.sort((x, y) => x - y);
  return {
    articles: articles.length,
    gold,
    predicted,
    precision: predicted ? truePredicted / predicted : 0,
    recall: gold ? found / gold : 0,
    accuracy161: errors.length ? errors.filter((k) => k <= ACCURACY_KM).length / errors.length : 0,
    medianKm: errors.length ? errors[Math.floor(errors.length / 2)] : NaN,
    byKind,
    resolved: errors.length,
    misses,
    unfound,
    gazetteerMs,
    wordsPerSecond: words / seconds,
  };
}

function main(argv: string[]): void {
  const path = argv.find((a) => !a.startsWith('--'));
  if (!path) {
    console.error('usage: npm run eval:geo -- <geovirus.xml> [--worst N] [--json]');
    process.exit(2);
  }
  const worstAt = argv.indexOf('--worst');
  const worst = worstAt >= 0 ? Number(argv[worstAt + 1]) : 0;
  const s = scoreGeo(readGeoVirus(path));
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ ...s, misses: undefined, unfound: undefined }));
    return;
  }
  const f = (x: number) => x.toFixed(3);
  console.log(`articles ${s.articles}  gold toponyms ${s.gold}  predicted ${s.predicted}`);
  console.log(`toponym precision ${f(s.precision)}  recall ${f(s.recall)}`);
  console.log(
    `accuracy@${ACCURACY_KM}km ${f(s.accuracy161)} over ${s.resolved} recognised  median error ${s.medianKm.toFixed(1)} km`,
  );
  for (const [kind, k] of Object.entries(s.byKind).sort((a, b) => b[1].n - a[1].n)) {
    console.log(
      `  resolved to ${kind}: ${k.n}  within ${ACCURACY_KM} km ${f(k.n ? k.within / k.n : 0)}  gold point inside the predicted country ${f(k.n ? k.inCountry / k.n : 0)}`,
    );
  }
  console.log(
    `gazetteer load ${s.gazetteerMs.toFixed(0)} ms  tokens+entities+places ${Math.round(s.wordsPerSecond)} words/s`,
  );
  if (worst > 0) {
    const counts = new Map<string, number>();
    for (const m of s.misses) counts.set(`${m.name} -> ${m.got}`, (counts.get(`${m.name} -> ${m.got}`) ?? 0) + 1);
    for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, worst)) console.log(`  ${n}x ${k}`);
    const missed = new Map<string, number>();
    for (const name of s.unfound) missed.set(name, (missed.get(name) ?? 0) + 1);
    console.log(
      `not recognised: ${[...missed]
        .sort((a, b) => b[1] - a[1])
        .slice(0, worst)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
