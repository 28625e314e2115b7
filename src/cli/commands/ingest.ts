// `dateline ingest`: files, folders, WARC archives, URLs, URL lists, feeds and sitemaps into the
// store, politely, resumably and without duplicates, then (--follow-citations) the pages the stored
// articles cite; a progress bar and a summary.
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { displayLocation, type Store } from '../../store/index.js';
import type { InputSpec } from '../../sources/inputs.js';
import type { Fetcher } from '../../sources/fetch/fetcher.js';
import type { IngestProgress, IngestSummary } from '../../ingest/run.js';
import type { Processor } from '../../ingest/processor.js';
import { EXIT_FAILED, EXIT_USAGE } from '../exit.js';
import type { CliRun } from '../io.js';
import { addQueueOptions, dbOption, isoDate, positiveInt, type QueueFlags } from '../options.js';
import { openCliStore } from '../store.js';
import { oneLine } from '../escape.js';
import { jsonText } from '../../record/json-line.js';

export interface FetchFlags {
  rate: number;
  allowPrivate?: boolean;
  timeout: number;
}

interface IngestFlags extends FetchFlags, QueueFlags {
  db?: string;
  json?: boolean;
  include?: string[];
  exclude?: string[];
  urlsFrom?: string[];
  urlMap?: string;
  feed?: string[];
  sitemap?: string[];
  since?: string;
  extractOnly?: boolean;
  workers?: number;
  force?: boolean;
  followCitations?: number | true;
  domains?: string[];
  sameLanguage?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `--follow-citations=DEPTH`: rounds of links, at least one. */
function depth(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`"${value}" is not a depth (1, 2, ...); write --follow-citations=DEPTH`);
  return n;
}

