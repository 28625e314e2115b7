// Body scorer of eval/extract.ts: shingle precision / recall / F1 averaged over pages, and the
// worst pages by F1 for study.
import type { Article } from '../src/record/types.js';
import type { GoldPage } from './extract-set.js';
import { bodyScore, meanPRF, type PRF } from './extract-metrics.js';
import type { Scorer } from './extract-scorer.js';

/** How many of the worst pages to list. */
const WORST_SHOWN = 20;

export function bodyScorer(): Scorer & { scores: () => readonly PRF[] } {
  const rows: { gold: GoldPage; score: PRF }[] = [];
  return {
    name: 'body',
    add(gold: GoldPage, article: Article | null) {
      rows.push({ gold, score: bodyScore(article?.text ?? '', gold.body ?? '') });
    },
    report() {
      const m = meanPRF(rows.map((r) => r.score));
      const worst = [...rows].sort((a, b) => a.score.f1 - b.score.f1).slice(0, WORST_SHOWN);
      return [
        `body  precision ${m.precision.toFixed(3)}  recall ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}  (${rows.length} pages)`,
        `worst ${worst.length} pages by body F1:`,
        ...worst.map(
          (r) =>
            `  ${r.score.f1.toFixed(3)}  P ${r.score.precision.toFixed(2)} R ${r.score.recall.toFixed(2)}  ${r.gold.id.slice(0, 16)}  ${r.gold.url}`,
        ),
      ];
    },
    scores: () => rows.map((r) => r.score),
  };
}
