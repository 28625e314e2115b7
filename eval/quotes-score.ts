// Scoring attributed quotes against brat standoff annotations (PolNeAR / PARC style); the CLI is
// eval/quotes.ts and the quality gate test/analyze-quotes/polnear-gate.test.ts.
//
// Each DIR/<doc>.txt is analysed as a clean body; each DIR/<doc>_<annotator>.ann holds T lines
// (Source, Cue, Content spans, possibly discontinuous "start end;start end") and E lines tying them
// into one attribution. An attribution's content is the set of its fragments; predicted quotes
// sharing a cue (a quotation split by "he said", or continued) form one predicted attribution.
//   - overlap match: predicted and gold content share a character (one-to-one, greedy by overlap)
//   - exact match: the same fragments, after trimming spaces and merging pieces that only a line
//     break separates (brat cuts spans at line breaks)
//   - source accuracy, over overlap-matched pairs whose gold has a Source: the predicted speaker
//     span overlaps the gold Source, or resolves to the entity mentioned there
// Articles with several annotators are scored against each, each file weighted 1/n, so every
// article counts once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract/index.js';
import { analyze } from '../src/analyze/pipeline.js';
import type { ArticleRecord, Span } from '../src/record/types.js';

interface Unit { fragments: Span[]; source: Span[] | null; cue: Span[]; speakerEntity?: string | null }

export function parseAnn(ann: string): Unit[] {
  const spans = new Map<string, Span[]>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (line.startsWith('T') && cols.length >= 2) {
      const [, ...rest] = cols[1].split(' ');
      spans.set(cols[0], rest.join(' ').split(';').map((p) => p.trim().split(/\s+/).map(Number) as unknown as Span));
    } else if (line.startsWith('E') && cols.length >= 2) {
      const args: Record<string, string> = {};
      for (const a of cols[1].split(/\s+/)) {
        const [k, v] = a.split(':');
        if (k && v) args[k.replace(/\d+$/, '')] = v;
      }
      events.push(args);
    }
  }
  return events.filter((e) => e.Content && spans.has(e.Content)).map((e) => ({
    fragments: spans.get(e.Content)!,
    source: e.Source ? spans.get(e.Source) ?? null : null,
    cue: e.Cue ? spans.get(e.Cue) ?? [] : [],
  }));
}

