// Scoring of time expressions against the hand-annotated dev set of data/times (README.md there):
// GUM's Wikinews documents (gum-news.jsonl + gum-news.tsv) and the team's own passages
// (own-news.txt). TempEval-3 measures: extent P/R/F1, strict (same span) and relaxed (overlap,
// one-to-one); type and value F1 count a relaxed match whose type / value is also right.
// The Wikinews date line is the document creation time: given as the publication date, not scored.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze/pipeline.js';
import { extract } from '../src/extract/index.js';
import type { TimeExpression } from '../src/record/types.js';

const DIR = fileURLToPath(new URL('../data/times/', import.meta.url));

export interface GoldTime {
  span: [number, number];
  text: string;
  type: string;
  value: string;
}
export interface TimesDoc {
  id: string;
  source: 'gum' | 'own';
  published: string;
  text: string;
  times: GoldTime[];
  dct: [number, number][];
}

export function readTimesSet(dir = DIR): TimesDoc[] {
  const docs = new Map<string, TimesDoc>();
  for (const line of readFileSync(`${dir}gum-news.jsonl`, 'utf8').split('\n').filter(Boolean)) {
    const d = JSON.parse(line) as { doc: string; published: string; text: string };
    docs.set(d.doc, { id: d.doc, source: 'gum', published: d.published, text: d.text, times: [], dct: [] });
  }
  for (const line of readFileSync(`${dir}gum-news.tsv`, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [id, start, end, text, type, value] = line.split('\t');
    const d = docs.get(id);
    if (!d) throw new Error(`gum-news.tsv: unknown document ${id}`);
    const span: [number, number] = [Number(start), Number(end)];
    if (d.text.slice(span[0], span[1]) !== text)
      throw new Error(`gum-news.tsv: ${id} ${start}-${end} is not "${text}"`);
    if (type === 'DCT') d.dct.push(span);
    else d.times.push({ span, text, type, value });
  }
  const own = readFileSync(`${dir}own-news.txt`, 'utf8')
    .split(/^## /m)
    .slice(1)
    .map((block): TimesDoc => {
      const lines = block.split('\n');
      const [id, published] = lines[0].trim().split(/\s+/);
      const text = lines
        .slice(1)
        .filter((l) => l.trim() && !l.startsWith('= '))
        .join('\n\n');
      let from = 0;
      const times = lines
        .filter((l) => l.startsWith('= '))
        .map((l): GoldTime => {
          const [words, type, value] = l
            .slice(2)
            .split('|')
            .map((s) => s.trim());
          const at = text.indexOf(words, from);
          if (at < 0) throw new Error(`own-news.txt: ${id}: "${words}" not found after offset ${from}`);
          from = at;
          return { span: [at, at + words.length], text: words, type, value };
        });
      return { id, source: 'own', published, text, times, dct: [] };
    });
  return [...docs.values(), ...own];
}

/** What the product finds in one document. */
export function predictTimes(d: TimesDoc): TimeExpression[] {
  const record = analyze(extract({ content: d.text, format: 'body', published: d.published }));
  const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];
  return record.times.filter((t) => !d.dct.some((s) => overlaps(s, t.span)));
}

/** Durations in decades and centuries written in years, so "P2DE" and "P20Y" compare equal. */
export function normaliseValue(v: string): string {
  return v.replace(/^P(\d+)(DE|CE)$/, (_, n: string, u: string) => `P${Number(n) * (u === 'DE' ? 10 : 100)}Y`);
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}
export interface TimesScore {
  gold: number;
  predicted: number;
  strict: Prf;
  relaxed: Prf;
  type: Prf;
  value: Prf;
  byKind: Record<string, { gold: number; found: number; valueRight: number }>;
  misses: string[];
}

const prf = (tp: number, pred: number, gold: number): Prf => {
  const p = pred ? tp / pred : 0,
    r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export function scoreTimes(items: readonly { doc: TimesDoc; predicted: readonly TimeExpression[] }[]): TimesScore {
  let gold = 0,
    predicted = 0,
    strict = 0,
    relaxed = 0,
    typeOk = 0,
    valueOk = 0;
  const byKind: TimesScore['byKind'] = {};
  const misses: string[] = [];
  for (const { doc, predicted: pred } of items) {
    gold += doc.times.length;
    predicted += pred.length;
    const used = new Set<TimeExpression>();
    for (const g of doc.times) {
      const kind = (byKind[g.type] ??= { gold: 0, found: 0, valueRight: 0 });
      kind.gold++;
      // Prefer the exact span, then the largest overlap.
      const cands = pred.filter((t) => !used.has(t) && t.span[0] < g.span[1] && g.span[0] < t.span[1]);
      const ov = (t: TimeExpression) => Math.min(t.span[1], g.span[1]) - Math.max(t.span[0], g.span[0]);
      const t = cands.sort((a, b) => ov(b) - ov(a))[0];
      if (!t) {
        misses.push(`${doc.id} MISS ${g.type} «${g.text}» ${g.value}`);
        continue;
      }
      used.add(t);
      relaxed++;
      kind.found++;
      if (t.span[0] === g.span[0] && t.span[1] === g.span[1]) strict++;
      if (t.type === g.type) typeOk++;
      if (normaliseValue(t.value) === normaliseValue(g.value)) {
        valueOk++;
        kind.valueRight++;
      } else misses.push(`${doc.id} VALUE ${g.type} «${g.text}» gold ${g.value}, got ${t.type} «${t.text}» ${t.value}`);
    }
    for (const t of pred.filter((x) => !used.has(x))) misses.push(`${doc.id} EXTRA ${t.type} «${t.text}» ${t.value}`);
  }
  return {
    gold,
    predicted,
    strict: prf(strict, predicted, gold),
    relaxed: prf(relaxed, predicted, gold),
    type: prf(typeOk, predicted, gold),
    value: prf(valueOk, predicted, gold),
    byKind,
    misses,
  };
}
