// Migration for both stores: corpus entity keys with folded names ("PERSON:erdoğan" becomes
// "PERSON:erdogan", see entityKey), in every table that holds keys, and a folded-name column on
// entities so name lookups (--entity, --place, an entity page by name) match across spellings.
// Rows are rewritten a batch of records at a time; a row is written only when it changes. The
// progress counts entity rows.
import type { Kysely } from 'kysely';
import { currentKey, nameKey } from '../../record/entity-key.js';
import { NO_PROGRESS, type MigrationProgress } from '../migration-progress.js';

/** Records whose rows are read per step. */
const BATCH = 500;

const keysOf = (json: string | null) => (json ? (JSON.parse(json) as string[]) : null);

export async function foldEntityKeys(db: Kysely<any>, progress: MigrationProgress = NO_PROGRESS): Promise<void> {
  await db.schema.alterTable('entities').addColumn('name_fold', 'text').execute();
  const last = await db
    .selectFrom('records')
    .select((eb) => eb.fn.max('seq').as('max'))
    .executeTakeFirst();
  const maxSeq = Number(last?.max ?? 0);
  let done = 0;
  for (let from = 0; from <= maxSeq; from += BATCH) {
    const inBatch = (q: any) => q.where('record_seq', '>', from).where('record_seq', '<=', from + BATCH);
    const entities = await inBatch(
      db.selectFrom('entities').select(['record_seq', 'local_id', 'key', 'name']),
    ).execute();
    done += entities.length;
    for (const e of entities)
      await db
        .updateTable('entities')
        .set({ key: currentKey(e.key), name_fold: nameKey(e.name) })
        .where('record_seq', '=', e.record_seq)
        .where('local_id', '=', e.local_id)
        .execute();
    for (const q of await inBatch(
      db.selectFrom('quotes').select(['record_seq', 'local_id', 'speaker_key']).where('speaker_key', 'is not', null),
    ).execute())
      if (currentKey(q.speaker_key) !== q.speaker_key)
        await db
          .updateTable('quotes')
          .set({ speaker_key: currentKey(q.speaker_key) })
          .where('record_seq', '=', q.record_seq)
          .where('local_id', '=', q.local_id)
          .execute();
    for (const ev of await inBatch(
      db.selectFrom('events').select(['record_seq', 'local_id', 'place_key', 'actors', 'targets']),
    ).execute()) {
      const changed = rekeyed(ev);
      if (changed)
        await db
          .updateTable('events')
          .set(changed)
          .where('record_seq', '=', ev.record_seq)
          .where('local_id', '=', ev.local_id)
          .execute();
    }
    if (maxSeq > 0) progress.update(done, Math.min((from + BATCH) / maxSeq, 1));
  }
  for (const c of await db.selectFrom('event_clusters').select(['id', 'place_key', 'actors', 'targets']).execute()) {
    const changed = rekeyed(c);
    if (changed) await db.updateTable('event_clusters').set(changed).where('id', '=', c.id).execute();
  }
  await db.schema.createIndex('entities_name_fold').on('entities').column('name_fold').execute();
}

/** The place and participant keys of an event row or cluster in today's form; null when none changes. */
function rekeyed(row: {
  place_key: string | null;
  actors: string | null;
  targets: string | null;
}): Record<string, string | null> | null {
  const place = row.place_key === null ? null : currentKey(row.place_key);
  const list = (json: string | null) => {
    const keys = keysOf(json);
    return keys === null ? null : JSON.stringify(keys.map(currentKey));
  };
  const actors = list(row.actors);
  const targets = list(row.targets);
  if (place === row.place_key && actors === row.actors && targets === row.targets) return null;
  return { place_key: place, actors, targets };
}
