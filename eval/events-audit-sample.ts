// npx tsx eval/events-audit-sample.ts [folder] [--seed N] [--n N] > sample.jsonl
// Draws events for a hand audit (docs/audits/): analyses every page of an extraction set
// (default ../shared/data/extraction/zyte: gold.jsonl with gzipped pages), shuffles all events
// with a seeded generator (mulberry32) and prints the first N, one JSON object a line: page
// title, url, type, modality, background, actor and target names, trigger, sentence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { analyze } from '../src/analyze/pipeline.js';
import { extract } from '../src/extract/index.js';

const DEFAULT_SET = fileURLToPath(new URL('../../shared/data/extraction/zyte', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? DEFAULT_SET;
const count = option('--n', 100);
let seed = option('--seed', 15);

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
  const name = (id: string | null) => rec.entities.find((e) => e.id === id)?.name ?? '-';
  for (const e of rec.events) {
    all.push(
      JSON.stringify({
        page: (article.title ?? '').slice(0, 60),
        url: r.url,
        type: e.type,
        modality: e.modality,
        bg: !!e.background,
        actors: e.actors.map(name),
        targets: e.targets.map(name),
        trigger: e.trigger.text,
        sentence: e.sentence.text.slice(0, 260),
      }),
    );
  }
}
for (let i = all.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [all[i], all[j]] = [all[j], all[i]];
}
console.error(`${all.length} events on ${rows.length} pages; printing ${Math.min(count, all.length)}`);
console.log(all.slice(0, count).join('\n'));
