// Prepared statements kept per SQL text for a connection that runs the same few statements again
// and again (a search worker's: ./search-worker.ts). Kysely's SQLite driver prepares every
// statement it runs: a search runs 7-8, and compiling them cost 0.4-0.5 ms CPU of a search's 13-15
// at 100,000 records. A statement still running (an iterator not yet finished) is never handed out
// again: a new one is prepared for that use, and not kept.
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Statements kept per connection: a search's statements differ only in their parameters, so few texts recur. */
export const STATEMENTS_KEPT = 200;

/** db as Kysely's SqliteDialect takes it, its statements prepared once per text (the least recently used dropped past `capacity`). */
export function withStatementCache(db: BetterSqlite3.Database, capacity = STATEMENTS_KEPT): SqliteDatabase {
  const kept = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      kept.clear();
      db.close();
    },
    prepare: (text: string) => {
      const found = kept.get(text);
      if (found && !found.busy) {
        // Re-inserted, so the Map's order is least recently used first.
        kept.delete(text);
        kept.set(text, found);
        return found;
      }
      const statement = db.prepare(text);
      if (!found) {
        kept.set(text, statement);
        if (kept.size > capacity) kept.delete(kept.keys().next().value!);
      }
      return statement;
    },
  };
}
