// npx tsx eval/places-audit-sample.ts [folder] [--seed N] [--n N] > sample.jsonl
// Draws places for a hand audit (docs/audits/): analyses every page of an extraction set
// (default ../shared/data/extraction/zyte: gold.jsonl with gzipped pages), shuffles all GPE/LOC
// entities with a seeded generator (mulberry32) and prints the first N, one JSON object a line:
// page title, url, name, type, the point given (country, admin-1, lat/lon) and the first
// mention's surroundings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { analyze } from '../src/analyze/pipeline.js';
import { extract } from '../src/extract/index.js';

const DEFAULT_SET = fileURLToPath(new URL('../../shared/data/extraction/zyte', import.meta.url));
/** Characters of text shown on either side of the first mention. */
const CONTEXT_CHARS = 70;
const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? DEFAULT_SET;
const count = option('--n', 100);
let seed = option('--seed', 13);

/** mulberry32: a small seeded generator, so the same seed draws the same sample. */
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const rows = readFileSync(join(dir, 'gold.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { url: string; page: string });
const all: string[] = [];
for (const r of rows) {
  const article = extract({
    content: gunzipSync(readFileSync(join(dir, r.page))).toString('utf8'),
    format: 'html',
    url: r.url,
  });
  const rec = analyze(article);
  for (const e of rec.entities) {
    if (e.type !== 'GPE' && e.type !== 'LOC') continue;
    const [s, t] = e.mentions[0];
    const g = e.geo;
    all.push(
      JSON.stringify({
        page: (article.title ?? '').slice(0, 60),
        url: r.url,
        name: e.name,
        type: e.type,
        point: g ? `${g.country}${g.admin1 ? ` / ${g.admin1}` : ''} (${g.lat.toFixed(2)}, ${g.lon.toFixed(2)})` : '-',
        context:
          `${rec.text.slice(Math.max(0, s - CONTEXT_CHARS), s)}[${rec.text.slice(s, t)}]${rec.text.slice(t, t + CONTEXT_CHARS)}`.replace(
            /\s+/g,
            ' ',
          ),
      }),
    );
  }
}
for (let i = all.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [all[i], all[j]] = [all[j], all[i]];
}
console.error(`${all.length} places on ${rows.length} pages; printing ${Math.min(count, all.length)}`);
console.log(all.slice(0, count).join('\n'));
