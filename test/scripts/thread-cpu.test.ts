// bench:analyze's split of a pass's CPU time by thread (bench/thread-cpu.ts): the main thread's work
// counts as main, a worker thread's as other. Linux only (/proc/self/task); elsewhere the split is null.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { ThreadStopwatch } from '../../bench/thread-cpu.js';

/**
 * Work of a fixed amount (some 0.2-0.4 s of CPU here), not of a fixed wall time: on a loaded machine
 * a thread spinning for 300 ms of wall time may get 20 ms of a core.
 */
const SPIN = `let x = 0; for (let i = 0; i < 3e8; i++) x = (x + i * 7) % 1000003;`;
const spin = new Function(`${SPIN} return x;`) as () => number;
/** CPU seconds the work takes at least (/proc counts in ticks of 10 ms). */
const AT_LEAST_S = 0.05;

describe.runIf(existsSync('/proc/self/task'))('ThreadStopwatch', () => {
  it("counts the main thread's work as main", () => {
    const watch = new ThreadStopwatch();
    expect(spin()).toBeGreaterThanOrEqual(0);
    const lap = watch.lap()!;
    expect(lap.main).toBeGreaterThanOrEqual(AT_LEAST_S);
    expect(lap.other).toBeLessThan(lap.main);
  });

  it("counts another thread's work as other", async () => {
    const worker = new Worker(`${SPIN} require('node:worker_threads').parentPort.postMessage(x);`, { eval: true });
    const done = new Promise((resolve) => worker.once('message', resolve));
    await new Promise((resolve) => worker.once('online', resolve));
    const watch = new ThreadStopwatch();
    await done;
    const lap = watch.lap()!;
    await worker.terminate();
    expect(lap.other).toBeGreaterThanOrEqual(AT_LEAST_S);
    expect(lap.main).toBeLessThan(lap.other);
  });
});
