// npx tsx eval/places-audit-sample.ts [folder] [--seed N] [--n N] > sample.jsonl
// Draws places for a hand audit (docs/audits/): analyses every page of an extraction set
// (default ../shared/data/extraction/zyte: gold.jsonl with gzipped pages), shuffles all GPE/LOC
// entities with a seeded generator (mulberry32) and prints the first N, one JSON object a line:
// page title, url, name, type, the point given (country, admin-1, lat/lon) and the first
// mention's surroundings.
import { analysedPages, mentionContext, placePoint, printSample, sampleOptions } from './audit-sample.js';

const options = sampleOptions(13);

const all: string[] = [];
let pages = 0;
for (const { url, article, record: rec } of analysedPages(options.dir)) {
  pages++;
  for (const e of rec.entities) {
    if (e.type !== 'GPE' && e.type !== 'LOC') continue;
    all.push(
      JSON.stringify({
        page: (article.title ?? '').slice(0, 60),
        url,
        name: e.name,
        type: e.type,
        point: placePoint(e.geo),
        context: mentionContext(rec.text, e.mentions[0]),
      }),
    );
  }
}
printSample(all, options, 'places', pages);
