// `dateline export`: the stored records matching the search filters, as JSON lines, an events
// CSV (with a links file beside it), a links CSV, an ACLED-layout CSV, GeoJSON, an Atom feed or
// the citation graph (GEXF), to standard output or a file.
import { createWriteStream, type WriteStream } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats.js';
import type { ExportSummary } from '../../export/index.js';
import type { CliRun } from '../io.js';
import { addFilterOptions, dbOption, searchQuery, type FilterFlags } from '../options.js';
import { openCliStore } from '../store.js';

interface ExportCliOptions extends FilterFlags {
  db?: string;
  format: ExportFormat;
  output?: string;
  includeUnasserted?: boolean;
  atomOf: 'articles' | 'events';
  title?: string;
}

function format(value: string): ExportFormat {
  if (!(EXPORT_FORMATS as readonly string[]).includes(value))
    throw new InvalidArgumentError(`"${value}" is not one of ${EXPORT_FORMATS.join(', ')}`);
  return value as ExportFormat;
}

export function registerExport(program: Command, cli: CliRun): void {
  const command = program
    .command('export')
    .description(
      'export stored records matching the search filters: jsonl, csv (events, and a links file beside -o), links-csv, acled-csv, geojson, atom or gexf (citation graph)',
    )
    .argument('[query...]', 'words to search for (none: every record)')
    .addOption(dbOption())
    .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`, format)
    .option('-o, --output <file>', 'write to this file instead of standard output');
  addFilterOptions(command, ' (event formats: only such events)')
    .option(
      '--include-unasserted',
      'acled-csv: add future, possible, hypothetical, negated and background events, flagged in dateline_modality',
    )
    .addOption(
      new Option('--atom-of <what>', 'atom: a feed of articles or of events')
        .choices(['articles', 'events'])
        .default('articles'),
    )
    .option('--title <text>', 'atom: the feed title')
    .action(async (words: string[], opts: ExportCliOptions) => {
      const query = searchQuery(words, opts);
      const { runExport } = await import('../../export/index.js');
      const { store } = await openCliStore(cli.io, opts.db, 'read');
      const file: WriteStream | null = opts.output ? createWriteStream(opts.output) : null;
      const write = (chunk: string) => {
        if (file) file.write(chunk);
        else cli.io.stdout(chunk);
      };
      // The events CSV's links file goes beside it ("events.csv" -> "events.links.csv").
      const linksPath = opts.format === 'csv' && opts.output ? linksFileOf(opts.output) : undefined;
      const linksFile: WriteStream | null = linksPath ? createWriteStream(linksPath) : null;
      try {
        const summary = await runExport(store, opts.format, query, write, {
          includeUnasserted: opts.includeUnasserted,
          atomOf: opts.atomOf,
          title: opts.title,
          ...(linksFile ? { writeLinks: (chunk: string) => void linksFile.write(chunk) } : {}),
        });
        for (const f of [file, linksFile])
          if (f)
            await new Promise<void>((resolve, reject) =>
              f.end((err?: Error | null) => (err ? reject(err) : resolve())),
            );
        cli.err(exportLine(summary, opts));
        if (linksPath) cli.err(`links of the exported records to ${linksPath}`);
        else if (opts.format === 'csv')
          cli.err('no links file: give -o FILE to write one beside it, or use --format links-csv');
      } finally {
        await store.close();
      }
    });
}

/** The links file of a CSV export: "events.csv" -> "events.links.csv". */
export function linksFileOf(output: string): string {
  return /\.csv$/i.test(output) ? output.replace(/\.csv$/i, '.links.csv') : `${output}.links.csv`;
}

/** What the export holds and, when it left events out, how many and why: on standard error, so it never mixes with the data. */
export function exportLine(s: ExportSummary, opts: { format: ExportFormat; output?: string }): string {
  const omitted = Object.entries(s.omitted).sort((a, b) => b[1] - a[1]);
  const left = omitted.reduce((n, [, k]) => n + k, 0);
  const what =
    opts.format === 'jsonl'
      ? plural(s.records, 'record')
      : `${plural(s.records, 'record')}, ${plural(s.events - left, 'event')}`;
  const where = opts.output ? ` to ${opts.output}` : '';
  const omittedText =
    left > 0
      ? `; left out ${plural(left, 'event')} of ${s.events}: ${omitted.map(([why, n]) => `${n} ${why}`).join(', ')}`
      : '';
  return `exported ${what}${where}${omittedText}`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
