// Settling a PostgreSQL store after many rows were written (bench:search-scale's made million, a
// bulk fill by SQL, an ingest, a migration filling a table): VACUUM ANALYZE on the tables that need it. Until a table is
// vacuumed its pages are not marked all-visible, so the index-only scans search relies on (author
// lists, entity facets, migrations 0015-0016) read a table page per row, and until it is analysed
// the planner has no statistics (an author filter's list-or-walk choice reads them). Autovacuum
// gets there on its own, after a while and only where it is on (docs/deploy.md; this machine's
// server has it off): a search timed before then measures a store no settled deployment has.

/** What runs a statement: a pg Client or Pool (VACUUM cannot run inside a transaction). */
export interface Queryable {
  query(text: string): Promise<{ rows: unknown[] }>;
}

export interface TableState {
  table: string;
  /** Pages now (the table's size), and those its last VACUUM marked all-visible. */
  pages: number;
  allVisible: number;
  /** Rows as last counted (-1: never vacuumed nor analysed, PostgreSQL 14 and later). */
  rows: number;
  /**
   * Rows inserted, updated or deleted since the last vacuum, and changed since the last analyse.
   * These counters start at zero in a database copied from another (CREATE DATABASE ... TEMPLATE,
   * as bench:search-scale copies its base) and after a statistics reset; the pages do not.
   */
  sinceVacuum: number;
  sinceAnalyze: number;
  live: number;
}

/**
 * The share of a table's rows (or pages) that may have changed since its last VACUUM / ANALYZE, or
 * be outside its all-visible pages, before it counts as unsettled: the made million's tables are
 * either wholly new or settled, and a few puts since (a server storing a record) are not worth a
 * VACUUM, whose GIN cleanup reads the whole full-text index.
 */
const UNSETTLED_SHARE = 0.01;

/** The state of every table of the store's schema (its size, pg_class and the statistics views). */
export async function tableStates(db: Queryable): Promise<TableState[]> {
  const { rows } = await db.query(
    `SELECT c.relname AS "table", (pg_relation_size(c.oid) / current_setting('block_size')::int)::float8 AS pages, c.relallvisible AS "allVisible", c.reltuples::float8 AS rows,
            (s.n_ins_since_vacuum + s.n_dead_tup)::float8 AS "sinceVacuum", s.n_mod_since_analyze::float8 AS "sinceAnalyze",
            s.n_live_tup::float8 AS live
     FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
     WHERE s.schemaname = current_schema()
     ORDER BY c.relname`,
  );
  return rows as TableState[];
}

/** Whether a table needs VACUUM ANALYZE before its reads are those of a settled store. */
export function isUnsettled(t: TableState): boolean {
  const counted = Math.max(t.rows, 0);
  if (t.rows < 0 && (t.pages > 0 || t.live > 0 || t.sinceVacuum > 0)) return true;
  if (t.sinceVacuum > UNSETTLED_SHARE * counted || t.sinceAnalyze > UNSETTLED_SHARE * counted) return true;
  return t.pages > 0 && t.allVisible < (1 - UNSETTLED_SHARE) * t.pages;
}

export async function unsettledTables(db: Queryable): Promise<TableState[]> {
  return (await tableStates(db)).filter(isUnsettled);
}

/** VACUUM ANALYZE on each unsettled table; the tables it vacuumed. */
export async function settle(db: Queryable): Promise<string[]> {
  const tables = (await unsettledTables(db)).map((t) => t.table);
  for (const table of tables) await db.query(`VACUUM (ANALYZE) "${table.replace(/"/g, '""')}"`);
  return tables;
}

/**
 * Records a store writes between two settles while it goes on writing (a long ingest, a queue
 * worker, a server storing what it is sent): often enough that a store growing from empty is
 * never long without statistics, rarely enough that the check (one read of the statistics views)
 * costs nothing beside the puts. A settle only vacuums what changed by more than UNSETTLED_SHARE.
 */
export const SETTLE_EVERY_WRITES = 2_000;

/**
 * Settles a store after its own writes: after every `every` records written (the put that ends such
 * a batch waits for it), and once more when the writing ends (`finish`, as the store closes). The
 * store's writes did not settle before, so on a server with autovacuum off an ingest left every
 * table unvacuumed and unanalysed, and its searches planned without statistics.
 */
export class WriteSettler {
  private written = 0;

  constructor(
    private readonly db: Queryable,
    private readonly every = SETTLE_EVERY_WRITES,
  ) {}

  /** One record written (its transaction committed); settles when it ends a batch. */
  async wrote(): Promise<void> {
    if (++this.written < this.every) return;
    // The record is stored whatever happens here: a settle that fails (a lock held too long, the
    // server going down) is tried again after the next batch, or at close, where it is reported.
    await this.finish().catch(() => undefined);
  }

  /** Settles after the records written since the last settle, if any. */
  async finish(): Promise<void> {
    if (this.written === 0) return;
    this.written = 0;
    await settle(this.db);
  }
}
