// npm run bench:analyze-vs -- <other checkout> [folder of .txt files] [--rounds N]
// Is the analysis slower than it was? analyze() of this checkout against analyze() of another
// checkout of dateline (a `git worktree add <dir> <commit>` with node_modules and build linked), in
// one process over the same texts (PolNeAR dev by default). Each side extracts its own copies of the
// articles (sharing one set made the second side 30-40% slower with identical code: the first
// side's lazily built caches hang off the shared objects). Each round is a child process that loads
// both sides from their folders, alternating which is loaded and run first (bench/ab-rounds.ts says
// why: loading this checkout statically, first, favoured it by 4-6% in null runs).
// Prints CPU seconds per pass, words per CPU-second, the ratio of medians (this / other) and the
// median of the rounds' own ratios.
// The analysis runs on the main thread here, with V8's default heap sizes: the ingest pool's worker
// threads keep the same ones (src/ingest/pool.ts says why; bench:analyze-heaps compares sizes).
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { extract } from '../src/extract/index.js';
import type { Article } from '../src/record/types.js';
import { abRounds, importFrom, median, medianRoundRatio, vsArgs } from './ab-rounds.js';
import { setProductV8Flags } from '../bin/v8-flags.js';

// The V8 flags the `dateline` command runs with (bin/v8-flags.js): the analysis is timed as the
// product runs it, GC included.
setProductV8Flags();

const DEFAULT_SET = fileURLToPath(new URL('../../shared/data/quotes/polnear-dev', import.meta.url));
const DEFAULT_ROUNDS = 8;
const THIS_CHECKOUT = fileURLToPath(new URL('..', import.meta.url));
/** Words as bench:analyze counts them: runs of non-space characters. */
const WORD_RE = /\S+/g;

interface Side {
  extract: typeof extract;
  analyze: (article: Article) => unknown;
}

async function main(): Promise<void> {
  const { other, input, rounds } = vsArgs(
    'npm run bench:analyze-vs -- <other checkout> [folder of .txt files] [--rounds N]',
    DEFAULT_ROUNDS,
  );
  const dir = input ?? DEFAULT_SET;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: f, content: readFileSync(join(dir, f), 'utf8') }));
  const articlesOf = (side: Side) => files.map((f) => side.extract({ ...f, format: 'body' }) as Article);
  const load = async (checkout: string): Promise<Side> => ({
    ...(await importFrom<Pick<Side, 'extract'>>(checkout, 'src/extract/index.ts')),
    ...(await importFrom<Pick<Side, 'analyze'>>(checkout, 'src/analyze/pipeline.ts')),
  });
  const times = await abRounds(THIS_CHECKOUT, other, rounds, async (checkout) => {
    const side = await load(checkout);
    const articles = articlesOf(side);
    return () => {
      for (const a of articles) side.analyze(a);
    };
  });
  const words = articlesOf(await load(THIS_CHECKOUT)).reduce((n, a) => n + (a.text.match(WORD_RE)?.length ?? 0), 0);
  const show = (xs: number[]) =>
    `${xs.map((x) => x.toFixed(2)).join(' ')}  (median ${median(xs).toFixed(3)} s, ${(words / median(xs) / 1000).toFixed(1)}k words per CPU-second)`;
  console.log(`${dir}: ${files.length} texts, ${words} words, ${rounds} rounds (child processes) alternating`);
  console.log(`this checkout: ${show(times.ours)}`);
  console.log(`${other}: ${show(times.theirs)}`);
  console.log(
    `this / other: ${(median(times.ours) / median(times.theirs)).toFixed(3)} (median CPU time per pass), median of the rounds' ratios ${medianRoundRatio(times).toFixed(3)}; load average ${loadavg()[0].toFixed(1)}`,
  );
}

await main();
