// Stored records rewritten into the current record shape (src/record/upgrade.ts), for the
// migrations of both stores that change it. The same record_json table (seq, json) on both.
import type { Kysely } from 'kysely';
import { upgradeRecord } from '../../record/upgrade.js';

/** Stored records read per step when upgrading them. */
const UPGRADE_BATCH = 500;

/** Rewrites every stored record into the current shape, a batch at a time; current ones stay as they are. */
export async function upgradeStoredRecords(db: Kysely<any>): Promise<void> {
  for (let after = -1; ;) {
    const rows = await db
      .selectFrom('record_json')
      .select(['seq', 'json'])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(UPGRADE_BATCH)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      const json = JSON.stringify(upgradeRecord(JSON.parse(row.json as string)));
      if (json !== row.json) await db.updateTable('record_json').set({ json }).where('seq', '=', row.seq).execute();
    }
    after = rows[rows.length - 1].seq as number;
  }
}
