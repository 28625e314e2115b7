// npx tsx eval/entities-audit-sample.ts [folder] [--seed N] [--n N] > sample.jsonl
// Draws entities for a hand audit (docs/audits/): analyses every page of an extraction set
// (default ../shared/data/extraction/zyte: gold.jsonl with gzipped pages), shuffles all entities
// of every type with a seeded generator (mulberry32) and prints the first N, one JSON object a
// line: page title, url, name, type, how many mentions, the point given to a place and the first
// mention's surroundings.
import { analysedPages, mentionContext, placePoint, printSample, sampleOptions } from './audit-sample.js';

const options = sampleOptions(1302);

const all: string[] = [];
let pages = 0;
for (const { url, article, record: rec } of analysedPages(options.dir)) {
  pages++;
  for (const e of rec.entities) {
    all.push(
      JSON.stringify({
        page: (article.title ?? '').slice(0, 60),
        url,
        name: e.name,
        type: e.type,
        mentions: e.mentions.length,
        point: placePoint(e.geo),
        context: mentionContext(rec.text, e.mentions[0]),
      }),
    );
  }
}
printSample(all, options, 'entities', pages);
