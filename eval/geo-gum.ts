// How often the geocoder places GUM's place mentions in the right country and first-level region,
// judged by the Wikipedia identities GUM gives them (an openly licensed check, CC-BY annotations):
//   npx tsx eval/geo-gum.ts [../shared/data/train/gum/train] [--list]
// Only identities that name their own region or country are used: a title written "X, Y"
// ("Anahuac,_Texas", "Paris,_Ontario") must be placed in a first-level region or country named Y;
// a bare title that is a country's common name (world-countries) must be placed in that country.
// Only named mentions count (the mention holds the title's name). Bare titles of towns ("Portsmouth") say nothing the gazetteer could check without an outside
// point, and are left out. GUM train and dev only; GUM test is held out and never read.
// A development tool: nothing in the product reads its output.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { analyze } from '../src/analyze/pipeline.js';
import { extract } from '../src/extract/index.js';
import { lookupPlaces } from '../src/analyze/resources/gazetteer.js';
import { readGumDoc } from './gum.js';

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
}
const require = createRequire(import.meta.url);
const countryByName = new Map<string, string>();
for (const c of require('world-countries') as WorldCountry[])
  for (const n of [c.name.common, c.name.official]) countryByName.set(n.toLowerCase(), c.cca2);
const countryName = new Map((require('world-countries') as WorldCountry[]).map((c) => [c.cca2, c.name.common]));

/** The place mentions with a Wikipedia identity, by token index: [first, last, identity]. */
function placeIdentities(path: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  const open = new Map<string, { from: number; identity: string }>();
  let index = -1;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const cols = line.split('\t');
    if (cols.length < 10 || cols[0].includes('.') || cols[0].includes('-')) continue;
    index++;
    const field = cols[9].split('|').find((f) => f.startsWith('Entity='));
    if (!field) continue;
    for (const chunk of field.slice(7).split(/(?=\(\d+-[a-z]+-)/)) {
      let rest = chunk;
      const opener = /^\((\d+)-([a-z]+)-/.exec(rest);
      if (opener) {
        const fields = rest.slice(1).split('-');
        let identity = fields.slice(7).join('-');
        let single = false;
        // Closers of other mentions after the identity ("...-Portsmouth)9)").
        const tail = /((?:\d+\))*)$/.exec(identity);
        if (tail && tail[1]) identity = identity.slice(0, identity.length - tail[1].length);
        const balance = (identity.match(/\(/g) ?? []).length - (identity.match(/\)/g) ?? []).length;
        if (balance < 0) {
          identity = identity.slice(0, -1);
          single = true;
        }
        if (opener[2] === 'place' && /^\p{Lu}/u.test(identity)) {
          if (single) out.push([index, index, identity]);
          else open.set(opener[1], { from: index, identity });
        }
        rest = tail?.[1] ?? '';
      }
      for (const m of rest.matchAll(/(\d+)\)/g)) {
        const o = open.get(m[1]);
        if (o) {
          out.push([o.from, index, o.identity]);
          open.delete(m[1]);
        }
      }
    }
  }
  return out;
}

/**
 * Whether a point given as country and first-level region lies in a place named `want`: a
 * country of that name (world-countries or the gazetteer), a first-level region of it, or a
 * first-level region holding a second-level one of it ("Ellon, Aberdeenshire" in Scotland), as the
 * gazetteer reads the name ("D.C." is the District of Columbia).
 */
function inPlaceNamed(geo: { country: string; admin1?: string }, want: string): boolean {
  if (countryByName.get(want.toLowerCase()) === geo.country || geo.admin1 === want) return true;
  const regions = geo.admin1 ? lookupPlaces(geo.admin1).filter((p) => p.kind === 'admin1' && p.cc === geo.country) : [];
  return lookupPlaces(want).some(
    (p) =>
      p.cc === geo.country &&
      (p.kind === 'country' ||
        (p.kind === 'admin1' && p.name === geo.admin1) ||
        (p.kind === 'admin2' && regions.some((r) => r.admin === p.admin))),
  );
}

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '../shared/data/train/gum/train';
const list = args.includes('--list');
let checked = 0;
let found = 0;
let right = 0;
const wrong: string[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.conllu'))
  .sort()) {
  const doc = readGumDoc(join(dir, file));
  const record = analyze(extract({ content: doc.text, format: 'body' }));
  for (const [from, to, identity] of placeIdentities(join(dir, file))) {
    const title = decodeURIComponent(identity).replace(/_/g, ' ');
    const comma = title.indexOf(', ');
    const want = comma > 0 ? title.slice(comma + 2) : countryByName.has(title.toLowerCase()) ? title : undefined;
    if (!want) continue;
    const start = doc.tokens[from].start;
    const end = doc.tokens[to].end;
    // Named mentions only: the mention holds the title's name ("Phoenix" of "Phoenix, Arizona"),
    // not a description ("the most populous city in the American Southwest").
    if (!doc.text.slice(start, end).includes(comma > 0 ? title.slice(0, comma) : title)) continue;
    const e = record.entities.find(
      (x) => (x.type === 'GPE' || x.type === 'LOC') && x.mentions.some(([s, t]) => s < end && start < t),
    );
    checked++;
    if (!e) continue;
    found++;
    const geo = e.geo;
    const ok = geo !== undefined && inPlaceNamed(geo, want);
    if (ok) right++;
    else
      wrong.push(
        `${file}: ${doc.text.slice(start, end)} [${title}] -> ${geo ? `${countryName.get(geo.country) ?? geo.country} / ${geo.admin1 ?? '-'}` : 'no point'}`,
      );
  }
}
console.log(
  `GUM place mentions with a checkable identity ${checked}, found as places ${found}, ` +
    `in the right region or country ${right} (${(right / Math.max(1, found)).toFixed(3)} of found)`,
);
if (list) for (const w of wrong) console.log(`  ${w}`);
