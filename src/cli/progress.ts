// Progress for long work: a bar on a terminal, a plain log line every few seconds otherwise. Both
// show items done, items/s, failures and, when the source knows how far through it is (a WARC by
// bytes read), the estimated time left.
import cliProgress from 'cli-progress';
import { oneLine } from './escape.js';
import type { MigrationProgressSink } from '../store/migration-progress.js';

/** How often the plain (non-terminal) progress line is written, in ms. */
const LOG_EVERY_MS = 5_000;
/** No estimate before this share of the input is done: early rates are dominated by start-up. */
const MIN_FRACTION_FOR_ETA = 0.01;

export interface Progress {
  /** @param fraction how far through its inputs the source is (0..1), when it knows */
  update(done: number, failed: number, current: string, fraction?: number): void;
  stop(): void;
}

/** Where progress goes: standard error, as a bar when it is a terminal. */
export interface ProgressOutput {
  stderr(chunk: string): void;
  stderrIsTTY: boolean;
}

const PROCESS_STDERR: ProgressOutput = {
  stderr: (chunk) => void process.stderr.write(chunk),
  get stderrIsTTY() {
    return !!process.stderr.isTTY;
  },
};

export function progress(label: string, out: ProgressOutput = PROCESS_STDERR): Progress {
  const started = Date.now();
  const elapsed = () => Math.max((Date.now() - started) / 1000, 0.001);
  const rate = (done: number) => (done / elapsed()).toFixed(1);
  const eta = (fraction?: number) =>
    fraction !== undefined && fraction >= MIN_FRACTION_FOR_ETA
      ? formatSeconds((elapsed() * (1 - fraction)) / fraction)
      : '?';
  // The bar draws on the real terminal: only the process's own standard error can be one.
  if (out.stderrIsTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: `${label} {value} done · {rate}/s · {failed} failed · ETA {etaText} · {current}`,
        hideCursor: true,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(0, 0, { rate: '0', failed: 0, current: '', etaText: '?' });
    let stopped = false;
    return {
      update: (done, failed, current, fraction) =>
        bar.update(done, { rate: rate(done), failed, current: oneLine(current).slice(-40), etaText: eta(fraction) }),
      stop: () => {
        if (!stopped) bar.stop();
        stopped = true;
      },
    };
  }
  let last = started;
  return {
    update(done, failed, _current, fraction) {
      if (Date.now() - last < LOG_EVERY_MS) return;
      last = Date.now();
      const left = fraction !== undefined ? `, ${(fraction * 100).toFixed(0)}% of input, ETA ${eta(fraction)}` : '';
      out.stderr(`${label}: ${done} done, ${rate(done)}/s, ${failed} failed${left}\n`);
    },
    stop() {},
  };
}

/**
 * The progress of a store's migrations that go through many rows (../store/migration-progress.ts),
 * shown as ingest's is; the plain form also says when each starts and ends, as a migration runs
 * only once, on the first opening by a new version.
 */
export function migrationProgress(out: ProgressOutput = PROCESS_STDERR): MigrationProgressSink {
  return (name) => {
    const label = `migrating ${name}`;
    const started = Date.now();
    if (!out.stderrIsTTY) out.stderr(`${label}: started (once, for a store made by an earlier version)\n`);
    const shown = progress(label, out);
    let rows = 0;
    return {
      update(done, fraction) {
        rows = done;
        shown.update(done, 0, '', fraction);
      },
      stop() {
        shown.stop();
        if (!out.stderrIsTTY) out.stderr(`${label}: ${rows} done in ${formatSeconds((Date.now() - started) / 1000)}\n`);
      },
    };
  };
}

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = Math.round(s % 60);
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : m > 0 ? `${m}m${String(sec).padStart(2, '0')}s` : `${sec}s`;
}
