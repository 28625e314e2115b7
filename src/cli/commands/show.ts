// `dateline show`: one stored record, by id or an unambiguous id prefix.
import type { Command } from 'commander';
import { EXIT_FAILED } from '../exit.js';
import type { CliRun } from '../io.js';
import { dbOption } from '../options.js';
import { openCliStore } from '../store.js';
import { jsonText } from '../../record/json-line.js';

export function registerShow(program: Command, cli: CliRun): void {
  program
    .command('show')
    .description('show a stored record')
    .argument('<id>', 'record id, or its first characters')
    .addOption(dbOption())
    .option('--json', 'print the record as JSON')
    .option('--all', 'list every entity, quote, time, quantity and event (default: the first 12 of each)')
    .action(async (id: string, opts: { db?: string; json?: boolean; all?: boolean }) => {
      const { store } = await openCliStore(cli.io, opts.db, 'read');
      try {
        const full = (await store.get(id)) ? id : await store.resolveId(id);
        const record = full ? await store.get(full) : null;
        if (!record) {
          cli.err(
            `dateline: no record with id ${id}${full === null && id.length < 64 ? ' (or the prefix matches none or several)' : ''}`,
          );
          cli.fail(EXIT_FAILED);
          return;
        }
        const { formatRecord } = await import('../format.js');
        cli.out(opts.json ? jsonText(record, 2) : formatRecord(record, { all: opts.all }));
      } finally {
        await store.close();
      }
    });
}
