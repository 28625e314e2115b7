// `dateline export`: the stored records matching the search filters, as JSON lines, an events
// CSV, an ACLED-layout CSV, GeoJSON or an Atom feed, to standard output or a file.
import { createWriteStream, type WriteStream } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { databasePath, openStore } from '../../store/index.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats.js';
import { addFilterOptions, dbOption, searchQuery, type FilterFlags } from '../options.js';

interface ExportCliOptions extends FilterFlags {
  db?: string;
  format: ExportFormat;
  output?: string;
  includeUnasserted?: boolean;
  atomOf: 'articles' | 'events';
  title?: string;
}

function format(value: string): ExportFormat {
  if (!(EXPORT_FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(`"${value}" is not one of ${EXPORT_FORMATS.join(', ')}`);
  return value as ExportFormat;
}

export function registerExport(program: Command): void {
  const command = program.command('export')
    .description('export stored records matching the search filters: jsonl, csv (events), acled-csv, geojson or atom')
    .argument('[query...]', 'words to search for (none: every record)')
    .addOption(dbOption())
    .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`, format)
    .option('-o, --output <file>', 'write to this file instead of standard output');
  addFilterOptions(command, ' (event formats: only such events)')
    .option('--include-unasserted', 'acled-csv: add future, possible, hypothetical, negated and background events, flagged in dateline_modality')
    .addOption(new Option('--atom-of <what>', 'atom: a feed of articles or of events').choices(['articles', 'events']).default('articles'))
    .option('--title <text>', 'atom: the feed title')
    .action(async (words: string[], opts: ExportCliOptions) => {
      const query = searchQuery(words, opts);
      const { runExport } = await import('../../export/index.js');
      const store = await openStore(databasePath(opts.db));
      const file: WriteStream | null = opts.output ? createWriteStream(opts.output) : null;
      const write = (chunk: string) => { if (file) file.write(chunk); else process.stdout.write(chunk); };
      try {
        const summary = await runExport(store, opts.format, query, write, { includeUnasserted: opts.includeUnasserted, atomOf: opts.atomOf, title: opts.title });
        if (file) {
          await new Promise<void>((resolve, reject) => file.end((err?: Error | null) => (err ? reject(err) : resolve())));
          console.error(`exported ${summary.records} records, ${summary.events} events to ${opts.output}`);
        }
      } finally {
        await store.close();
      }
    });
}
