// The A/B harness of bench:extract-vs and bench:analyze-vs: this checkout's code against another
// checkout's, loaded into one process, timed in CPU seconds in rounds that alternate which side
// goes first, so both see the same machine load and the same heap (separate processes differ by
// up to 30% run to run here, even on an idle machine).
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface VsArgs {
  /** The other checkout's folder. */
  other: string;
  /** The input folder, if given. */
  input: string | undefined;
  rounds: number;
}

/** `<other checkout> [input folder] [--rounds N]`; prints the usage and exits when the checkout is missing. */
export function vsArgs(usage: string, defaultRounds: number): VsArgs {
  const args = process.argv.slice(2);
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Math.max(2, Number(args[roundsAt + 1]) || defaultRounds) : defaultRounds;
  const positional = args.filter((a, i) => !a.startsWith('--') && (roundsAt < 0 || i !== roundsAt + 1));
  if (!positional[0]) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  return { other: positional[0], input: positional[1], rounds };
}

/** A module of the other checkout, by its path in the repository ("src/extract/index.ts"). */
export async function importFrom<T>(checkout: string, path: string): Promise<T> {
  return (await import(pathToFileURL(join(resolve(checkout), path)).href)) as T;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function cpuSeconds(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** One untimed pass of each (JIT, lazy loading), then `rounds` timed passes of each, alternating. */
export function alternate(ours: () => void, theirs: () => void, rounds: number): { ours: number[]; theirs: number[] } {
  ours();
  theirs();
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
  return times;
}
