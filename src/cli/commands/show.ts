// `dateline show`: one stored record, by id or an unambiguous id prefix.
import { Command } from 'commander';
import { databasePath, openStore } from '../../store/index.js';
import { EXIT_FAILED } from '../exit.js';
import { dbOption } from '../options.js';
import { formatRecord } from '../format.js';

export function registerShow(program: Command): void {
  program.command('show')
    .description('show a stored record')
    .argument('<id>', 'record id, or its first characters')
    .addOption(dbOption())
    .option('--json', 'print the record as JSON')
    .action(async (id: string, opts: { db?: string; json?: boolean }) => {
      const store = await openStore(databasePath(opts.db));
      try {
        const full = (await store.get(id)) ? id : await store.resolveId(id);
        const record = full ? await store.get(full) : null;
        if (!record) {
          console.error(`dateline: no record with id ${id}`);
          process.exitCode = EXIT_FAILED;
          return;
        }
        console.log(opts.json ? JSON.stringify(record, null, 2) : formatRecord(record));
      } finally {
        await store.close();
      }
    });
}
