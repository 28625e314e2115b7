// Option parsers shared by commands; a bad value is a usage error naming the option.
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { SearchQuery } from '../store/index.js';

export function isoDate(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError(`"${value}" is not a date (use YYYY-MM-DD)`);
  }
  return value;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  return n;
}

export const dbOption = () => new Option('--db <path>', 'database file (default: $DATELINE_DB or ./dateline.db)');

/** The search filters shared by `search` and `export`, as commander parses them. */
export interface FilterFlags {
  since?: string;
  until?: string;
  author?: string;
  source?: string;
  entity?: string;
  place?: string;
  type?: string;
  modality?: string;
}

/** Adds the search filters to a command; `eventNote` says what type/modality also do there. */
export function addFilterOptions(command: Command, eventNote = ''): Command {
  return command
    .option('--since <date>', 'published on or after this date', isoDate)
    .option('--until <date>', 'published on or before this date', isoDate)
    .option('--author <name>', 'an author\'s name, or part of it')
    .option('--source <text>', 'part of the source URL or path')
    .option('--entity <name>', 'mentions this entity (name or key)')
    .option('--place <name>', 'mentions this place')
    .option('--type <plover>', `has an event of this PLOVER type${eventNote}`)
    .option('--modality <m>', `has an event of this modality${eventNote}`);
}

/** The store query for the words and filters of a command line. */
export function searchQuery(words: string[], f: FilterFlags): SearchQuery {
  return {
    text: words.join(' ') || undefined,
    since: f.since, until: f.until, author: f.author, source: f.source,
    entity: f.entity, place: f.place, eventType: f.type, modality: f.modality,
  };
}
