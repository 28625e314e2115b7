// `dateline ingest`: pages into the store, idempotently, with a progress bar and a summary.
import { Command } from 'commander';
import { databasePath, openStore } from '../../store/index.js';
import { localEntries } from '../../sources/files.js';
import { ingest, type IngestSummary } from '../../ingest/run.js';
import { EXIT_FAILED } from '../exit.js';
import { dbOption } from '../options.js';
import { progress } from '../progress.js';

export function registerIngest(program: Command): void {
  program.command('ingest')
    .description('extract, analyse and store pages (re-ingesting the same page adds nothing)')
    .argument('<inputs...>', 'files, folders, or - for standard input')
    .addOption(dbOption())
    .option('--json', 'print the summary as JSON')
    .action(async (inputs: string[], opts: { db?: string; json?: boolean }) => {
      const path = databasePath(opts.db);
      const store = await openStore(path);
      const bar = progress('ingest');
      try {
        const summary = await ingest(localEntries(inputs), store, { onProgress: (p) => bar.update(p.done, p.failed, p.current) });
        bar.stop();
        console.log(opts.json ? JSON.stringify(summary, null, 2) : formatSummary(summary, path));
        if (summary.failed.length > 0) process.exitCode = EXIT_FAILED;
      } finally {
        bar.stop();
        await store.close();
      }
    });
}

export function formatSummary(s: IngestSummary, db: string): string {
  const lines = [`${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.duplicate} duplicate, ${s.failed.length} failed → ${db}`];
  for (const f of s.failed) lines.push(`  failed: ${f.input}: ${f.reason}`);
  return lines.join('\n');
}