function predicted(rec: ArticleRecord): Unit[] {
  const groups = new Map<string, Unit>();
  for (const q of rec.quotes) {
    const key = q.cue ? `${q.cue.span[0]}:${q.cue.span[1]}` : q.id;
    const g = groups.get(key) ?? { fragments: [], source: [q.speaker.span], cue: q.cue ? [q.cue.span] : [], speakerEntity: q.speaker.entity };
    g.fragments.push(q.content.span);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** Fragments trimmed of spaces, sorted, with pieces separated only by white space merged. */
function normalise(text: string, fragments: Span[]): string {
  const trimmed = fragments.map(([a, b]): Span => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    return [a, b];
  }).filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of trimmed) {
    const last = merged[merged.length - 1];
    if (last && /^\s*$/.test(text.slice(last[1], a))) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged.map(([a, b]) => `${a}-${b}`).join(',');
}

const show = (text: string, spans: Span[]) => spans.map(([a, b]) => text.slice(a, b)).join(' ');

const overlap = (xs: Span[], ys: Span[]) => {
  let n = 0;
  for (const [a, b] of xs) for (const [c, d] of ys) n += Math.max(0, Math.min(b, d) - Math.max(a, c));
  return n;
};

function entityAt(rec: ArticleRecord, spans: Span[]): Set<string> {
  const out = new Set<string>();
  for (const e of rec.entities) if (e.mentions.some((m) => overlap([m], spans) > 0)) out.add(e.id);
  return out;
}

export interface QuoteScores {
  articles: number;
  gold: number;
  predicted: number;
  overlap: { p: number; r: number; f: number };
  exact: { p: number; r: number; f: number };
  sourceAccuracy: number;
  sourceMatched: number;
  seconds: number;
}

/** Scores the analysis on every annotated text of `dir`; `log` receives per-item lines when given. */
export function scoreQuotes(dir: string, log?: (line: string) => void): QuoteScores {
  const totals = { gold: 0, pred: 0, overlapHit: 0, overlapPredHit: 0, exactHit: 0, sourceOk: 0, sourceAll: 0 };
  const files = readdirSync(dir);
  const texts = files.filter((f) => f.endsWith('.txt')).sort();
  const started = performance.now();
  for (const t of texts) {
    const base = t.slice(0, -4);
    const anns = files.filter((f) => f.startsWith(`${base}_`) && f.endsWith('.ann'));
    if (anns.length === 0) continue;
    const text = readFileSync(join(dir, t), 'utf8');
    const rec = analyze(extract({ content: text, format: 'body', path: t }));
    const pred = predicted(rec);
    const w = 1 / anns.length;
    for (const annFile of anns) {
      const gold = parseAnn(readFileSync(join(dir, annFile), 'utf8'));
      const pairs: { g: number; p: number; o: number }[] = [];
      gold.forEach((g, gi) => pred.forEach((p, pi) => {
        const o = overlap(g.fragments, p.fragments);
        if (o > 0) pairs.push({ g: gi, p: pi, o });
      }));
      pairs.sort((a, b) => b.o - a.o);
      const gUsed = new Set<number>(), pUsed = new Set<number>();
      let exact = 0, srcOk = 0, srcAll = 0;
      for (const { g, p } of pairs) {
        if (gUsed.has(g) || pUsed.has(p)) continue;
        gUsed.add(g); pUsed.add(p);
        log?.(`HIT  ${annFile}: <${show(text, pred[p].cue)}>`);
      if (normalise(text, gold[g].fragments) === normalise(text, pred[p].fragments)) exact++;
      else log?.(`EDGE ${annFile}: gold ${JSON.stringify(show(text, gold[g].fragments).slice(0, 150))} ||| got ${JSON.stringify(show(text, pred[p].fragments).slice(0, 150))}`);
        const src = gold[g].source;
        if (src) {
          srcAll++;
          const ok = overlap(src, pred[p].source ?? []) > 0 || (!!pred[p].speakerEntity && entityAt(rec, src).has(pred[p].speakerEntity!));
          if (ok) srcOk++;
          else log?.(`SRC  ${annFile}: gold ${JSON.stringify(src.map(([a, b]) => text.slice(a, b)).join(' '))} got ${JSON.stringify((pred[p].source ?? []).map(([a, b]) => text.slice(a, b)).join(' '))}`);
        }
      }
      if (log) {
        gold.forEach((g, gi) => { if (!gUsed.has(gi)) log(`MISS ${annFile}: <${show(text, g.cue)}> ${JSON.stringify(g.fragments.map(([a, b]) => text.slice(a, b)).join(' … ').slice(0, 160))}`); });
        pred.forEach((p, pi) => { if (!pUsed.has(pi)) log(`FP   ${annFile}: <${show(text, p.cue)}> ${JSON.stringify(p.fragments.map(([a, b]) => text.slice(a, b)).join(' … ').slice(0, 160))}`); });
      }
      totals.gold += w * gold.length;
      totals.pred += w * pred.length;
      totals.overlapHit += w * gUsed.size;
      totals.overlapPredHit += w * pUsed.size;
      totals.exactHit += w * exact;
      totals.sourceOk += w * srcOk;
      totals.sourceAll += w * srcAll;
    }
  }

  const prf = (hitP: number, hitR: number) => {
    const p = totals.pred ? hitP / totals.pred : 0;
    const r = totals.gold ? hitR / totals.gold : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  return {
    articles: texts.length,
    gold: totals.gold,
    predicted: totals.pred,
    overlap: prf(totals.overlapPredHit, totals.overlapHit),
    exact: prf(totals.exactHit, totals.exactHit),
    sourceAccuracy: totals.sourceAll ? totals.sourceOk / totals.sourceAll : 0,
    sourceMatched: totals.sourceAll,
    seconds: (performance.now() - started) / 1000,
  };
}
