// npx tsx eval/times-audit-sample.ts [folder] [--seed N] [--n N] > sample.jsonl
// Draws time expressions for a hand audit (docs/audits/times-round-N.md): analyses every page of
// an extraction set (default ../shared/data/extraction/zyte), shuffles all time expressions of all
// pages with a seeded generator (mulberry32) and prints the first N, one JSON object a line: page
// title, url, reference date, the expression, its TIMEX3 type and value, its anchor, and the text
// around it with the expression in [brackets].
import { analysedPages, mentionContext, printSample, sampleOptions } from './audit-sample.js';

const options = sampleOptions(27);

const all: string[] = [];
let pages = 0;
for (const { url, article, record: rec } of analysedPages(options.dir)) {
  pages++;
  for (const t of rec.times)
    all.push(
      JSON.stringify({
        page: (article.title ?? '').slice(0, 60),
        url,
        published: article.published ?? null,
        text: t.text,
        type: t.type,
        value: t.value,
        anchor: t.anchor ?? null,
        anchorKind: t.anchorKind ?? null,
        anchorText: t.anchorSpan ? rec.text.slice(t.anchorSpan[0], t.anchorSpan[1]) : null,
        tense: t.tense ?? null,
        context: mentionContext(rec.text, t.span),
      }),
    );
}
printSample(all, options, 'time expressions', pages);
