// npx tsx eval/events-audit-sample.ts [folder] [--seed N] [--n N] > sample.jsonl
// Draws events for a hand audit (docs/audits/): analyses every page of an extraction set
// (default ../shared/data/extraction/zyte: gold.jsonl with gzipped pages), shuffles all events
// with a seeded generator (mulberry32) and prints the first N, one JSON object a line: page
// title, url, type, modality, background, actor and target names, trigger, sentence.
import { analysedPages, printSample, sampleOptions } from './audit-sample.js';

const options = sampleOptions(15);

const all: string[] = [];
let pages = 0;
for (const { url, article, record: rec } of analysedPages(options.dir)) {
  pages++;
  const name = (id: string | null) => rec.entities.find((e) => e.id === id)?.name ?? '-';
  for (const e of rec.events) {
    all.push(
      JSON.stringify({
        page: (article.title ?? '').slice(0, 60),
        url,
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
printSample(all, options, 'events', pages);
