// npm run bench:extract-vs -- <other checkout> [set-folder] [--rounds N]
// Is extraction slower than it was? extract() of this checkout against extract() of another
// checkout of dateline (a `git worktree add <dir> <commit>` with node_modules linked), in one process
// over the same pages (the Zyte set by default). Rounds alternate which goes first, so both see the
// same machine load and the same heap; separate processes differ by 30% from run to run here even
// on an idle machine. Prints CPU seconds per pass and the ratio of medians (this / other).
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extract } from '../src/extract/index.js';
import { readGold, readPage } from '../eval/extract-set.js';

const DEFAULT_SET = fileURLToPath(new URL('../../shared/data/extraction/zyte', import.meta.url));
const DEFAULT_ROUNDS = 12;

type Extract = typeof extract;

function cpuSeconds(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Math.max(2, Number(args[roundsAt + 1]) || DEFAULT_ROUNDS) : DEFAULT_ROUNDS;
  const positional = args.filter((a, i) => !a.startsWith('--') && (roundsAt < 0 || i !== roundsAt + 1));
  const other = positional[0];
  if (!other) {
    console.error('usage: npm run bench:extract-vs -- <other checkout> [set-folder] [--rounds N]');
    process.exit(2);
  }
  const otherModule = pathToFileURL(join(resolve(other), 'src/extract/index.ts')).href;
  const otherExtract = ((await import(otherModule)) as { extract: Extract }).extract;
  const setDir = positional[1] ?? DEFAULT_SET;
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
  const ours = pass(extract);
  const theirs = pass(otherExtract);
  ours();
  theirs(); // warm-up: JIT and lazy module loading
  const times = { ours: [] as number[], theirs: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      times.ours.push(cpuSeconds(ours));
      times.theirs.push(cpuSeconds(theirs));
    } else {
      times.theirs.push(cpuSeconds(theirs));
      times.ours.push(cpuSeconds(ours));
    }
  }
  const show = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' ');
  console.log(`${setDir}: ${pages.length} pages, ${rounds} rounds alternating`);
  console.log(`this checkout  CPU s per pass: ${show(times.ours)}  (median ${median(times.ours).toFixed(3)})`);
  console.log(`${other}  CPU s per pass: ${show(times.theirs)}  (median ${median(times.theirs).toFixed(3)})`);
  console.log(`this / other: ${(median(times.ours) / median(times.theirs)).toFixed(3)} (median CPU time per pass)`);
}

await main();
