// Body-text metric of the Zyte article-extraction benchmark (see ../shared/data/README.md):
// lower-case, word tokens, multiset of 4-token shingles; precision = shared / predicted,
// recall = shared / gold, per page, averaged over pages by the caller.

/** Word tokens as in the benchmark's `\w+` (Unicode letters, digits, underscore). */
const WORD_TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;
/** Shingle length of the benchmark. */
export const SHINGLE_SIZE = 4;

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export function tokenize(text: string): string[] {
  return text.toLowerCase().match(WORD_TOKEN) ?? [];
}

/** Multiset of shingles; texts shorter than one shingle count as one shingle of all their tokens. */
export function shingles(text: string, n = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  if (tokens.length === 0) return counts;
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const c of counts.values()) sum += c;
  return sum;
}

/** Shingle precision / recall / F1 of a predicted body against the gold body. */
export function bodyScore(predicted: string, gold: string): PRF {
  const p = shingles(predicted);
  const g = shingles(gold);
  let shared = 0;
  for (const [k, c] of p) shared += Math.min(c, g.get(k) ?? 0);
  const np = total(p);
  const ng = total(g);
  // Empty output on a page with a body: precision is vacuous (1), recall 0, as in the benchmark.
  const precision = np === 0 ? 1 : shared / np;
  const recall = ng === 0 ? (np === 0 ? 1 : 0) : shared / ng;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Mean of each field over pages. */
export function meanPRF(scores: readonly PRF[]): PRF {
  const n = Math.max(1, scores.length);
  const sum = scores.reduce(
    (a, s) => ({ precision: a.precision + s.precision, recall: a.recall + s.recall, f1: a.f1 + s.f1 }),
    { precision: 0, recall: 0, f1: 0 },
  );
  return { precision: sum.precision / n, recall: sum.recall / n, f1: sum.f1 / n };
}
