// `dateline errors`: the inputs that failed to ingest, with their reasons; the next ingest retries them.
// With --queue: the jobs of a distributed ingest that failed after their retries.
import type { Command } from 'commander';
import type { CliRun } from '../io.js';
import { addQueueOptions, dbOption, type QueueFlags } from '../options.js';
import { openCliStore } from '../store.js';
import { oneLine } from '../escape.js';
import { jsonText } from '../../record/json-line.js';

export function registerErrors(program: Command, cli: CliRun): void {
  const cmd = program
    .command('errors')
    .description('list inputs that failed to ingest and why (they are retried by the next ingest)')
    .addOption(dbOption())
    .option('--json', 'print JSON');
  addQueueOptions(cmd, 'list the jobs that failed for good in this Redis queue (retried when enqueued again)').action(
    async (opts: QueueFlags & { db?: string; json?: boolean }) => {
      if (opts.queue) {
        const { openQueue, queueFailures } = await import('../../distribute/queue.js');
        const queue = openQueue(opts.queue, opts.queueName);
        try {
          print(cli, await queueFailures(queue), !!opts.json);
        } finally {
          await queue.close();
          await queue.disconnect();
        }
        return;
      }
      const { store } = await openCliStore(cli.io, opts.db, 'read');
      try {
        print(cli, await store.failures(), !!opts.json);
      } finally {
        await store.close();
      }
    },
  );
}

function print(
  cli: CliRun,
  failures: { input: string; reason: string; at: string; attempts: number }[],
  json: boolean,
): void {
  if (json) cli.out(jsonText(failures, 2));
  else if (failures.length === 0) cli.out('no failures');
  else for (const f of failures) cli.out(`${f.at}  ×${f.attempts}  ${oneLine(f.input)}\n    ${oneLine(f.reason)}`);
}
