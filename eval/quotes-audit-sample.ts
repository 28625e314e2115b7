// npx tsx eval/quotes-audit-sample.ts [folder] [--seed N] [--n N] > sample.jsonl
// Draws quotes for a hand audit (docs/audits/): analyses every page of an extraction set
// (default ../shared/data/extraction/zyte), shuffles all quotes of all pages with a seeded
// generator (mulberry32) and prints the first N, one JSON object a line: page title, url, kind,
// speaker (text and entity name), cue, content, and the sentence around the quote with the
// speaker in {braces}, the cue in <angle brackets> and each content piece in [brackets].
import { analysedPages, printSample, sampleOptions } from './audit-sample.js';
import { NO_ONE_NAMED } from '../src/record/speaker-name.js';

/** Characters of text shown before the first and after the last of a quote's parts. */
const CONTEXT_CHARS = 120;
const options = sampleOptions(14);

const all: string[] = [];
let pages = 0;
for (const { url, article, record: rec } of analysedPages(options.dir)) {
  pages++;
  const names = new Map(rec.entities.map((e) => [e.id, e.name]));
  for (const q of rec.quotes) {
    const marks: [number, string][] = [
      [q.speaker.span[0], '{'],
      [q.speaker.span[1], '}'],
      ...(q.cue
        ? ([
            [q.cue.span[0], '<'],
            [q.cue.span[1], '>'],
          ] as [number, string][])
        : []),
      ...q.content.spans.flatMap((p): [number, string][] => [
        [p.span[0], '['],
        [p.span[1], ']'],
      ]),
    ];
    const from = Math.max(0, Math.min(...marks.map((m) => m[0])) - CONTEXT_CHARS);
    const to = Math.min(rec.text.length, Math.max(...marks.map((m) => m[0])) + CONTEXT_CHARS);
    // Inserted from the end so earlier offsets stay valid; closing marks before opening ones at one offset.
    marks.sort((a, b) => b[0] - a[0] || ('}>]'.includes(a[1]) ? 1 : -1));
    let context = rec.text.slice(from, to);
    for (const [at, m] of marks) context = context.slice(0, at - from) + m + context.slice(at - from);
    all.push(
      JSON.stringify({
        page: (article.title ?? '').slice(0, 60),
        url,
        kind: q.kind,
        speaker:
          (q.speaker.text || NO_ONE_NAMED) +
          (q.speaker.entity ? ` = ${names.get(q.speaker.entity)}` : '') +
          (q.speaker.authors ? ` (the writer: ${q.speaker.authors.join(', ') || 'no byline'})` : ''),
        cue: q.cue?.text ?? null,
        content: q.content.text,
        context: context.replace(/\s+/g, ' '),
      }),
    );
  }
}
printSample(all, options, 'quotes', pages);
