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
// The strict scorer compares word tokens (letters and digits), each piece list taken as the union
// of its pieces:
//   - strict overlap: the two contents share at least half of the shorter one's tokens
//     (one-to-one, greedy by shared tokens)
//   - strict exact: the same tokens, i.e. the same edges once spaces and punctuation are trimmed
//   - source accuracy as above, over strict-overlap matches
//   - cue: predicted and gold cues (of all attributions) matched one-to-one by a shared token
// Articles with several annotators are scored against each, each file weighted 1/n, so every
// article counts once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract/index.js';
import { analyze } from '../src/analyze/pipeline.js';
import type { ArticleRecord, Span } from '../src/record/types.js';

interface Unit {
  fragments: Span[];
  source: Span[] | null;
  cue: Span[];
  speakerEntity?: string | null;
}

export function parseAnn(ann: string): Unit[] {
  const spans = new Map<string, Span[]>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (line.startsWith('T') && cols.length >= 2) {
      const [, ...rest] = cols[1].split(' ');
      spans.set(
        cols[0],
        rest
          .join(' ')
          .split(';')
          .map((p) => p.trim().split(/\s+/).map(Number) as unknown as Span),
      );
    } else if (line.startsWith('E') && cols.length >= 2) {
      const args: Record<string, string> = {};
      for (const a of cols[1].split(/\s+/)) {
        const [k, v] = a.split(':');
        if (k && v) args[k.replace(/\d+$/, '')] = v;
      }
      events.push(args);
    }
  }
  return events
    .filter((e) => e.Content && spans.has(e.Content))
    .map((e) => ({
      fragments: spans.get(e.Content)!,
      source: e.Source ? (spans.get(e.Source) ?? null) : null,
      cue: e.Cue ? (spans.get(e.Cue) ?? []) : [],
    }));
}

function predicted(rec: ArticleRecord): Unit[] {
  const groups = new Map<string, Unit>();
  for (const q of rec.quotes) {
    const key = q.cue ? `${q.cue.span[0]}:${q.cue.span[1]}` : q.id;
    const g = groups.get(key) ?? {
      fragments: [],
      source: [q.speaker.span],
      cue: q.cue ? [q.cue.span] : [],
      speakerEntity: q.speaker.entity,
    };
    g.fragments.push(...q.content.spans.map((p) => p.span));
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** Fragments trimmed of spaces, sorted, with pieces separated only by white space merged. */
function normalise(text: string, fragments: Span[]): string {
  const trimmed = fragments
    .map(([a, b]): Span => {
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /\s/.test(text[b - 1])) b--;
      return [a, b];
    })
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
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

/** Token index ranges of the word tokens in a text, for the strict scorer. */
const WORD_RE = /[\p{L}\p{N}]+/gu;
function wordTokens(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(WORD_RE)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Indices of the word tokens whose middle lies inside one of the spans. */
function tokensIn(words: readonly Span[], spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const [a, b] of spans) {
    let lo = 0,
      hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid][1] <= a) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < words.length && words[i][0] < b; i++) {
      const middle = (words[i][0] + words[i][1]) / 2;
      if (middle >= a && middle < b) out.add(i);
    }
  }
  return out;
}

/** Where a matched content's edges differ from gold's, for the verbose log: the words the
 * prediction adds (+) or lacks (-) at its start and at its end, e.g. `start+[he said] end-[, though]`. */
function edgeDiff(text: string, words: readonly Span[], gold: Set<number>, pred: Set<number>): string {
  const lo = (s: Set<number>) => Math.min(...s),
    hi = (s: Set<number>) => Math.max(...s);
  const piece = (a: number, b: number) => text.slice(words[a][0], words[b][1]).replace(/\s+/g, ' ').slice(0, 60);
  const out: string[] = [];
  const [gs, ps, ge, pe] = [lo(gold), lo(pred), hi(gold), hi(pred)];
  if (ps < gs) out.push(`start+[${piece(ps, gs - 1)}]`);
  if (ps > gs) out.push(`start-[${piece(gs, ps - 1)}]`);
  if (pe > ge) out.push(`end+[${piece(ge + 1, pe)}]`);
  if (pe < ge) out.push(`end-[${piece(pe + 1, ge)}]`);
  if (out.length === 0) out.push('inside');
  return out.join(' ');
}

