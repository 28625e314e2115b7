// npx tsx eval/places-audit-sample.ts [folder] [--seed N] [--n N] > sample.jsonl
// Draws places for a hand audit (docs/audits/): analyses every page of an extraction set
// (default ../shared/data/extraction/zyte: gold.jsonl with gzipped pages), shuffles all GPE/LOC
// entities with a seeded generator (mulberry32) and prints the first N, one JSON object a line:
// page title, url, name, type, the point given (country, admin-1, lat/lon) and the first
// mention's surroundings.
import { analysedPages, printSample, sampleOptions } from './audit-sample.js';

/** Characters of text shown on either side of the first mention. */
const CONTEXT_CHARS = 70;
const options = sampleOptions(13);

const all: string[] = [];
let pages = 0;
for (const { url, article, record: rec } of analysedPages(options.dir)) {
  pages++;
  for (const e of rec.entities) {
    if (e.type !== 'GPE' && e.type !== 'LOC') continue;
    const [s, t] = e.mentions[0];
    const g = e.geo;
    all.push(
      JSON.stringify({
        page: (article.title ?? '').slice(0, 60),
        url,
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
printSample(all, options, 'places', pages);
