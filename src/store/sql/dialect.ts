// The few SQL fragments that differ between the stores whose index tables are shared (./schema.ts):
// everything else in ./corpus.ts, ./events.ts and ./records.ts is SQL both SQLite and PostgreSQL
// run as written. Each store passes its own (sqlite/dialect.ts, postgres/dialect.ts).
import type { RawBuilder } from 'kysely';

export interface SqlDialect {
  /** The Monday on or before an ISO date (text), as an ISO date (text). */
  weekStart(date: RawBuilder<unknown>): RawBuilder<unknown>;
  /** Whether a JSON array of strings (text) has an element for which `test` holds. */
  jsonArrayHas(
    array: RawBuilder<unknown>,
    test: (element: RawBuilder<unknown>) => RawBuilder<unknown>,
  ): RawBuilder<unknown>;
}
