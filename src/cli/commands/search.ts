// `dateline search`: full text and filters over the store.
import type { Command } from 'commander';
import type { CliRun } from '../io.js';
import { SearchQueryError } from '../../store/query-text.js';
import { EXIT_USAGE } from '../exit.js';
import { addFilterOptions, dbOption, positiveInt, searchQuery, type FilterFlags } from '../options.js';
import { openCliStore } from '../store.js';
import { jsonText } from '../../record/json-line.js';

interface SearchOptions extends FilterFlags {
  db?: string;
  json?: boolean;
  limit: number;
  offset: number;
}

export function registerSearch(program: Command, cli: CliRun): void {
  const command = program
    .command('search')
    .description('search stored records: words must all match, "quoted phrases" as phrases, word* as a prefix')
    .argument('[query...]', 'words to search for (none: the newest records)')
    .addOption(dbOption());
  addFilterOptions(command)
    .option('--limit <n>', 'results per page', positiveInt, 10)
    .option('--offset <n>', 'skip this many results', positiveInt, 0)
    .option('--json', 'print the result page as JSON')
    .action(async (words: string[], opts: SearchOptions) => {
      const { store } = await openCliStore(cli.io, opts.db, 'read');
      try {
        const query = { ...searchQuery(words, opts), limit: opts.limit, offset: opts.offset };
        const page = await store.search(query);
        const { formatSearch } = await import('../format.js');
        cli.out(opts.json ? jsonText(page, 2) : formatSearch(page, opts.offset));
      } catch (err) {
        // A query past the limits (too many terms, too broad a prefix) is a usage error.
        if (!(err instanceof SearchQueryError)) throw err;
        cli.err(`dateline search: ${err.message}`);
        cli.fail(EXIT_USAGE);
      } finally {
        await store.close();
      }
    });
}
