// A pool of worker threads for the CPU-bound page processing, so extraction and analysis use
// every core while the main thread fetches, reads and writes to the store (one writer).
import { Worker } from 'node:worker_threads';
import type { Processed, ProcessInput, Processor } from './processor.js';

interface Pending {
  resolve(p: Processed): void;
  reject(e: Error): void;
  worker: Slot;
}

interface Slot {
  worker: Worker;
  busy: number;
}

const FROM_SOURCES = import.meta.url.endsWith('.ts');
/** The worker entry next to this module: .ts when running from sources (tsx), .js when built. */
const WORKER_URL = new URL(`./worker${FROM_SOURCES ? '.ts' : '.js'}`, import.meta.url);

/**
 * Node 20 does not pass --import loaders to workers, so from sources the worker registers tsx itself.
 * The workers keep V8's default heap sizes: a young generation twice as large
 * (resourceLimits.maxYoungGenerationSizeMb 96, 32 MB semi-spaces) halves the scavenges of the
 * analysis (10 to 5 per pass over PolNeAR dev) but not their work, which is copying what survives:
 * mostly per-document data still referenced after its document (about 10 MB a pass of some 170 MB
 * allocated, promoted at either size). Its CPU per pass came out the same: 1.006, 1.002, 0.953 and
 * 1.024 times the default's in four runs of `npm run bench:analyze-heaps -- 0 96` (h70, load 7-26),
 * for some 50 MB more peak RSS (main-thread runs with --max-semi-space-size=32).
 */
function startWorker(): Worker {
  if (!FROM_SOURCES) return new Worker(WORKER_URL);
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(boot, { eval: true });
}

export function workerPool(size: number): Processor {
  const pending = new Map<number, Pending>();
  let nextId = 0;
  const slots: Slot[] = Array.from({ length: size }, () => {
    const slot: Slot = { worker: startWorker(), busy: 0 };
    slot.worker.on('message', (msg: { id: number; result?: Processed; error?: string }) => {
      const job = pending.get(msg.id);
      if (!job) return;
      pending.delete(msg.id);
      slot.busy--;
      if (msg.error !== undefined) job.reject(new Error(msg.error));
      else job.resolve(msg.result!);
    });
    slot.worker.on('error', (err) => {
      // A crashed worker fails its own jobs; the run records them and goes on with the others.
      for (const [id, job] of pending) {
        if (job.worker === slot) {
          pending.delete(id);
          job.reject(new Error(`worker failed: ${err.message}`));
        }
      }
      slot.busy = Number.POSITIVE_INFINITY;
    });
    return slot;
  });
  return {
    process(input: ProcessInput): Promise<Processed> {
      const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      if (!Number.isFinite(slot.busy)) return Promise.reject(new Error('no worker left'));
      const id = nextId++;
      slot.busy++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: slot });
        slot.worker.postMessage({ id, input });
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
