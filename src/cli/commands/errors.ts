// `dateline errors`: the inputs that failed to ingest, with their reasons; the next ingest retries them.
import type { Command } from 'commander';
import type { CliRun } from '../io.js';
import { dbOption } from '../options.js';
import { openCliStore } from '../store.js';
import { oneLine } from '../escape.js';
import { jsonText } from '../../record/json-line.js';

export function registerErrors(program: Command, cli: CliRun): void {
  program.command('errors')
    .description('list inputs that failed to ingest and why (they are retried by the next ingest)')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const { store } = await openCliStore(cli.io, opts.db, 'read');
      try {
        const failures = await store.failures();
        if (opts.json) cli.out(jsonText(failures, 2));
        else if (failures.length === 0) cli.out('no failures');
        else for (const f of failures) cli.out(`${f.at}  ×${f.attempts}  ${oneLine(f.input)}\n    ${oneLine(f.reason)}`);
      } finally {
        await store.close();
      }
    });
}
