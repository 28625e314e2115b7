// The store a command works on: --db, else $DATELINE_DB, else ./dateline.db (a postgres:// URL
// selects PostgreSQL). Commands that only read refuse a database file that does not exist, rather
// than creating an empty one for a mistyped path.
import { existsSync } from 'node:fs';
import type { Store, StoreOptions } from '../store/index.js';
import type { CliIo } from './io.js';

export class MissingDatabaseError extends Error {}

export async function openCliStore(
  io: CliIo,
  flag: string | undefined,
  mode: 'read' | 'write',
  opts: StoreOptions = {},
): Promise<{ store: Store; path: string }> {
  const { databasePath, isPostgresUrl, openStore } = await import('../store/index.js');
  const path = databasePath(flag, io.env);
  if (mode === 'read' && !isPostgresUrl(path) && !existsSync(path)) {
    throw new MissingDatabaseError(`no database at ${path} (ingest pages first, or give --db / DATELINE_DB)`);
  }
  // A store made by an earlier version migrates on opening: a long migration shows its progress.
  const { migrationProgress } = await import('./progress.js');
  return { store: await openStore(path, { ...opts, migrationProgress: migrationProgress(io) }), path };
}
