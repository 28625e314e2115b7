// Stored records rewritten into the current record shape (src/record/upgrade.ts), for the
// migrations of both stores that change it. The same record_json table (seq, json) on both;
// forEachStoredRecord also serves migrations that index what is already stored.
import type { Kysely } from 'kysely';
import { upgradeRecord } from '../../record/upgrade.js';
import { NO_PROGRESS, type MigrationProgress } from '../migration-progress.js';

/** Stored records read per step when going through all of them. */
const BATCH = 500;

/** Calls `each` with every stored record's seq and JSON text, in seq order, a batch at a time, reporting after each batch. */
export async function forEachStoredRecord(
  db: Kysely<any>,
  each: (seq: number, json: string) => Promise<void>,
  progress: MigrationProgress = NO_PROGRESS,
): Promise<void> {
  const last = await db
    .selectFrom('record_json')
    .select((eb) => eb.fn.max('seq').as('max'))
    .executeTakeFirst();
  const maxSeq = Number(last?.max ?? 0);
  let done = 0;
  for (let after = -1; ;) {
    const rows = await db
      .selectFrom('record_json')
      .select(['seq', 'json'])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) await each(row.seq as number, row.json as string);
    after = rows[rows.length - 1].seq as number;
    done += rows.length;
    progress.update(done, maxSeq > 0 ? Math.min(after / maxSeq, 1) : 1);
  }
}

/** Rewrites every stored record into the current shape; current ones stay as they are. */
export async function upgradeStoredRecords(db: Kysely<any>, progress?: MigrationProgress): Promise<void> {
  await forEachStoredRecord(
    db,
    async (seq, stored) => {
      const json = JSON.stringify(upgradeRecord(JSON.parse(stored)));
      if (json !== stored) await db.updateTable('record_json').set({ json }).where('seq', '=', seq).execute();
    },
    progress,
  );
}