/** `--domains a.com,b.org` (repeatable). */
const domainList = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean),
];

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is not a positive number`);
  return n;
}

/** Fetch flags shared by `ingest` and `watch`. */
export function addFetchOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('--rate <n>', 'requests per second to one host (Crawl-delay may slow it further)')
        .argParser(positiveNumber)
        .default(1),
    )
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses')
    .addOption(new Option('--timeout <s>', 'seconds one fetch may take in all').argParser(positiveNumber).default(60));
}

export async function fetcherFrom(flags: FetchFlags): Promise<Fetcher> {
  const { Fetcher } = await import('../../sources/fetch/fetcher.js');
  return new Fetcher({ rate: flags.rate, allowPrivate: !!flags.allowPrivate, totalTimeoutMs: flags.timeout * 1000 });
}

/** Workers for extraction and analysis: one per core beyond the one that fetches and writes, at least one. */
function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

export function registerIngest(program: Command, cli: CliRun): void {
  const cmd = program
    .command('ingest')
    .description(
      'extract, analyse and store pages from files, folders, WARC archives, URLs, feeds and sitemaps (re-running adds nothing new and resumes an interrupted run)',
    )
    .argument(
      '[inputs...]',
      'files, folders, .gz files, .warc(.gz) archives, http(s) URLs, or - for a page on standard input',
    )
    .addOption(dbOption())
    .option(
      '--include <glob>',
      'in folders, only files matching this glob (repeatable; default: html, htm, xhtml, txt, warc and their .gz, others listed as skipped)',
      collect,
    )
    .option('--exclude <glob>', 'in folders, skip files matching this glob (repeatable)', collect)
    .option(
      '--url-map <file>',
      'web addresses of local files: lines of "path URL" or JSON {"path"|"page", "url"}; paths relative to the file (pages without one use their canonical URL)',
    )
    .option('--urls-from <file>', 'a file of URLs, one per line, or - for standard input (repeatable)', collect)
    .option('--feed <url>', 'an RSS, Atom or JSON feed, all pages of it (repeatable)', collect)
    .option('--sitemap <url>', 'a sitemap, sitemap index or robots.txt listing sitemaps (repeatable)', collect)
    .option('--since <date>', 'with --sitemap: skip pages last modified before this date', isoDate)
    .option('--extract-only', 'extract only, without the analyses')
    .addOption(
      new Option(
        '--workers <n>',
        'worker threads for extraction and analysis (default: cores - 1, at least 1; 0: in the main thread)',
      ).argParser(positiveInt),
    )
    .option('--force', 'read and process again items an earlier run finished')
    .addOption(
      new Option(
        '--follow-citations [depth]',
        'then fetch and store the pages on other sites that stored articles link to, DEPTH rounds of links deep (default 1; write --follow-citations=2)',
      ).argParser(depth),
    )
    .option(
      '--domains <sites>',
      'with --follow-citations: only pages on these sites (comma-separated, repeatable)',
      domainList,
    )
    .option(
      '--same-language',
      'with --follow-citations: store only pages in the language of an article citing them (others are counted as skipped)',
    )
    .option('--json', 'print the summary as JSON');
  addQueueOptions(cmd, 'put the items on this Redis queue for `dateline worker`s instead of processing them here');
  addFetchOptions(cmd).action(async (inputs: string[], opts: IngestFlags) => {
    const spec: InputSpec = {
      inputs,
      include: opts.include,
      exclude: opts.exclude,
      urlLists: opts.urlsFrom,
      feeds: opts.feed,
      sitemaps: opts.sitemap,
      since: opts.since,
    };
    if (opts.urlMap) {
      const { readUrlMap } = await import('../../sources/url-map.js');
      let map;
      try {
        map = await readUrlMap(opts.urlMap);
      } catch (err) {
        cli.err(
          `dateline: --url-map ${oneLine(opts.urlMap)}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : oneLine((err as Error).message)}`,
        );
        cli.fail(EXIT_USAGE);
        return;
      }
      for (const problem of map.problems) cli.err(`dateline: --url-map: skipped ${oneLine(problem)}`);
      spec.urlMap = map.urls;
    }
    if ((opts.domains || opts.sameLanguage) && !opts.followCitations) {
      cli.err(
        `dateline: ${opts.domains ? '--domains' : '--same-language'} filters --follow-citations, which is not given`,
      );
      cli.fail(EXIT_USAGE);
      return;
    }
    const hasInputs = inputs.length > 0 || !!opts.urlsFrom?.length || !!opts.feed?.length || !!opts.sitemap?.length;
    if (!hasInputs && !opts.followCitations) {
      cli.err(
        'dateline: nothing to ingest: give files, folders, URLs, --urls-from, --feed, --sitemap or --follow-citations',
      );
      cli.fail(EXIT_USAGE);
      return;
    }
    if (opts.followCitations && opts.queue) {
      cli.err(
        'dateline: --follow-citations runs here, not on a queue (each round needs the pages of the one before stored)',
      );
      cli.fail(EXIT_USAGE);
      return;
    }
    if (opts.domains) {
      const { siteOfDomain } = await import('../../ingest/follow-citations.js');
      const bad = opts.domains.find((d) => siteOfDomain(d) === null);
      if (bad !== undefined) {
        cli.err(`dateline: --domains ${oneLine(bad)}: not a host name`);
        cli.fail(EXIT_USAGE);
        return;
      }
    }
    const { store, path } = await openCliStore(cli.io, opts.db, 'write');
    if (opts.queue) {
      try {
        await enqueueInputs(cli, spec, store, opts, opts.queue);
      } finally {
        await store.close();
      }
      return;
    }
    const workers = opts.workers ?? defaultWorkers();
    const processor =
      workers > 0
        ? (await import('../../ingest/pool.js')).workerPool(workers)
        : (await import('../../ingest/process.js')).inlineProcessor;
    try {
      const summary = await runIngest(cli, spec, hasInputs, store, processor, opts);
      cli.out(opts.json ? jsonText(summary, 2) : formatSummary(summary, displayLocation(path)));
      if (summary.failed.length > 0) cli.fail(EXIT_FAILED);
    } finally {
      await processor.close();
      await store.close();
    }
  });
}

async function runIngest(
  cli: CliRun,
  spec: InputSpec,
  hasInputs: boolean,
  store: Store,
  processor: Processor,
  opts: IngestFlags,
): Promise<IngestSummary> {
  const [{ inputEntries }, { ingest, emptySummary }, { progress }] = await Promise.all([
    import('../../sources/inputs.js'),
    import('../../ingest/run.js'),
    import('../progress.js'),
  ]);
  const fetcher = await fetcherFrom(opts);
  // No bar for the inputs when there are none (only citations to follow).
  let bar = hasInputs ? progress('ingest', cli.io) : null;
  const options = {
    processor,
    analyze: !opts.extractOnly,
    force: opts.force,
    onProgress: (p: IngestProgress) => bar?.update(p.done, p.failed, p.current, p.fraction),
  };
  try {
    const summary = hasInputs
      ? await ingest(inputEntries(spec, fetcher, store.ingestState), store, options)
      : emptySummary();
    if (!opts.followCitations) return summary;
    const { followCitations, addSummary } = await import('../../ingest/follow-citations.js');
    const followed = await followCitations(
      store,
      fetcher,
      {
        depth: opts.followCitations === true ? 1 : opts.followCitations,
        domains: opts.domains,
        sameLanguage: opts.sameLanguage,
      },
      {
        ...options,
        // A bar per round of links: each counts its own pages.
        onRound: (round) => {
          bar?.stop();
          bar = progress(`citations ${round}`, cli.io);
        },
      },
    );
    return addSummary(summary, followed);
  } finally {
    bar?.stop();
  }
}

/** `ingest --queue`: the items become jobs; the store is consulted for items finished earlier. */
async function enqueueInputs(
  cli: CliRun,
  spec: InputSpec,
  store: Store,
  opts: IngestFlags,
  queueUrl: string,
): Promise<void> {
  const [{ inputEntries }, { openQueue }, { enqueue, formatEnqueueSummary }, { displayRedis }] = await Promise.all([
    import('../../sources/inputs.js'),
    import('../../distribute/queue.js'),
    import('../../distribute/enqueue.js'),
    import('../../distribute/redis.js'),
  ]);
  const queue = openQueue(queueUrl, opts.queueName);
  try {
    const summary = await enqueue(inputEntries(spec, await fetcherFrom(opts), store.ingestState), queue, store, {
      analyze: !opts.extractOnly,
      force: opts.force,
    });
    cli.out(
      opts.json
        ? JSON.stringify(summary, null, 2)
        : formatEnqueueSummary(summary, `${displayRedis(queueUrl)} (${opts.queueName})`),
    );
    if (summary.failed.length > 0) cli.fail(EXIT_FAILED);
  } finally {
    await queue.close();
    await queue.disconnect();
  }
}

/** Failures listed in the summary; beyond this many, `dateline errors` has them all. */
const MAX_LISTED_FAILURES = 20;

export function formatSummary(s: IngestSummary, db: string): string {
  const lines = [
    `${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.duplicate} duplicate, ${s.nearDuplicate} near-duplicate, ${s.alreadyDone} done earlier, ${s.failed.length} failed → ${db}`,
  ];
  const skipped = Object.entries(s.skipped).sort((a, b) => b[1] - a[1]);
  if (skipped.length > 0) lines.push(`  skipped: ${skipped.map(([why, n]) => `${n} ${oneLine(why)}`).join(', ')}`);
  for (const f of s.failed.slice(0, MAX_LISTED_FAILURES))
    lines.push(`  failed: ${oneLine(f.input)}: ${oneLine(f.reason)}`);
  if (s.failed.length > MAX_LISTED_FAILURES)
    lines.push(`  … and ${s.failed.length - MAX_LISTED_FAILURES} more (dateline errors)`);
  return lines.join('\n');
}