const shared = (x: Set<number>, y: Set<number>) => {
  let n = 0;
  for (const i of x) if (y.has(i)) n++;
  return n;
};
const sameSet = (x: Set<number>, y: Set<number>) => x.size === y.size && shared(x, y) === x.size;

/** One-to-one pairs, greedy by score; `score` returns 0 for pairs that may not match. */
function greedyPairs(ng: number, np: number, score: (g: number, p: number) => number): { g: number; p: number }[] {
  const pairs: { g: number; p: number; o: number }[] = [];
  for (let g = 0; g < ng; g++)
    for (let p = 0; p < np; p++) {
      const o = score(g, p);
      if (o > 0) pairs.push({ g, p, o });
    }
  pairs.sort((a, b) => b.o - a.o);
  const gUsed = new Set<number>(),
    pUsed = new Set<number>(),
    out: { g: number; p: number }[] = [];
  for (const { g, p } of pairs) {
    if (gUsed.has(g) || pUsed.has(p)) continue;
    gUsed.add(g);
    pUsed.add(p);
    out.push({ g, p });
  }
  return out;
}

export interface PRF {
  p: number;
  r: number;
  f: number;
}

export interface QuoteScores {
  articles: number;
  gold: number;
  predicted: number;
  /** The first scorer: a shared character is an overlap; exact compares trimmed character edges. */
  overlap: PRF;
  exact: PRF;
  sourceAccuracy: number;
  sourceMatched: number;
  /** The strict scorer (see the header). */
  strict: { overlap: PRF; exact: PRF; sourceAccuracy: number; sourceMatched: number };
  cue: PRF;
  seconds: number;
}

interface Tally {
  gold: number;
  pred: number;
  overlapHit: number;
  exactHit: number;
  sourceOk: number;
  sourceAll: number;
}
const tally = (): Tally => ({ gold: 0, pred: 0, overlapHit: 0, exactHit: 0, sourceOk: 0, sourceAll: 0 });

const sourceOk = (rec: ArticleRecord, gold: Unit, pred: Unit) =>
  overlap(gold.source!, pred.source ?? []) > 0 ||
  (!!pred.speakerEntity && entityAt(rec, gold.source!).has(pred.speakerEntity));

