// npm run bench:extract-vs -- <other checkout> [set-folder] [--rounds N]
// Is extraction slower than it was? extract() of this checkout against extract() of another
// checkout of dateline (a `git worktree add <dir> <commit>` with node_modules linked), in one process
// over the same pages (the Zyte set by default). Each round is a child process that loads both sides
// from their folders, alternating which is loaded and run first (bench/ab-rounds.ts says why). Prints
// CPU seconds per pass, the ratio of medians (this / other) and the median of the rounds' ratios.
import { fileURLToPath } from 'node:url';
import type { extract } from '../src/extract/index.js';
import { readGold, readPage } from '../eval/extract-set.js';
import { abRounds, importFrom, median, medianRoundRatio, vsArgs } from './ab-rounds.js';

const DEFAULT_SET = fileURLToPath(new URL('../../shared/data/extraction/zyte', import.meta.url));
const DEFAULT_ROUNDS = 12;
const THIS_CHECKOUT = fileURLToPath(new URL('..', import.meta.url));

type Extract = typeof extract;

async function main(): Promise<void> {
  const { other, input, rounds } = vsArgs(
    'npm run bench:extract-vs -- <other checkout> [set-folder] [--rounds N]',
    DEFAULT_ROUNDS,
  );
  const setDir = input ?? DEFAULT_SET;
  const pages = readGold(setDir).map((g) => ({ bytes: readPage(setDir, g), url: g.url }));

  const pass = (fn: Extract) => () => {
    for (const p of pages) {
      try {
        fn({ content: p.bytes, url: p.url, format: 'html' });
      } catch {
        // A refused page costs its time in both; the eval reports refusals.
      }
    }
  };
  const times = await abRounds(THIS_CHECKOUT, other, rounds, async (checkout) =>
    pass((await importFrom<{ extract: Extract }>(checkout, 'src/extract/index.ts')).extract),
  );
  const show = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' ');
  console.log(`${setDir}: ${pages.length} pages, ${rounds} rounds (child processes) alternating`);
  console.log(`this checkout  CPU s per pass: ${show(times.ours)}  (median ${median(times.ours).toFixed(3)})`);
  console.log(`${other}  CPU s per pass: ${show(times.theirs)}  (median ${median(times.theirs).toFixed(3)})`);
  console.log(
    `this / other: ${(median(times.ours) / median(times.theirs)).toFixed(3)} (median CPU time per pass), median of the rounds' ratios ${medianRoundRatio(times).toFixed(3)}`,
  );
}

await main();
