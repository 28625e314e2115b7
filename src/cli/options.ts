// Option parsers shared by commands; a bad value is a usage error naming the option.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { modalityFromWord, MODALITY_LABEL } from '../record/modality.js';
import { MODALITIES, PLOVER_TYPES } from '../record/types.js';
import type { SearchQuery } from '../store/store.js';

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

/** A modality by its name or the word the workbench shows ("asserted" or "happened"). */
export function modality(value: string): string {
  const m = modalityFromWord(value);
  if (!m)
    throw new InvalidArgumentError(
      `"${value}" is not a modality (${MODALITIES.map((n) => `${n} / ${MODALITY_LABEL[n]}`).join(', ')})`,
    );
  return m;
}

/** A PLOVER event type, in any case. */
export function ploverType(value: string): string {
  const t = value.trim().toUpperCase();
  if (!(PLOVER_TYPES as readonly string[]).includes(t))
    throw new InvalidArgumentError(`"${value}" is not a PLOVER type (${PLOVER_TYPES.join(', ')})`);
  return t;
}

export const dbOption = () =>
  new Option(
    '--db <path|url>',
    'SQLite database file, or a postgres://user@host:5432/db URL (default: $DATELINE_DB or ./dateline.db)',
  );

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
    .option('--author <name>', "an author's name, or part of it")
    .option('--source <text>', 'part of the source URL or path')
    .option('--entity <name>', 'mentions this entity (name or key)')
    .option('--place <name>', 'mentions this place')
    .option('--type <plover>', `has an event of this PLOVER type${eventNote}`, ploverType)
    .option(
      '--modality <m>',
      `has an event of this modality: asserted (happened), negated (did not happen), future (planned), possible, hypothetical${eventNote}`,
      modality,
    );
}

/** The store query for the words and filters of a command line. */
export function searchQuery(words: string[], f: FilterFlags): SearchQuery {
  return {
    text: words.join(' ') || undefined,
    since: f.since,
    until: f.until,
    author: f.author,
    source: f.source,
    entity: f.entity,
    place: f.place,
    eventType: f.type,
    modality: f.modality,
  };
}

/** The Redis queue of distributed ingest (`--queue redis://…`) and its name. */
export interface QueueFlags {
  queue?: string;
  queueName: string;
}

export function redisUrl(value: string): string {
  if (!/^rediss?:\/\//i.test(value)) throw new InvalidArgumentError(`"${value}" is not a redis:// URL`);
  return value;
}

export function addQueueOptions(command: Command, what: string, required = false): Command {
  const queue = new Option('--queue <url>', what).argParser(redisUrl);
  if (required) queue.makeOptionMandatory();
  return command
    .addOption(queue)
    .addOption(
      new Option('--queue-name <name>', "the queue's name in Redis (one per deployment)")
        .env('DATELINE_QUEUE_NAME')
        .default('dateline-ingest'),
    );
}
