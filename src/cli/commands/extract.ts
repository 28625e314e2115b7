// `dateline extract` and `dateline analyze`: pages in, records out (human summary or JSON).
import { stat } from 'node:fs/promises';
import { Command, Option } from 'commander';
import type { InputFormat } from '../../extract/index.js';
import type { ArticleRecord } from '../../record/types.js';
import { EXIT_FAILED, EXIT_USAGE } from '../exit.js';
import type { CliRun } from '../io.js';
import { isoDate } from '../options.js';
import { oneLine } from '../escape.js';
import { jsonText } from '../../record/json-line.js';

interface PageOptions {
  json?: boolean;
  all?: boolean;
  url?: string;
  inputFormat: InputFormat;
  published?: string;
}

function pageCommand(program: Command, cli: CliRun, name: string, description: string, withAnalysis: boolean): void {
  const cmd = program
    .command(name)
    .description(description)
    .argument('<inputs...>', 'files, folders, or - for standard input')
    .option('--json', 'print JSON (one record; NDJSON with an "input" field when there are several)')
    .option('--url <url>', "the page's original URL (resolves links, dates in the URL)")
    .addOption(
      new Option('--input-format <format>', 'how to read the input')
        .choices(['auto', 'html', 'text', 'body'])
        .default('auto'),
    )
    .option('--published <date>', 'publication date, the reference for relative dates', isoDate);
  if (withAnalysis)
    cmd.option('--all', 'list every entity, quote, time, quantity and event (default: the first 12 of each)');
  cmd.action(async (inputs: string[], opts: PageOptions) => {
    cli.fail(await runPages(cli, inputs, opts, withAnalysis));
  });
}

export function registerExtract(program: Command, cli: CliRun): void {
  pageCommand(program, cli, 'extract', 'extract the clean article and its metadata from pages', false);
}

export function registerAnalyze(program: Command, cli: CliRun): void {
  pageCommand(
    program,
    cli,
    'analyze',
    'extract and analyse pages: entities, quotes, places, times, quantities, events',
    true,
  );
}

async function runPages(cli: CliRun, inputs: string[], opts: PageOptions, withAnalysis: boolean): Promise<number> {
  if (opts.url && inputs.length > 1) {
    cli.err('dateline: --url applies to one input only');
    return EXIT_USAGE;
  }
  // Loaded here, not at start-up: extraction and the analysis models are heavy, and only these
  // commands need them; `extract` never loads the analysis.
  const [{ localEntries }, { extract }, { toRecord }, { formatRecord }] = await Promise.all([
    import('../../sources/files.js'),
    import('../../extract/index.js'),
    import('../../analyze/record.js'),
    import('../format.js'),
  ]);
  const analyze = withAnalysis ? (await import('../../analyze/pipeline.js')).analyze : null;
  // One file in, one pretty JSON document out; several inputs (or a folder) give NDJSON.
  const ndjson = inputs.length > 1 || (inputs[0] !== '-' && (await isFolder(inputs[0])));
  let failed = 0;
  // No progress display here, so no positions (and no walk that only counts the pages).
  for await (const entry of localEntries(inputs, { positions: false })) {
    if ('failure' in entry) {
      cli.err(`dateline: ${oneLine(entry.failure.key)}: ${oneLine(entry.failure.reason)}`);
      failed++;
      continue;
    }
    if ('skipped' in entry) {
      cli.err(`dateline: skipped ${oneLine(entry.skipped.key)}: ${entry.skipped.reason}`);
      continue;
    }
    const { item } = entry;
    const input = item.path ?? item.key;
    let record: ArticleRecord;
    try {
      const article = extract({
        content: await item.read(),
        path: item.path,
        url: opts.url,
        format: opts.inputFormat,
        published: opts.published,
      });
      record = analyze ? analyze(article) : toRecord(article);
    } catch (err) {
      cli.err(`dateline: ${oneLine(input)}: ${oneLine((err as Error).message)}`);
      failed++;
      continue;
    }
    if (!opts.json) cli.out(formatRecord(record, { input, all: opts.all }));
    else if (ndjson) cli.out(jsonText({ input, ...record }));
    else cli.out(jsonText(record, 2));
  }
  return failed > 0 ? EXIT_FAILED : 0;
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}