/** Scores the analysis on every annotated text of `dir`; `log` receives per-item lines when given. */
export function scoreQuotes(dir: string, log?: (line: string) => void): QuoteScores {
  const loose = tally(),
    strict = tally(),
    cue = tally();
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
    const words = wordTokens(text);
    const predTokens = pred.map((p) => tokensIn(words, p.fragments));
    const predCues = pred.filter((p) => p.cue.length > 0).map((p) => tokensIn(words, p.cue));
    const w = 1 / anns.length;
    for (const annFile of anns) {
      const gold = parseAnn(readFileSync(join(dir, annFile), 'utf8'));
      const goldTokens = gold.map((g) => tokensIn(words, g.fragments));

      // The first scorer: a shared character.
      const loosePairs = greedyPairs(gold.length, pred.length, (g, p) => overlap(gold[g].fragments, pred[p].fragments));
      for (const { g, p } of loosePairs) {
        if (normalise(text, gold[g].fragments) === normalise(text, pred[p].fragments)) loose.exactHit += w;
        if (gold[g].source) {
          loose.sourceAll += w;
          if (sourceOk(rec, gold[g], pred[p])) loose.sourceOk += w;
        }
      }
      loose.overlapHit += w * loosePairs.length;

      // The strict scorer: half of the shorter content's tokens.
      const strictPairs = greedyPairs(gold.length, pred.length, (g, p) => {
        const n = shared(goldTokens[g], predTokens[p]);
        return n > 0 && 2 * n >= Math.min(goldTokens[g].size, predTokens[p].size) ? n : 0;
      });
      for (const { g, p } of strictPairs) {
        log?.(`HIT  ${annFile}: <${show(text, pred[p].cue)}>`);
        if (sameSet(goldTokens[g], predTokens[p])) {
          strict.exactHit += w;
          log?.(
            `EXACT ${annFile}: <${show(text, pred[p].cue)}> gold ${JSON.stringify(show(text, gold[g].fragments).slice(0, 150))}`,
          );
        } else
          log?.(
            `EDGE ${edgeDiff(text, words, goldTokens[g], predTokens[p])} ${annFile}: <${show(text, pred[p].cue)}> w=${w.toFixed(2)} gold ${JSON.stringify(show(text, gold[g].fragments).slice(0, 150))} ||| got ${JSON.stringify(show(text, pred[p].fragments).slice(0, 150))}`,
          );
        if (gold[g].source) {
          strict.sourceAll += w;
          if (sourceOk(rec, gold[g], pred[p])) strict.sourceOk += w;
          else
            log?.(
              `SRC  ${annFile}: gold ${JSON.stringify(show(text, gold[g].source))} got ${JSON.stringify(show(text, pred[p].source ?? []))}`,
            );
        }
      }
      strict.overlapHit += w * strictPairs.length;
      if (log) {
        const gUsed = new Set(strictPairs.map((x) => x.g)),
          pUsed = new Set(strictPairs.map((x) => x.p));
        gold.forEach((g, gi) => {
          if (!gUsed.has(gi))
            log(
              `MISS ${annFile}: <${show(text, g.cue)}> ${JSON.stringify(
                g.fragments
                  .map(([a, b]) => text.slice(a, b))
                  .join(' … ')
                  .slice(0, 160),
              )}`,
            );
        });
        pred.forEach((p, pi) => {
          if (!pUsed.has(pi))
            log(
              `FP   ${annFile}: <${show(text, p.cue)}> ${JSON.stringify(
                p.fragments
                  .map(([a, b]) => text.slice(a, b))
                  .join(' … ')
                  .slice(0, 160),
              )}`,
            );
        });
      }

      // Cues: every gold attribution's cue against every predicted one, by a shared token.
      const goldCues = gold.filter((g) => g.cue.length > 0).map((g) => tokensIn(words, g.cue));
      const cuePairs = greedyPairs(goldCues.length, predCues.length, (g, p) => shared(goldCues[g], predCues[p]));
      cue.gold += w * goldCues.length;
      cue.pred += w * predCues.length;
      cue.overlapHit += w * cuePairs.length;

      for (const x of [loose, strict]) {
        x.gold += w * gold.length;
        x.pred += w * pred.length;
      }
    }
  }

  const prf = (x: Tally, hit: number): PRF => {
    const p = x.pred ? hit / x.pred : 0;
    const r = x.gold ? hit / x.gold : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  return {
    articles: texts.length,
    gold: loose.gold,
    predicted: loose.pred,
    overlap: prf(loose, loose.overlapHit),
    exact: prf(loose, loose.exactHit),
    sourceAccuracy: loose.sourceAll ? loose.sourceOk / loose.sourceAll : 0,
    sourceMatched: loose.sourceAll,
    strict: {
      overlap: prf(strict, strict.overlapHit),
      exact: prf(strict, strict.exactHit),
      sourceAccuracy: strict.sourceAll ? strict.sourceOk / strict.sourceAll : 0,
      sourceMatched: strict.sourceAll,
    },
    cue: prf(cue, cue.overlapHit),
    seconds: (performance.now() - started) / 1000,
  };
}
