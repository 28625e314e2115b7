// `dateline errors`: the inputs that failed to ingest, with their reasons; the next ingest retries them.
import { Command } from 'commander';
import { databasePath, openStore } from '../../store/index.js';
import { dbOption } from '../options.js';

export function registerErrors(program: Command): void {
  program.command('errors')
    .description('list inputs that failed to ingest and why (they are retried by the next ingest)')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const store = await openStore(databasePath(opts.db));
      try {
        const failures = await store.failures();
        if (opts.json) console.log(JSON.stringify(failures, null, 2));
        else if (failures.length === 0) console.log('no failures');
        else for (const f of failures) console.log(`${f.at}  ×${f.attempts}  ${f.input}\n    ${f.reason}`);
      } finally {
        await store.close();
      }
    });
}
