// Where the quote layer misses PolNeAR attributions (strict scorer): each gold attribution that no
// prediction matches is put in one kind by what happened at its cue, and false quotes are counted
// by whether their cue is a gold cue at all. A DEV tool: run it on polnear-dev only.
// Usage: npx tsx eval/quotes-misses.ts DIR [--list KIND] [--cross]
// --cross: the misses counted by cue kind (as recall by cue kind) and by why, in four groups: no cue
// candidate, cue scored below its threshold (or refused by the rules), cue read but the
// attribution dropped or not made, content found at the cue but not matched.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnn } from './quotes-score.js';
import { extract } from '../src/extract/index.js';
import { newDoc } from '../src/analyze/doc.js';
import { COMPONENTS } from '../src/analyze/components/index.js';
import { QuoteContext } from '../src/analyze/components/quotes/context.js';
import { findQuoteMarks } from '../src/analyze/components/quotes/marks.js';
import { cueAt, knownToCueRules } from '../src/analyze/components/quotes/cues.js';
import { findSpeaker, refusalStands } from '../src/analyze/components/quotes/attribute.js';
import { cueFeatures, isCueCandidate } from '../src/analyze/components/quotes/learned/features.js';
import { quoteModels, ruleReading } from '../src/analyze/components/quotes/learned/attribute.js';
import type { Span } from '../src/record/types.js';

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--list');
const listAt = args.indexOf('--list');
const list = listAt >= 0 ? args[listAt + 1] : null;
const cross = args.includes('--cross');
if (!dir) {
  console.error('usage: npx tsx eval/quotes-misses.ts DIR [--list KIND]');
  process.exit(2);
}

const WORD_RE = /[\p{L}\p{N}]+/gu;
const words = (text: string): Span[] => [...text.matchAll(WORD_RE)].map((m) => [m.index, m.index + m[0].length]);
function tokensIn(ws: readonly Span[], spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  ws.forEach(([a, b], i) => {
    const mid = (a + b) / 2;
    if (spans.some(([p, q]) => mid >= p && mid < q)) out.add(i);
  });
  return out;
}
const sharedN = (x: Set<number>, y: Set<number>) => [...x].filter((i) => y.has(i)).length;

