// PostgreSQL's forms of the fragments the shared SQL leaves to each store (../sql/dialect.ts).
import { sql } from 'kysely';
import type { SqlDialect } from '../sql/dialect.js';

export const postgresDialect: SqlDialect = {
  // date_trunc('week') goes back to the Monday.
  weekStart: (date) => sql`to_char(date_trunc('week', (${date})::date), 'YYYY-MM-DD')`,
  jsonArrayHas: (array, test) =>
    sql`EXISTS (SELECT 1 FROM json_array_elements_text((${array})::json) a(value) WHERE ${test(sql`a.value`)})`,
};
