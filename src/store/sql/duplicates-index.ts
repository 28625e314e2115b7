// An index of the near-duplicate records only (most records are none), by the id of their group's
// first record. Search matches copies too (a word only a copy has finds its group): with this it
// looks at the copies a word matches, not at every record the word matches.
import { sql, type Kysely } from 'kysely';

export async function createDuplicatesIndex(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX records_duplicate_of ON records (duplicate_of) WHERE duplicate_of IS NOT NULL`.execute(db);
}
