// The A/B harness of bench:extract-vs and bench:analyze-vs: this checkout's code against another
// checkout's, timed in CPU seconds (process.cpuUsage) over the same inputs.
//
// Each round is a child process that loads BOTH sides the same way, by a dynamic import from their
// checkout folders (this checkout is just one more folder), runs WARM_PASSES untimed passes of each
// (JIT, lazy loading), then TIMED_PASSES timed passes of each, interleaved. Rounds alternate which
// side is loaded first and runs first. After a single warm-up pass the timed one was still warming
// (PolNeAR dev: 2.2 s a pass; 1.2 s after three, with both sides' code and heaps in the process;
// bench:analyze's steady passes 0.8-1.1 s), so the ratio weighed JIT warm-up more than the steady
// state bench:analyze reports.
// Why: the earlier design imported this checkout statically and the other through importFrom, in
// one process, with this side always loaded first and built first; a null A/B (identical code on
// both sides) then gave 0.94-0.96 at load 16, and 0.98/0.94 with the checkouts swapped: the side
// loaded first was favoured by 4-6% (heap layout, JIT order, background GC and compiler threads
// billed to whichever pass is running). Whatever the process-level effect is, alternating the load
// order per child cancels it; both sides still share each child's machine load and heap (separate
// processes per side differed by up to 30% run to run here).
import { spawn } from 'node:child_process';
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

/** A module of a checkout, by its path in the repository ("src/extract/index.ts"). */
export async function importFrom<T>(checkout: string, path: string): Promise<T> {
  return (await import(pathToFileURL(join(resolve(checkout), path)).href)) as T;
}

/** The median over rounds of this side's time over the other's: each round's two sides share its load. */
export function medianRoundRatio(times: { ours: readonly number[]; theirs: readonly number[] }): number {
  return median(times.ours.map((t, i) => t / times.theirs[i]!));
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

/** Untimed passes per side before timing: bench:analyze's steady state starts after 3. */
const WARM_PASSES = 3;
/** Timed passes per side in a round; the round's time is their mean. */
const TIMED_PASSES = 2;

/** Set in a round's child process: the two checkout folders, in the order to load and run them. */
const CHILD_ENV = 'DATELINE_AB_CHILD';

/**
 * Times `load(checkout)`'s pass for this checkout and `other` in `rounds` child processes (see the
 * header). `load` imports a checkout's modules and prepares its inputs; the pass it returns is timed.
 * In a child this runs the round, prints its times and exits; in the parent it returns them.
 */
export async function abRounds(
  thisCheckout: string,
  other: string,
  rounds: number,
  load: (checkout: string) => Promise<() => void>,
): Promise<{ ours: number[]; theirs: number[] }> {
  const child = process.env[CHILD_ENV];
  if (child) {
    const order = JSON.parse(child) as [string, string];
    const passes: Array<() => void> = [];
    for (const checkout of order) passes.push(await load(checkout));
    for (let i = 0; i < WARM_PASSES; i++) for (const pass of passes) pass();
    const times = passes.map(() => 0);
    for (let i = 0; i < TIMED_PASSES; i++) passes.forEach((pass, k) => (times[k] += cpuSeconds(pass) / TIMED_PASSES));
    process.stdout.write(`${JSON.stringify(times)}\n`);
    process.exit(0);
  }
  const times = { ours: [] as number[], theirs: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    const oursFirst = round % 2 === 0;
    const order = oursFirst ? [thisCheckout, other] : [other, thisCheckout];
    const [first, second] = await runChild(order);
    times.ours.push(oursFirst ? first : second);
    times.theirs.push(oursFirst ? second : first);
  }
  return times;
}

/** Runs this script again with the same node flags (tsx's loader) as one round. */
function runChild(order: string[]): Promise<[number, number]> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      env: { ...process.env, [CHILD_ENV]: JSON.stringify(order.map((d) => resolve(d))) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('error', fail);
    proc.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('[')) fail(new Error(`A/B round failed (exit ${code}): ${out}`));
      else done(JSON.parse(line) as [number, number]);
    });
  });
}
