// npx tsx eval/entities-audit-sample.ts [folder] [--seed N] [--n N] > sample.jsonl
// Draws entities for a hand audit (docs/audits/): analyses every page of an extraction set
// (default ../shared/data/extraction/zyte: gold.jsonl with gzipped pages), shuffles all entities
// of every type with a seeded generator (mulberry32) and prints the first N, one JSON object a
// line: page title, url, name, type, how many mentions, the point given to a place and the first
// mention's surroundings.
import { analysedPages, printSample, sampleOptions } from './audit-sample.js';

/** Characters of text shown on either side of the first mention. */
const CONTEXT_CHARS = 70;
const options = sampleOptions(1302);

const all: string[] = [];
let pages = 0;
for (const { url, article, record: rec } of analysedPages(options.dir)) {
  pages++;
  for (const e of rec.entities) {
    const [s, t] = e.mentions[0];
    const g = e.geo;
    all.push(
      JSON.stringify({
        page: (article.title ?? '').slice(0, 60),
        url,
        name: e.name,
        type: e.type,
        mentions: e.mentions.length,
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
printSample(all, options, 'entities', pages);
