// `dateline search`: full text and filters over the store.
import { Command } from 'commander';
import { databasePath, openStore, type SearchQuery } from '../../store/index.js';
import { dbOption, isoDate, positiveInt } from '../options.js';
import { formatSearch } from '../format.js';

interface SearchOptions {
  db?: string;
  json?: boolean;
  since?: string;
  until?: string;
  author?: string;
  source?: string;
  entity?: string;
  place?: string;
  type?: string;
  modality?: string;
  limit: number;
  offset: number;
}

export function registerSearch(program: Command): void {
  program.command('search')
    .description('search stored records: words must all match, "quoted phrases" as phrases, word* as a prefix')
    .argument('[query...]', 'words to search for (none: the newest records)')
    .addOption(dbOption())
    .option('--since <date>', 'published on or after this date', isoDate)
    .option('--until <date>', 'published on or before this date', isoDate)
    .option('--author <name>', 'an author\'s name, or part of it')
    .option('--source <text>', 'part of the source URL or path')
    .option('--entity <name>', 'mentions this entity (name or key)')
    .option('--place <name>', 'mentions this place')
    .option('--type <plover>', 'has an event of this PLOVER type')
    .option('--modality <m>', 'has an event of this modality')
    .option('--limit <n>', 'results per page', positiveInt, 10)
    .option('--offset <n>', 'skip this many results', positiveInt, 0)
    .option('--json', 'print the result page as JSON')
    .action(async (words: string[], opts: SearchOptions) => {
      const store = await openStore(databasePath(opts.db));
      try {
        const query: SearchQuery = {
          text: words.join(' ') || undefined,
          since: opts.since, until: opts.until, author: opts.author, source: opts.source,
          entity: opts.entity, place: opts.place, eventType: opts.type, modality: opts.modality,
          limit: opts.limit, offset: opts.offset,
        };
        const page = await store.search(query);
        console.log(opts.json ? JSON.stringify(page, null, 2) : formatSearch(page, opts.offset));
      } finally {
        await store.close();
      }
    });
}
