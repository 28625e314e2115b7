// Which point does a geoparsing gold set use for a country? (issue 13)
//   npx tsx eval/geo-country-points.ts ../shared/data/geo/geovirus.xml [--all]
// GeoVirus links each toponym to a Wikipedia article (<page>). This takes the toponyms whose
// article is a country's (its common or official name in world-countries) and compares the gold
// point with three packaged conventions for a country's point:
//   - outline: the gazetteer's point (area centroid of the country's mainland and major nearby
//     parts in Natural Earth's outlines, scripts/gazetteer-centres.mjs);
//   - latlng: world-countries' `latlng` (the CIA World Factbook's rounded "geographic coordinates");
//   - capital: the gazetteer's town named as the capital in world-countries.
// It prints, per convention, how many toponyms it puts within 161 km of the gold point, and how
// many countries' gold points equal world-countries' point (within 1 km). A development tool:
// nothing in the product reads its output.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { XMLParser } from 'fast-xml-parser';
import { ACCURACY_KM } from './geo.js';
import { haversineKm } from '../src/analyze/components/geocode/distance.js';
import { lookupPlaces } from '../src/analyze/resources/gazetteer.js';

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  capital: string[];
  latlng: [number, number];
}
interface Point {
  lat: number;
  lon: number;
}

const require = createRequire(import.meta.url);
const countries = require('world-countries') as WorldCountry[];
const byTitle = new Map<string, WorldCountry>();
for (const c of countries) for (const n of [c.name.common, c.name.official]) byTitle.set(n.toLowerCase(), c);

/** The Wikipedia article's title from its address ("Democratic_Republic_of_the_Congo"). */
const title = (page: string) =>
  decodeURIComponent(page.replace(/.*\/wiki\//, ''))
    .replace(/_/g, ' ')
    .toLowerCase();

const conventions: Record<string, (c: WorldCountry) => Point | undefined> = {
  outline: (c) => lookupPlaces(c.name.common).find((p) => p.kind === 'country' && p.cc === c.cca2),
  latlng: (c) => ({ lat: c.latlng[0], lon: c.latlng[1] }),
  capital: (c) =>
    lookupPlaces(c.capital[0] ?? '')
      .filter((p) => p.kind === 'city' && p.cc === c.cca2)
      .sort((a, b) => b.pop - a.pop)[0],
};

function main(argv: string[]): void {
  const path = argv.find((a) => !a.startsWith('--'));
  if (!path) {
    console.error('usage: npx tsx eval/geo-country-points.ts <geovirus.xml> [--all]');
    process.exit(2);
  }
  const parser = new XMLParser({ isArray: (name) => name === 'article' || name === 'location', parseTagValue: false });
  const xml = parser.parse(readFileSync(path, 'utf8')) as {
    articles: { article: { locations?: { location?: Record<string, string>[] } }[] };
  };
  const rows = new Map<string, { c: WorldCountry; n: number; gold: Map<string, number>; km: Record<string, number> }>();
  const within: Record<string, number> = Object.fromEntries(Object.keys(conventions).map((k) => [k, 0]));
  let n = 0;
  for (const a of xml.articles.article)
    for (const l of a.locations?.location ?? []) {
      const c = byTitle.get(title(String(l.page ?? '')));
      if (!c) continue;
      n++;
      const gold = { lat: Number(l.lat), lon: Number(l.lon) };
      const row = rows.get(c.cca2) ?? { c, n: 0, gold: new Map<string, number>(), km: {} as Record<string, number> };
      rows.set(c.cca2, row);
      row.n++;
      const key = `${gold.lat}, ${gold.lon}`;
      row.gold.set(key, (row.gold.get(key) ?? 0) + 1);
      for (const [name, point] of Object.entries(conventions)) {
        const p = point(c);
        const km = p ? haversineKm(gold, p) : Infinity;
        row.km[name] = km;
        if (km <= ACCURACY_KM) within[name]++;
      }
    }
  const sameAsLatlng = [...rows.values()].filter((r) => r.km.latlng <= 1).length;
  console.log(`toponyms whose article is a country's: ${n}, in ${rows.size} countries`);
  console.log(
    `countries whose gold point is one throughout: ${[...rows.values()].filter((r) => r.gold.size === 1).length}; ` +
      `equal to world-countries' latlng (within 1 km): ${sameAsLatlng}`,
  );
  for (const [name, k] of Object.entries(within))
    console.log(`  ${name}: ${k} of ${n} within ${ACCURACY_KM} km (${(k / n).toFixed(3)})`);
  const shown = [...rows.values()]
    .filter((r) => argv.includes('--all') || Object.values(r.km).some((km) => km > ACCURACY_KM))
    .sort((a, b) => b.n - a.n);
  console.log('\ncountry  toponyms  gold point(s)  km from it: ' + Object.keys(conventions).join(' / '));
  for (const r of shown)
    console.log(
      `${r.c.cca2} ${r.c.name.common}  ${r.n}  ${[...r.gold.keys()].join('; ')}  ` +
        Object.values(r.km)
          .map((km) => (Number.isFinite(km) ? Math.round(km) : '-'))
          .join(' / '),
    );
}

main(process.argv.slice(2));
