// `dateline watch`: follow feeds, ingesting what is new every interval. Each poll fetches every
// feed conditionally (ETag / Last-Modified), so an unchanged feed costs one 304; items finished
// earlier are not fetched again. With --queue, new items are put on the queue for `dateline worker`s.
import { readFile } from 'node:fs/promises';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { IngestSummary } from '../../ingest/run.js';
import type { CliRun } from '../io.js';
import { addQueueOptions, dbOption, positiveInt, type QueueFlags } from '../options.js';
import { openCliStore } from '../store.js';
import { addFetchOptions, fetcherFrom, type FetchFlags } from './ingest.js';
import { oneLine } from '../escape.js';

interface WatchFlags extends FetchFlags, QueueFlags {
  db?: string;
  feeds: string;
  every: number;
  polls?: number;
  extractOnly?: boolean;
}

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000 };

/** "90s", "15m", "1h" or plain seconds, as ms. */
export function duration(value: string): number {
  const m = /^(\d+(?:\.\d+)?)([smh]?)$/.exec(value.trim());
  if (!m || Number(m[1]) <= 0) throw new InvalidArgumentError(`"${value}" is not a duration (e.g. 90s, 15m, 1h)`);
  return Number(m[1]) * UNIT_MS[m[2] || 's'];
}

export function registerWatch(program: Command, cli: CliRun): void {
  const cmd = program
    .command('watch')
    .description('keep following feeds: every interval, ingest the items that are new')
    .requiredOption('--feeds <file>', 'a file of feed URLs, one per line (read again at each poll)')
    .addOption(
      new Option('--every <duration>', 'time between polls (e.g. 90s, 15m, 1h)')
        .argParser(duration)
        .default(15 * 60_000, '15m'),
    )
    .addOption(
      new Option('--polls <n>', 'stop after this many polls (default: run until interrupted)').argParser(positiveInt),
    )
    .option('--extract-only', 'extract only, without the analyses')
    .addOption(dbOption());
  addQueueOptions(cmd, 'put new items on this Redis queue for `dateline worker`s instead of processing them here');
  addFetchOptions(cmd).action(async (opts: WatchFlags) => {
    const [{ inputEntries }, { ingest }] = await Promise.all([
      import('../../sources/inputs.js'),
      import('../../ingest/run.js'),
    ]);
    const { store } = await openCliStore(cli.io, opts.db, 'write');
    // One fetcher for the whole watch, so host pacing and robots.txt carry over between polls.
    const fetcher = await fetcherFrom(opts);
    const queued = opts.queue ? await import('../../distribute/enqueue.js') : undefined;
    const queue = opts.queue
      ? (await import('../../distribute/queue.js')).openQueue(opts.queue, opts.queueName)
      : undefined;
    let stopping = false;
    let wake: () => void = () => undefined;
    const stop = () => {
      stopping = true;
      wake();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      for (let poll = 1; !stopping; poll++) {
        const feeds = await readList(opts.feeds);
        const entries = inputEntries({ feeds }, fetcher, store.ingestState);
        if (queue && queued) {
          const summary = await queued.enqueue(entries, queue, store, { analyze: !opts.extractOnly });
          cli.out(`${new Date().toISOString()} poll ${poll}: ${queued.formatEnqueueSummary(summary, opts.queueName)}`);
        } else {
          const summary = await ingest(entries, store, { analyze: !opts.extractOnly });
          cli.out(`${new Date().toISOString()} poll ${poll}: ${pollLine(summary)}`);
        }
        if (opts.polls !== undefined && poll >= opts.polls) break;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, opts.every);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await queue?.close();
      await queue?.disconnect();
      await store.close();
    }
  });
}

async function readList(file: string): Promise<string[]> {
  return (await readFile(file, 'utf8'))
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function pollLine(s: IngestSummary): string {
  const failed = s.failed.map((f) => `\n  failed: ${oneLine(f.input)}: ${oneLine(f.reason)}`).join('');
  return `${s.new} new, ${s.updated} updated, ${s.duplicate + s.nearDuplicate} duplicate, ${s.failed.length} failed${failed}`;
}
