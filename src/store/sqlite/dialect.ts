// SQLite's forms of the fragments the shared SQL leaves to each store (../sql/dialect.ts).
import { sql } from 'kysely';
import type { SqlDialect } from '../sql/dialect.js';

export const sqliteDialect: SqlDialect = {
  // 'weekday 1' moves forward to the next Monday, so step back six days first: the Monday on or before.
  weekStart: (date) => sql`date(${date}, '-6 days', 'weekday 1')`,
  jsonArrayHas: (array, test) => sql`EXISTS (SELECT 1 FROM json_each(${array}) a WHERE ${test(sql`a.value`)})`,
};
