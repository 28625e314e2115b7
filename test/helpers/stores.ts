// The stores the conformance suite runs against: a SQLite file, and a fresh database on the real
// PostgreSQL at 127.0.0.1:5432 (trust auth; DATELINE_TEST_PG overrides the server URL). Each
// PostgreSQL database is created for one store and dropped after the test file. Without a
// reachable server the PostgreSQL runs skip, unless CI=true or DATELINE_REQUIRE_SERVICES=1, where
// that is a failure.
import { join } from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import type { Database } from '../../src/store/sql/schema.js';
import { openStore, type Store, type StoreOptions } from '../../src/store/index.js';
import { tempDir } from './tmp.js';

export const PG_SERVER = process.env.DATELINE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432';

const required = () => process.env.CI === 'true' || process.env.DATELINE_REQUIRE_SERVICES === '1';

/** Runs statements, in order, over one connection to the PostgreSQL database at `location`. */
export async function runOnPostgres(location: string, statements: readonly (string | pg.QueryConfig)[]): Promise<void> {
  const client = new pg.Client({ connectionString: location, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

const adminQuery = (text: string) => runOnPostgres(`${PG_SERVER}/postgres`, [text]);

/**
 * Waits until no other connection to the database at `location` is open. A client's end() returns
 * when its socket closes; the server process behind it exits afterwards, and only as it exits does
 * it flush the statistics it kept (rows inserted, updated, since the last vacuum): a test that reads
 * pg_stat_user_tables after writing on other connections reads them complete only after this. A
 * backend leaves pg_stat_activity after its statistics are flushed (PostgreSQL runs the flush in
 * its before-exit hooks).
 */
export async function otherConnectionsGone(location: string): Promise<void> {
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  try {
    for (;;) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      if (rows[0].n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await client.end();
  }
}

/** Whether the PostgreSQL tests can run; throws when they must and cannot. */
export async function hasPostgres(): Promise<boolean> {
  try {
    await adminQuery('SELECT 1');
    return true;
  } catch (err) {
    if (required())
      throw new Error(`PostgreSQL is required at ${PG_SERVER}: ${(err as Error).message}`, { cause: err });
    return false;
  }
}

/**
 * Drops a test database. Without FORCE first: the server waits (up to five seconds) for the
 * processes of connections already closed to exit. A connection still open after that is one a test
 * left open; it is named on stderr and then terminated (its client sees 57P01, "terminating
 * connection due to administrator command"), so that a leak is found by its query, not by an
 * unhandled error that names no test.
 */
async function dropDatabase(name: string): Promise<void> {
  try {
    await adminQuery(`DROP DATABASE IF EXISTS ${name}`);
  } catch (err) {
    if ((err as { code?: string }).code !== '55006') throw err;
    const client = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
    await client.connect();
    try {
      const { rows } = await client.query<{ state: string; query: string }>(
        `SELECT state, query FROM pg_stat_activity WHERE datname = $1`,
        [name],
      );
      for (const r of rows) console.warn(`test database ${name} still has an open connection (${r.state}): ${r.query}`);
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  }
}

/** A new empty PostgreSQL database, dropped after the enclosing test file; returns its URL. */
export function freshPostgresDatabase(): () => Promise<string> {
  const created: string[] = [];
  afterAll(async () => {
    for (const name of created) await dropDatabase(name);
  });
  return async () => {
    const name = `dateline_test_${process.pid}_${Date.now().toString(36)}_${created.length}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    created.push(name);
    return `${PG_SERVER}/${name}`;
  };
}

export interface StoreKind {
  name: 'sqlite' | 'postgres';
  /** A new, empty store, and where it lives (a file path or a postgres:// URL). */
  open(opts?: StoreOptions): Promise<{ store: Store; location: string }>;
  /** Makes the store's database refuse entity rows with this name (a trigger), to test all-or-nothing writes. */
  refuseEntity(location: string, name: string): Promise<void>;
}

/** The SQLite store, and the PostgreSQL one when a server is reachable (see hasPostgres). */
export async function storeKinds(): Promise<StoreKind[]> {
  const dir = tempDir('dateline-conformance-');
  let files = 0;
  const sqlite: StoreKind = {
    name: 'sqlite',
    async open(opts) {
      const location = join(dir, `${files++}.db`);
      return { store: await openStore(location, opts), location };
    },
    async refuseEntity(location, name) {
      const db = new BetterSqlite3(location);
      db.exec(
        `CREATE TRIGGER refuse AFTER INSERT ON entities WHEN NEW.name = '${name}' BEGIN SELECT RAISE(ABORT, 'refused by test'); END`,
      );
      db.close();
    },
  };
  if (!(await hasPostgres())) return [sqlite];
  const database = freshPostgresDatabase();
  const postgres: StoreKind = {
    name: 'postgres',
    async open(opts) {
      const location = await database();
      return { store: await openStore(location, opts), location };
    },
    async refuseEntity(location, name) {
      const client = new pg.Client({ connectionString: location });
      await client.connect();
      try {
        await client.query(`CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN IF NEW.name = '${name}' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$`);
        await client.query('CREATE TRIGGER refuse AFTER INSERT ON entities FOR EACH ROW EXECUTE FUNCTION refuse()');
      } finally {
        await client.end();
      }
    },
  };
  return [sqlite, postgres];
}

/** A one-connection Kysely over a PostgreSQL `location` that keeps every statement it runs, with its pool (for EXPLAIN). */
export function loggedPostgres(location: string): {
  db: Kysely<Database>;
  pool: pg.Pool;
  statements: CompiledQuery[];
} {
  const statements: CompiledQuery[] = [];
  const pool = new pg.Pool({ connectionString: location, max: 1 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (e) => void statements.push(e.query),
  });
  return { db, pool, statements };
}

/**
 * The logged statements whose SQL matches `pattern`, without the planner's estimates a search asks
 * for to choose its way (EXPLAIN statements, which read nothing).
 */
export function statementsRun(statements: readonly CompiledQuery[], pattern: RegExp): CompiledQuery[] {
  return statements.filter((s) => pattern.test(s.sql) && !/^\s*EXPLAIN/.test(s.sql));
}

/** The plan PostgreSQL would give a logged statement (EXPLAIN), a line each. */
export async function planLines(pool: pg.Pool, statement: CompiledQuery): Promise<string[]> {
  const rows = (await pool.query(`EXPLAIN ${statement.sql}`, [...statement.parameters])).rows;
  return rows.map((r) => r['QUERY PLAN'] as string);
}

/** The seqs of the records a search page's hits are (hits name records by id). */
export async function seqsOfHits(pool: pg.Pool, hits: readonly { id: string }[]): Promise<number[]> {
  const rows = (
    await pool.query<{ seq: number }>(`SELECT seq FROM records WHERE id = ANY($1)`, [hits.map((h) => h.id)])
  ).rows;
  return rows.map((r) => r.seq);
}