const kinds = new Map<string, number>();
const lemmas = new Map<string, Map<string, number>>();
/** Misses by cue kind, then by why (--cross). */
const crossTab = new Map<string, Map<string, number>>();
let missKind = '';
/** The four groups of --cross, from the kinds of miss below. */
function why(k: string): string {
  if (!k.startsWith('miss')) return '';
  if (/no candidate|not on a token|inside quotation|no gold cue/.test(k)) return 'no cue candidate';
  if (/cue found, content does not match/.test(k)) return 'content found, not matched';
  if (/dropped later|deliberately|> 3 \(tagger/.test(k)) return 'cue read, content not found or dropped';
  return 'cue below threshold';
}
const add = (k: string, w: number, lemma: string, line: string) => {
  const y = why(k);
  if (y) {
    const m = crossTab.get(missKind) ?? new Map<string, number>();
    m.set(y, (m.get(y) ?? 0) + w);
    crossTab.set(missKind, m);
  }
  kinds.set(k, (kinds.get(k) ?? 0) + w);
  const m = lemmas.get(k) ?? new Map<string, number>();
  m.set(lemma, (m.get(lemma) ?? 0) + w);
  lemmas.set(k, m);
  if (list && k.startsWith(list)) console.log(`${k}\t${line}`);
};
const models = quoteModels();
// Recall by the kinds of cue issue 14 names. The word lists are the usual members of each class
// (verbs of saying, of evidence, of belief and attitude), written for this measurement only.
const SAY = new Set(['say', 'tell', 'according']);
const EVIDENCE = new Set([
  'show',
  'find',
  'indicate',
  'reveal',
  'suggest',
  'poll',
  'survey',
  'study',
  'data',
  'finding',
  'analysis',
  'figure',
  'estimate',
  'record',
  'document',
  'evidence',
  'research',
  'result',
]);
const BELIEF = new Set([
  'think',
  'believe',
  'fear',
  'feel',
  'hope',
  'worry',
  'expect',
  'view',
  'consider',
  'want',
  'know',
  'suspect',
  'doubt',
  'assume',
  'wish',
  'see',
  'understand',
  'like',
  'love',
  'hate',
  'trust',
  'regard',
  'seem',
  'appear',
  'concern',
  'imagine',
  'predict',
  'anticipate',
  'hold',
  'prefer',
]);
const LIGHT = new Set([
  'take',
  'make',
  'give',
  'have',
  'raise',
  'voice',
  'express',
  'offer',
  'lodge',
  'issue',
  'pay',
  'put',
  'draw',
]);
const recallByKind = new Map<
  string,
  { gold: number; found: number; cueMissed: number; misEdged: number; other: number }
>();
function cueKind(
  doc: { tokens: readonly { span: Span; lemma: string; pos: string }[] },
  text: string,
  cue: readonly Span[],
): string {
  if (cue.length === 0) return 'no cue';
  if (!cue.some(([a, b]) => /[\p{L}]/u.test(text.slice(a, b)))) return 'punctuation only';
  const toks = doc.tokens.filter(
    (t) => cue.some(([a, b]) => t.span[0] < b && a < t.span[1]) && /\p{L}/u.test(text.slice(t.span[0], t.span[1])),
  );
  const content = toks.filter((t) => ['VERB', 'NOUN', 'ADJ', 'PROPN'].includes(t.pos) && t.lemma !== 'be');
  const head = content[0] ?? toks[0];
  if (!head) return 'punctuation only';
  if (SAY.has(head.lemma)) return 'say / tell / according to';
  if (EVIDENCE.has(head.lemma) || content.some((t) => EVIDENCE.has(t.lemma) && t.pos === 'NOUN')) return 'evidence';
  if (BELIEF.has(head.lemma)) return 'belief / attitude';
  if (head.pos !== 'VERB' || (LIGHT.has(head.lemma) && content.length > 1)) return 'nominal / adjectival / light verb';
  return 'other verbs';
}
const files = readdirSync(dir);
for (const t of files.filter((f) => f.endsWith('.txt')).sort()) {
  const anns = files.filter((f) => f.startsWith(`${t.slice(0, -4)}_`) && f.endsWith('.ann'));
  if (anns.length === 0) continue;
  const text = readFileSync(join(dir, t), 'utf8');
  const doc = newDoc(extract({ content: text, format: 'body', path: t }));
  for (const c of COMPONENTS) {
    c.run(doc);
    if (c.name === 'quotes') break; // what the quotes read and make; later components are not asked
  }
  const ctx = new QuoteContext(doc, findQuoteMarks(doc.text));
  // Predicted attributions, grouped by cue as the scorer groups them.
  const groups = new Map<string, { frags: Span[]; cue: Span | null }>();
  for (const q of doc.quotes) {
    const key = q.cue ? `${q.cue.span[0]}:${q.cue.span[1]}` : q.id;
    const g = groups.get(key) ?? { frags: [], cue: q.cue ? q.cue.span : null };
    g.frags.push(...q.content.spans.map((p) => p.span));
    groups.set(key, g);
  }
  const pred = [...groups.values()];
  const ws = words(text);
  const predTok = pred.map((p) => tokensIn(ws, p.frags));
  const predCue = pred.map((p) => (p.cue ? tokensIn(ws, [p.cue]) : new Set<number>()));
  const w = 1 / anns.length;
  for (const ann of anns) {
    const gold = parseAnn(readFileSync(join(dir, ann), 'utf8'));
    const goldTok = gold.map((g) => tokensIn(ws, g.fragments));
    // Greedy strict pairs, as the scorer.
    const pairs: { g: number; p: number; o: number }[] = [];
    gold.forEach((_, g) =>
      pred.forEach((_, p) => {
        const n = sharedN(goldTok[g], predTok[p]);
        if (n > 0 && 2 * n >= Math.min(goldTok[g].size, predTok[p].size)) pairs.push({ g, p, o: n });
      }),
    );
    pairs.sort((a, b) => b.o - a.o);
    const gUsed = new Set<number>(),
      pUsed = new Set<number>();
    for (const { g, p } of pairs) {
      if (gUsed.has(g) || pUsed.has(p)) continue;
      gUsed.add(g);
      pUsed.add(p);
    }
    const goldCueTok = gold.map((g) => tokensIn(ws, g.cue));
    gold.forEach((g, gi) => {
      const k = cueKind(doc, text, g.cue);
      const r = recallByKind.get(k) ?? { gold: 0, found: 0, cueMissed: 0, misEdged: 0, other: 0 };
      r.gold += w;
      if (gUsed.has(gi)) r.found += w;
      // A miss whose cue a prediction shares (a punctuation cue has no words: then its content) had
      // its content mis-edged; one that a prediction at another cue overlaps is "other"; the rest
      // are cues the model missed.
      else if (
        goldCueTok[gi].size > 0
          ? predCue.some((c) => sharedN(c, goldCueTok[gi]) > 0)
          : predTok.some((c) => sharedN(c, goldTok[gi]) > 0)
      )
        r.misEdged += w;
      else if (predTok.some((c) => sharedN(c, goldTok[gi]) > 0)) r.other += w;
      else r.cueMissed += w;
      if (!gUsed.has(gi) && list === `kind:${k}`)
        console.log(
          `${k}\t<${g.cue.map(([a, b]) => text.slice(a, b)).join(' ')}> ${JSON.stringify(
            g.fragments
              .map(([a, b]) => text.slice(a, b))
              .join(' … ')
              .slice(0, 120),
          )}`,
        );
      recallByKind.set(k, r);
    });
    pred.forEach((p, pi) => {
      if (pUsed.has(pi)) return;
      const onGoldCue = goldCueTok.some((c) => sharedN(c, predCue[pi]) > 0);
      const cueText = p.cue ? text.slice(p.cue[0], p.cue[1]) : '<none>';
      add(
        onGoldCue ? 'FP at a gold cue' : 'FP at no gold cue',
        w,
        cueText.toLowerCase(),
        `${ann} <${cueText}> ${JSON.stringify(
          p.frags
            .map(([a, b]) => text.slice(a, b))
            .join(' … ')
            .slice(0, 140),
        )}`,
      );
    });
    gold.forEach((g, gi) => {
      if (gUsed.has(gi)) return;
      missKind = cueKind(doc, text, g.cue);
      const content = JSON.stringify(
        g.fragments
          .map(([a, b]) => text.slice(a, b))
          .join(' … ')
          .slice(0, 140),
      );
      const cueText = g.cue.map(([a, b]) => text.slice(a, b)).join(' ');
      const line = `${ann} <${cueText}> ${content}`;
      if (g.cue.length === 0) return add('miss: no gold cue', w, '-', line);
      if (pred.some((_, pi) => sharedN(goldCueTok[gi], predCue[pi]) > 0))
        return add('miss: cue found, content does not match', w, cueText.toLowerCase(), line);
      // The first cue-candidate token inside the gold cue.
      const inCue = (tok: { span: Span }) => g.cue.some(([a, b]) => tok.span[0] < b && a < tok.span[1]);
      const idx = doc.tokens.findIndex((tok) => inCue(tok));
      if (idx < 0) return add('miss: cue not on a token', w, cueText, line);
      let cand = -1;
      const sentenceOf = (i: number) => ctx.sentences.findIndex((s) => i >= s.tokens[0] && i < s.tokens[1]);
      for (let i = idx; i < doc.tokens.length && inCue(doc.tokens[i]); i++) {
        const si = sentenceOf(i);
        const [s0, s1] = ctx.sentences[si].tokens;
        if (isCueCandidate(doc.tokens[i], cueAt(doc.tokens, i, s0, s1))) {
          cand = i;
          break;
        }
      }
      if (cand < 0)
        return add('miss: no candidate token (punctuation, preposition ...)', w, cueText.toLowerCase(), line);
      const tok = doc.tokens[cand];
      const si = sentenceOf(cand);
      const [s0, s1] = ctx.sentences[si].tokens;
      if (ctx.markContaining(tok.span[0]) >= 0) return add('miss: cue inside quotation marks', w, tok.lemma, line);
      const rc = cueAt(doc.tokens, cand, s0, s1);
      if (rc) {
        const rule = ruleReading(ctx, rc, si, null);
        if (rule) return add(`miss: rule cue read (${rc.kind}), dropped later`, w, tok.lemma, line);
        if (refusalStands(ctx, rc)) return add(`miss: rule cue refused, deliberately (${rc.kind})`, w, tok.lemma, line);
        const s = models.cue.score(cueFeatures(ctx, cand, s0, s1, rc, 'refuses'));
        const why = findSpeaker(ctx, rc, si, null) ? 'content' : 'no speaker';
        return add(
          `miss: rule cue refused (${why}), model ${s > 3 ? '> 3 (tagger/quotation gate)' : '<= 3'}`,
          w,
          tok.lemma,
          line,
        );
      }
      const s = models.cue.score(cueFeatures(ctx, cand, s0, s1, null, 'none'));
      const band = s > 3 ? '> 3' : s > 0 ? '0..3' : s > -3 ? '-3..0' : '<= -3';
      if (knownToCueRules(tok)) return add(`miss: known word, no rule cue here, model ${band}`, w, tok.lemma, line);
      return add(`miss: unknown word (${tok.pos}), model ${band}`, w, tok.lemma, line);
    });
  }
}
console.log(
  'recall by cue kind (strict pairs; weighted gold / found / recall / missed: cue not found, content mis-edged at the cue, overlapped at another cue):',
);
for (const [k, r] of [...recallByKind].sort((a, b) => b[1].gold - a[1].gold))
  console.log(
    `  ${k.padEnd(36)} ${[r.gold, r.found].map((x) => x.toFixed(1).padStart(7)).join(' ')}  ${(r.found / r.gold).toFixed(3)}  ${[r.cueMissed, r.misEdged, r.other].map((x) => x.toFixed(1).padStart(7)).join(' ')}`,
  );
const sorted = [...kinds].sort((a, b) => b[1] - a[1]);
for (const [k, n] of sorted) {
  const top = [...(lemmas.get(k) ?? [])]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([l, x]) => `${l} ${x.toFixed(0)}`)
    .join(', ');
  console.log(`${n.toFixed(1).padStart(7)}  ${k}: ${top}`);
}
if (cross) {
  const ys = [
    'no cue candidate',
    'cue below threshold',
    'cue read, content not found or dropped',
    'content found, not matched',
  ];
  console.log(`misses by cue kind and why (weighted): ${ys.join(' | ')} | all`);
  for (const [k, m] of [...crossTab].sort((a, b) => b[0].localeCompare(a[0]))) {
    const all = [...m.values()].reduce((x, y) => x + y, 0);
    console.log(
      `  ${k.padEnd(36)} ${[...ys.map((y) => m.get(y) ?? 0), all].map((x) => x.toFixed(1).padStart(7)).join(' ')}`,
    );
  }
}
