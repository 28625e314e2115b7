// Progress for long work: a bar on a terminal, a plain log line every few seconds otherwise.
import cliProgress from 'cli-progress';

/** How often the plain (non-terminal) progress line is written, in ms. */
const LOG_EVERY_MS = 5_000;

export interface Progress {
  update(done: number, failed: number, current: string): void;
  stop(): void;
}

export function progress(label: string, total?: number): Progress {
  const started = Date.now();
  const rate = (done: number) => (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1);
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar({
      stream: process.stderr,
      format: total
        ? `${label} [{bar}] {value}/{total} · {rate}/s · {failed} failed · ETA {eta_formatted} · {current}`
        : `${label} {value} done · {rate}/s · {failed} failed · {current}`,
      hideCursor: true,
      clearOnComplete: false,
    }, cliProgress.Presets.shades_classic);
    bar.start(total ?? 0, 0, { rate: '0', failed: 0, current: '' });
    return {
      update: (done, failed, current) => bar.update(done, { rate: rate(done), failed, current: current.slice(-40) }),
      stop: () => bar.stop(),
    };
  }
  let last = started;
  return {
    update(done, failed) {
      if (Date.now() - last < LOG_EVERY_MS) return;
      last = Date.now();
      console.error(`${label}: ${done}${total ? `/${total}` : ''} done, ${rate(done)}/s, ${failed} failed`);
    },
    stop() {},
  };
}
