// `dateline extract` and `dateline analyze`: pages in, records out (human summary or JSON).
import { stat } from 'node:fs/promises';
import { Command, Option } from 'commander';
import type { InputFormat } from '../../extract/index.js';
import type { ArticleRecord } from '../../record/types.js';
import { localEntries } from '../../sources/files.js';
import { EXIT_FAILED, EXIT_USAGE } from '../exit.js';
import { isoDate } from '../options.js';
import { formatRecord } from '../format.js';

interface PageOptions {
  json?: boolean;
  url?: string;
  inputFormat: InputFormat;
  published?: string;
}

function pageCommand(program: Command, name: string, description: string, withAnalysis: boolean): void {
  program.command(name)
    .description(description)
    .argument('<inputs...>', 'files, folders, or - for standard input')
    .option('--json', 'print JSON (one record; NDJSON with an "input" field when there are several)')
    .option('--url <url>', 'the page\'s original URL (resolves links, dates in the URL)')
    .addOption(new Option('--input-format <format>', 'how to read the input').choices(['auto', 'html', 'text', 'body']).default('auto'))
    .option('--published <date>', 'publication date, the reference for relative dates', isoDate)
    .action(async (inputs: string[], opts: PageOptions) => {
      process.exitCode = await runPages(inputs, opts, withAnalysis);
    });
}

export function registerExtract(program: Command): void {
  pageCommand(program, 'extract', 'extract the clean article and its metadata from pages', false);
}

export function registerAnalyze(program: Command): void {
  pageCommand(program, 'analyze', 'extract and analyse pages: entities, quotes, places, times, quantities, events', true);
}

async function runPages(inputs: string[], opts: PageOptions, withAnalysis: boolean): Promise<number> {
  if (opts.url && inputs.length > 1) {
    console.error('dateline: --url applies to one input only');
    return EXIT_USAGE;
  }
  // Loaded here, not at start-up: the analysis models are heavy and other commands do not need them.
  const { extract } = await import('../../extract/index.js');
  const { analyze, toRecord } = await import('../../analyze/pipeline.js');
  // One file in, one pretty JSON document out; several inputs (or a folder) give NDJSON.
  const ndjson = inputs.length > 1 || (inputs[0] !== '-' && (await isFolder(inputs[0])));
  let failed = 0;
  for await (const entry of localEntries(inputs)) {
    if ('failure' in entry) {
      console.error(`dateline: ${entry.failure.key}: ${entry.failure.reason}`);
      failed++;
      continue;
    }
    const { item } = entry;
    const input = item.path ?? item.key;
    let record: ArticleRecord;
    try {
      const article = extract({ content: await item.read(), path: item.path, url: opts.url, format: opts.inputFormat, published: opts.published });
      record = withAnalysis ? analyze(article) : toRecord(article);
    } catch (err) {
      console.error(`dateline: ${input}: ${(err as Error).message}`);
      failed++;
      continue;
    }
    if (!opts.json) process.stdout.write(formatRecord(record, input) + '\n');
    else if (ndjson) process.stdout.write(JSON.stringify({ input, ...record }) + '\n');
    else process.stdout.write(JSON.stringify(record, null, 2) + '\n');
  }
  return failed > 0 ? EXIT_FAILED : 0;
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}
