// More than one writer on one SQLite file (two ingests, an ingest beside POST /api/ingest).
// A deferred BEGIN reads first and asks for the write lock later; when another connection
// committed in between, SQLite cannot upgrade the stale snapshot and fails at once with
// SQLITE_BUSY, whatever busy_timeout says. Taking the write lock up front (BEGIN IMMEDIATE) makes
// a second writer wait in busy_timeout instead; a write that still finds the lock taken after
// that wait is retried a few times before it fails.
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';

/** How long a writer waits for another connection's lock before SQLite reports busy, in ms. */
export const BUSY_TIMEOUT_MS = 10_000;
/** Attempts of one write when the lock stays taken beyond busy_timeout. */
const WRITE_ATTEMPTS = 5;

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** Kysely's SQLite dialect with transactions that take the write lock when they begin. */
export class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly options: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(options);
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.options);
  }
}

export function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return (
    typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED')
  );
}

/** Runs a write, again when it failed only because another writer held the lock past busy_timeout. */
export async function retryBusy<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (err) {
      if (!isBusy(err) || attempt >= WRITE_ATTEMPTS) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}
