// Option parsers shared by commands; a bad value is a usage error naming the option.
import { InvalidArgumentError, Option } from 'commander';

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
