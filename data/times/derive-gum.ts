// Derives the texts of GUM's Wikinews news documents (CC-BY 2.5 texts, CC-BY 4.0 annotations) and
// GUM's own time-entity mentions, as the starting candidates for the hand-annotated times dev set.
// Usage: npx tsx data/times/derive-gum.ts ../shared/data/train/gum > /tmp/candidates.tsv
// Writes data/times/gum-news.jsonl ({doc, published, text}); prints one candidate per line:
// doc, start, end, text, GUM's TEI date value if any. The annotations in gum-news.tsv were then
// written by hand from these candidates and dateline's own output (see README.md).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.argv[2];
if (!root) { console.error('usage: derive-gum.ts <gum folder with train/ and dev/>'); process.exit(2); }
const OUT = fileURLToPath(new URL('gum-news.jsonl', import.meta.url));

const docs: string[] = [];
for (const part of ['train', 'dev']) {
  for (const f of readdirSync(join(root, part)).filter((x) => /^GUM_news_.*\.conllu$/.test(x)).sort()) {
    const lines = readFileSync(join(root, part, f), 'utf8').split('\n');
    const doc = f.replace(/^GUM_|\.conllu$/g, '');
    const created = /meta::dateCreated = (\S+)/.exec(lines.join('\n'))![1];
    let text = '';
    /** A multi-word token ("cannot" = "can" + "not"): its words are written without spaces between them. */
    let mwtEnd = 0;
    let mwtSpace = true;
    const open: { id: string; start: number; when?: string }[] = [];
    const mentions: { start: number; end: number; when?: string }[] = [];
    let pendingWhen: string | undefined;
    for (const line of lines) {
      if (line.startsWith('# newpar') && !line.startsWith('# newpar_')) { text = text.trimEnd(); if (text) text += '\n\n'; continue; }
      if (line.startsWith('# sent_id')) { mwtEnd = 0; if (text && !/\s$/.test(text)) text += ' '; continue; }
      if (!line || line.startsWith('#')) continue;
      const cols = line.split('\t');
      if (cols[0].includes('.')) continue;
      if (cols[0].includes('-')) { mwtEnd = Number(cols[0].split('-')[1]); mwtSpace = !/SpaceAfter=No/.test(cols[9]); continue; }
      const id = Number(cols[0]);
      const misc = cols[9];
      const when = /<date when:::"([^"]+)"/.exec(misc)?.[1];
      if (when) pendingWhen = when;
      const start = text.length;
      text += cols[1];
      const end = text.length;
      const ent = /Entity=([^|]*)/.exec(misc)?.[1] ?? '';
      for (const m of ent.matchAll(/\((\d+)-time/g)) open.push({ id: m[1], start, when: pendingWhen });
      for (const m of ent.matchAll(/(?<![(\d])(\d+)\)|\((\d+)-time[^()]*\)/g)) {
        const i = open.map((o) => o.id).lastIndexOf(m[1] ?? m[2]);
        if (i >= 0) { const [o] = open.splice(i, 1); mentions.push({ start: o.start, end, when: o.when }); }
      }
      if (/<\/date>/.test(misc)) pendingWhen = undefined;
      const inMwt = id <= mwtEnd;
      if (inMwt ? id === mwtEnd && mwtSpace : !/SpaceAfter=No/.test(misc)) text += ' ';
    }
    text = text.trimEnd();
    // The Wikinews date line under the title ("Friday, July 21, 2017") is the article's date;
    // GUM's dateCreated is when the page was started, sometimes days earlier.
    const dateLine = /^[A-Z][a-z]+day, ([A-Z][a-z]+ \d{1,2}, \d{4})/m.exec(text.split('\n\n').slice(0, 3).join('\n'));
    const published = dateLine ? new Date(`${dateLine[1]} 12:00 UTC`).toISOString().slice(0, 10) : created;
    docs.push(JSON.stringify({ doc, published, text }));
    // Outermost mentions only: GUM nests "May 2009" inside "Friday, May 2009".
    const outer = mentions.filter((m) => !mentions.some((o) => o !== m && o.start <= m.start && m.end <= o.end && (o.end - o.start) > (m.end - m.start)));
    for (const m of outer.sort((a, b) => a.start - b.start)) {
      console.log([doc, m.start, m.end, text.slice(m.start, m.end).trimEnd(), m.when ?? ''].join('\t'));
    }
  }
}
writeFileSync(OUT, docs.join('\n') + '\n');
console.error(`${docs.length} documents written to ${OUT}`);
