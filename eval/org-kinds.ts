// GUM dev ORG misses and false ORGs by kind (dev figures only):
//   npx tsx eval/org-kinds.ts [--list]
// Kinds: a gold ORG found with the exact span but another type (typed PERSON / GPE / ...); a gold
// ORG overlapped by a prediction with other edges (span edges); a gold ORG nothing overlaps
// (missed span); a predicted ORG over no gold span (non-name), over a gold span of another type
// (typed ORG wrongly), or with other edges than the gold span it overlaps (span edges).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMentions } from '../src/analyze/components/entities/index.js';
import { readGumSplit } from './gum.js';
import { tokenise } from '../scripts/train-entities.js';

const GUM = fileURLToPath(new URL('../../shared/data/train/gum', import.meta.url));
const docs = readGumSplit(join(GUM, 'dev'));
const kinds = new Map<string, string[]>();
const add = (k: string, s: string) => kinds.set(k, [...(kinds.get(k) ?? []), s]);
for (const g of docs) {
  const doc = tokenise(g);
  const pred = findMentions(doc)
    .filter((m) => m.type !== null)
    .map((m) => ({ start: m.span[0], end: m.span[1], type: m.type! }));
  const ctx = (a: number, b: number) =>
    `${g.text.slice(Math.max(0, a - 50), a).replace(/\s+/g, ' ')}[[${g.text.slice(a, b)}]]${g.text.slice(b, b + 50).replace(/\s+/g, ' ')}`;
  for (const s of g.gold.filter((x) => x.type === 'ORG')) {
    const exact = pred.find((p) => p.start === s.start && p.end === s.end);
    if (exact?.type === 'ORG') continue;
    if (exact) add(`miss: typed ${exact.type}`, ctx(s.start, s.end));
    else {
      const over = pred.find((p) => p.start < s.end && s.start < p.end);
      if (over)
        add('miss: span edges', `${ctx(s.start, s.end)}  <- pred ${over.type} "${g.text.slice(over.start, over.end)}"`);
      else add('miss: missed span', ctx(s.start, s.end));
    }
  }
  for (const p of pred.filter((x) => x.type === 'ORG')) {
    const exact = g.gold.find((s) => s.start === p.start && s.end === p.end);
    if (exact?.type === 'ORG') continue;
    if (exact) add(`false ORG: gold ${exact.type}`, ctx(p.start, p.end));
    else {
      const over = g.gold.find((s) => s.start < p.end && p.start < s.end);
      if (over)
        add(
          'false ORG: span edges',
          `${ctx(p.start, p.end)}  <- gold ${over.type} "${g.text.slice(over.start, over.end)}"`,
        );
      else add('false ORG: non-name / no gold', ctx(p.start, p.end));
    }
  }
}
for (const [k, v] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${v.length}\t${k}`);
  if (process.argv.includes('--list')) for (const s of v) console.log(`    ${s}`);
}
