// npm run eval:extract -- <set-folder> [--only <id-prefix>]
// Runs extract() over every page of a dev set and prints each scorer's figures. Scorers live in
// their own modules (eval/extract-*.ts) so new score families are added to SCORERS only.
import { extract, ExtractError } from '../src/extract/index.js';
import type { Article } from '../src/record/types.js';
import { readGold, readPage } from './extract-set.js';
import { bodyScorer } from './extract-body.js';
import type { Scorer } from './extract-scorer.js';
import { metadataScorer } from './extract-metadata-metrics.js';

function makeScorers(): Scorer[] {
  return [bodyScorer(), metadataScorer()];
}

function main(argv: string[]): void {
  const setDir = argv.find((a) => !a.startsWith('--'));
  if (!setDir) {
    console.error('usage: npm run eval:extract -- <set-folder> [--only <id-prefix>]');
    process.exit(2);
  }
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;
  const pages = readGold(setDir).filter((g) => !only || g.id.startsWith(only));
  const scorers = makeScorers();
  let failures = 0;
  const started = performance.now();
  for (const gold of pages) {
    let article: Article | null = null;
    try {
      article = extract({ content: readPage(setDir, gold), url: gold.url, format: 'html' });
    } catch (err) {
      failures++;
      const why = err instanceof ExtractError ? err.message : String(err);
      console.error(`page ${gold.id}: ${why}`);
    }
    for (const s of scorers) s.add(gold, article);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${setDir}: ${pages.length} pages, ${failures} failed, ${seconds.toFixed(1)} s`);
  for (const s of scorers) for (const line of s.report()) console.log(line);
}

main(process.argv.slice(2));
