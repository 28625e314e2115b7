// `dateline worker`: takes ingest jobs from the Redis queue until stopped (SIGINT/SIGTERM), on any
// number of machines at once; politeness (per-host pacing, robots.txt) is shared through Redis.
import { Option, type Command } from 'commander';
import type { CliRun } from '../io.js';
import { addQueueOptions, dbOption, positiveInt, type QueueFlags } from '../options.js';
import { openCliStore } from '../store.js';
import { addFetchOptions, type FetchFlags } from './ingest.js';
import { duration } from './watch.js';

interface WorkerFlags extends FetchFlags, QueueFlags {
  db?: string;
  concurrency: number;
  lock: number;
  quiet?: boolean;
}

export function registerWorker(program: Command, cli: CliRun): void {
  const cmd = program
    .command('worker')
    .description(
      'process ingest jobs from a Redis queue (filled by `dateline ingest --queue` or `watch --queue`) into the store',
    )
    .addOption(dbOption())
    .addOption(
      new Option('--concurrency <n>', 'jobs in flight in this process (fetches overlap)')
        .argParser(positiveInt)
        .default(4),
    )
    .addOption(
      new Option(
        '--lock <duration>',
        'how long a job stays claimed by a worker that stops answering before another takes it',
      )
        .argParser(duration)
        .default(30_000, '30s'),
    )
    .option('--quiet', 'no line per job');
  addQueueOptions(cmd, 'the Redis queue to take jobs from', true);
  addFetchOptions(cmd).action(async (opts: WorkerFlags) => {
    const [{ startWorker }, { redisConnection, displayRedis }, { RedisHostPacer, sharedRobots }, { Fetcher }] =
      await Promise.all([
        import('../../distribute/worker.js'),
        import('../../distribute/redis.js'),
        import('../../distribute/politeness.js'),
        import('../../sources/fetch/fetcher.js'),
      ]);
    const { store, path } = await openCliStore(cli.io, opts.db, 'write');
    const redis = redisConnection(opts.queue!);
    const fetcher = new Fetcher({
      rate: opts.rate,
      allowPrivate: !!opts.allowPrivate,
      totalTimeoutMs: opts.timeout * 1000,
      pacer: new RedisHostPacer(redis, opts.rate),
      sharedRobots: sharedRobots(redis),
    });
    const running = startWorker({
      queueUrl: opts.queue!,
      queueName: opts.queueName,
      store,
      fetcher,
      concurrency: opts.concurrency,
      lockMs: opts.lock,
      log: opts.quiet ? undefined : (line) => cli.err(line),
    });
    cli.err(
      `worker ${process.pid}: ${displayRedis(opts.queue!)} (${opts.queueName}) → ${(await import('../../store/index.js')).displayLocation(path)}`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    // Finishes the jobs in hand, then leaves.
    await running.close();
    redis.disconnect();
    await store.close();
  });
}
