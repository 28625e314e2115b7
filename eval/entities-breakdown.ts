// Where the entity tagger loses on GUM dev (dev figures only):
//   npx tsx eval/entities-breakdown.ts [--pipeline] [--list KIND] [<gum folder>]
// The tagger alone (or with --pipeline the entities component), scored as `npm run eval:entities`
// scores it (adjectival NORPs GUM cannot mark left unscored), broken down three ways:
//   - by type: precision, recall, F1;
//   - by genre (the GUM file name's second part): gold mentions, F1;
//   - by kind of error, each gold mention and each prediction counted once:
//       right          exact span, same type;
//       type           exact span, other type (gold type -> predicted type);
//       boundary       a prediction overlaps the gold mention with other edges (same type or not);
//       missed         nothing overlaps the gold mention;
//       spurious       a prediction over no gold mention;
//   and how many F1 points each kind costs (the F1 if its errors were right, less the F1).
// --list KIND prints the errors of that kind with their context.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tagDocument } from '../src/analyze/components/entities/model/tagger.js';
import { findMentions } from '../src/analyze/components/entities/index.js';
import { readGumSplit } from './gum.js';
import { tokenise } from '../scripts/train-entities.js';
import { adjectiveKeys, scorable, type Span } from './entities.js';

const OVERALL = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP']);

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const f1 = (c: Tally) => (c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0);
const newTally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

function main(argv: string[]): void {
  const listAt = argv.indexOf('--list');
  const list = listAt >= 0 ? argv[listAt + 1] : undefined;
  const gum =
    argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--list') ??
    fileURLToPath(new URL('../../shared/data/train/gum', import.meta.url));
  const pipeline = argv.includes('--pipeline');
  const docs = readGumSplit(join(gum, 'dev'));
  const byType = new Map<string, Tally>();
  const byGenre = new Map<string, Tally & { gold: number }>();
  const kinds = new Map<string, number>();
  const listed: string[] = [];
  const all = newTally();
  const add = (kind: string, text: string) => {
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    if (list && kind.startsWith(list)) listed.push(`${kind}: ${text}`);
  };
  for (const g of docs) {
    const doc = tokenise(g);
    const raw: Span[] = pipeline
      ? findMentions(doc)
          .filter((m) => m.type !== null)
          .map((m) => ({ start: m.span[0], end: m.span[1], type: m.type! }))
      : tagDocument(doc).map(({ tok, type }) => ({
          start: doc.tokens[tok[0]].span[0],
          end: doc.tokens[tok[1] - 1].span[1],
          type,
        }));
    const pred = scorable(raw, adjectiveKeys(g)).filter((s) => OVERALL.has(s.type));
    const gold = g.gold.filter((s) => OVERALL.has(s.type));
    const genre = g.id.split('_')[1] ?? g.id;
    const gt = byGenre.get(genre) ?? { ...newTally(), gold: 0 };
    byGenre.set(genre, gt);
    const ctx = (a: number, b: number) =>
      `${g.text.slice(Math.max(0, a - 40), a).replace(/\s+/g, ' ')}[[${g.text.slice(a, b)}]]${g.text.slice(b, b + 40).replace(/\s+/g, ' ')}`;
    const tally = (t: string) => byType.get(t) ?? (byType.set(t, newTally()), byType.get(t)!);
    for (const s of gold) {
      gt.gold++;
      const exact = pred.find((p) => p.start === s.start && p.end === s.end);
      if (exact?.type === s.type) {
        tally(s.type).tp++;
        gt.tp++;
        all.tp++;
        add('right', '');
        continue;
      }
      tally(s.type).fn++;
      gt.fn++;
      all.fn++;
      if (exact) add(`type ${s.type}->${exact.type}`, ctx(s.start, s.end));
      else {
        const over = pred.find((p) => p.start < s.end && s.start < p.end);
        if (over)
          add(
            `boundary ${over.type === s.type ? 'same type' : 'other type'}`,
            `${ctx(s.start, s.end)} <- ${over.type} "${g.text.slice(over.start, over.end)}"`,
          );
        else add(`missed ${s.type}`, ctx(s.start, s.end));
      }
    }
    for (const p of pred) {
      const exact = gold.find((s) => s.start === p.start && s.end === p.end);
      if (exact?.type === p.type) continue;
      tally(p.type).fp++;
      gt.fp++;
      all.fp++;
      if (exact) continue; // counted with its gold mention (type)
      const over = gold.some((s) => s.start < p.end && p.start < s.end);
      if (!over) add(`spurious ${p.type}`, ctx(p.start, p.end));
      else add('boundary (prediction side)', '');
    }
  }
  const f = (x: number) => x.toFixed(3);
  console.log(
    `GUM dev, ${pipeline ? 'pipeline' : 'model'}: F1 ${f(f1(all))} (tp ${all.tp}, fp ${all.fp}, fn ${all.fn})`,
  );
  console.log('by type:');
  for (const [t, c] of [...byType].sort())
    console.log(
      `  ${t.padEnd(6)} P ${f(c.tp / Math.max(1, c.tp + c.fp))} R ${f(c.tp / Math.max(1, c.tp + c.fn))} F1 ${f(f1(c))} (gold ${c.tp + c.fn})`,
    );
  console.log('by genre:');
  for (const [t, c] of [...byGenre].sort((a, b) => f1(a[1]) - f1(b[1])))
    console.log(`  ${t.padEnd(13)} F1 ${f(f1(c))} (gold ${c.gold}, fp ${c.fp}, fn ${c.fn})`);
  console.log('by kind (count):');
  for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)} ${k}`);
  // F1 points each kind costs: a gold-side error fixed turns one fn into a tp and, when a
  // wrong prediction sat on it (type, boundary), also removes one fp.
  const cost = (fn: number, fp: number) => f1({ tp: all.tp + fn, fp: all.fp - fp, fn: all.fn - fn }) - f1(all);
  const sumKinds = (prefix: string) => [...kinds].filter(([k]) => k.startsWith(prefix)).reduce((n, [, v]) => n + v, 0);
  const typeN = sumKinds('type ');
  const boundN = sumKinds('boundary same') + sumKinds('boundary other');
  console.log('F1 points if each kind were right:');
  console.log(`  type errors      +${f(cost(typeN, typeN))}`);
  console.log(`  boundary errors  +${f(cost(boundN, Math.min(boundN, sumKinds('boundary (prediction side)'))))}`);
  console.log(`  missed           +${f(cost(sumKinds('missed '), 0))}`);
  console.log(`  spurious         +${f(cost(0, sumKinds('spurious ')))}`);
  for (const l of listed) console.log(l);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
