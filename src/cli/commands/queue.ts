// `dateline queue`: how the distributed ingest is doing: jobs waiting, running, delayed (to be
// retried), done and failed, and the rate at which they finish.
import type { Command } from 'commander';
import type { CliRun } from '../io.js';
import { addQueueOptions, type QueueFlags } from '../options.js';

export function registerQueue(program: Command, cli: CliRun): void {
  const cmd = program
    .command('queue')
    .description('show the ingest queue: waiting, active, done and failed jobs, and the rate')
    .option('--json', 'print JSON');
  addQueueOptions(cmd, 'the Redis queue', true).action(async (opts: QueueFlags & { json?: boolean }) => {
    const { openQueue, queueCounts } = await import('../../distribute/queue.js');
    const queue = openQueue(opts.queue!, opts.queueName);
    try {
      const c = await queueCounts(queue);
      if (opts.json) cli.out(JSON.stringify(c, null, 2));
      else
        cli.out(
          `${c.waiting} waiting, ${c.active} active, ${c.delayed} to retry, ${c.done} done, ${c.failed} failed; ${c.perMinute} finished in the last minute`,
        );
    } finally {
      await queue.close();
      await queue.disconnect();
    }
  });
}
