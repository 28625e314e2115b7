// Why the recognised GeoVirus toponyms placed more than 161 km from the gold point are wrong:
//   npx tsx eval/geo-misses.ts ../shared/data/geo/geovirus.xml [--list]
// Each miss gets one cause, the first that fits:
//   - no point: the mention is recognised but given none; "absent" when no gazetteer entry of its
//     name lies within 161 km of the gold point (a missing name or place), "left" otherwise (a
//     candidate was there and the ranker or the evidence check left the name unplaced);
//   - country point: the right country, its point far from the gold's (the gold point lies in it);
//   - world region: a continent or world region chosen (its point is a convention);
//   - wrong homonym, other country / same country: a candidate of the name lies within 161 km of
//     the gold point and another was chosen;
//   - country for a place, region for a city, and so on: nothing of the name near the gold point,
//     and the chosen place's kind differs from what the gold names;
//   - absent: nothing of the name lies near the gold point.
// A development tool on a dev set: nothing in the product reads its output.
import { readGeoVirus, predict, ACCURACY_KM } from './geo.js';
import { haversineKm } from '../src/analyze/components/geocode/distance.js';
import { lookupPlaces } from '../src/analyze/resources/gazetteer.js';

const overlaps = (a: readonly [number, number], s: number, e: number) => a[0] < e && s < a[1];

function main(argv: string[]): void {
  const path = argv.find((a) => !a.startsWith('--'));
  if (!path) {
    console.error('usage: npx tsx eval/geo-misses.ts <geovirus.xml> [--list]');
    process.exit(2);
  }
  const causes = new Map<string, string[]>();
  const add = (cause: string, line: string) => causes.set(cause, [...(causes.get(cause) ?? []), line]);
  for (const a of readGeoVirus(path)) {
    const preds = predict(a.text);
    for (const g of a.toponyms) {
      const p = preds.find((q) => overlaps(q.span, g.start, g.end));
      if (!p) continue;
      const surface = a.text.slice(p.span[0], p.span[1]);
      const near = lookupPlaces(surface).filter((c) => haversineKm(g, c) <= ACCURACY_KM);
      const line = `${g.name} -> ${p.name} [${near.map((c) => `${c.name} ${c.kind} ${c.cc} ${c.pop}`).join('; ')}]`;
      if (p.lat === undefined || p.lon === undefined) {
        add(near.length ? 'no point, a candidate was near (left)' : 'no point, none near (absent)', line);
        continue;
      }
      const km = haversineKm(g, { lat: p.lat, lon: p.lon });
      if (km <= ACCURACY_KM) continue;
      if (p.kind === 'country' && near.length === 0) add('country point (right country?)', line);
      else if (p.kind === 'region') add('world region or continent', line);
      else if (near.length)
        add(near.some((c) => c.cc === p.cc) ? 'wrong homonym, same country' : 'wrong homonym, other country', line);
      else add(`absent (chose a ${p.kind})`, line);
    }
  }
  for (const [cause, lines] of [...causes].sort((x, y) => y[1].length - x[1].length)) {
    console.log(`${lines.length}\t${cause}`);
    if (argv.includes('--list')) for (const l of lines) console.log(`\t\t${l}`);
  }
}

main(process.argv.slice(2));
