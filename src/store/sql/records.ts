// Storing a record in the index tables both SQL stores share (./schema.ts): the record row, its
// JSON, entities, quotes and events (joined to clusters across records). Full text is the one
// part each store indexes its own way (FTS5, tsvector), through a TextIndex. Runs inside the
// caller's transaction, so a record is written all or nothing.
import type { Kysely, Transaction } from 'kysely';
import type { ArticleRecord } from '../../record/types.js';
import { sourceKey as sourceOf, textHash } from '../../record/id.js';
import { entityKey, nameKey } from '../../record/entity-key.js';
import type { PutResult } from '../store.js';
import type { Database } from './schema.js';
import { clusterRecordEvents, detachRecordEvents } from './events.js';
import { indexRecordLinks, unindexRecordLinks } from './links.js';
import { speakerName } from '../../record/speaker-name.js';

/** A store's full-text index over records, keyed by records.seq. */
export interface TextIndex {
  add(trx: Transaction<Database>, seq: number, record: ArticleRecord): Promise<void>;
  remove(trx: Transaction<Database>, seq: number): Promise<void>;
}

/**
 * Called once a put reaches the writes other records share (the full-text vocabulary, the event
 * clusters, and the removal of a stored record), after the writes that are the record's alone.
 * A store whose writers run side by side (PostgreSQL) takes its write lock here, so that puts
 * wait for each other only for those last statements.
 */
export type BeforeSharedWrites = () => Promise<void>;

/** The put of Store: same id and JSON is unchanged, same text from another source a duplicate, a changed page replaced. */
export async function putRecord(
  trx: Transaction<Database>,
  record: ArticleRecord,
  text: TextIndex,
  beforeSharedWrites: BeforeSharedWrites = async () => undefined,
): Promise<PutResult> {
  const json = JSON.stringify(record);
  const hash = textHash(record.text);
  const sourceKey = sourceOf(record.source) ?? record.id;
  const same = await trx
    .selectFrom('records')
    .innerJoin('record_json', 'record_json.seq', 'records.seq')
    .select(['records.seq', 'record_json.json'])
    .where('records.id', '=', record.id)
    .executeTakeFirst();
  if (same) {
    if (same.json === json) return { id: record.id, status: 'unchanged' };
    await beforeSharedWrites();
    await removeRecord(trx, same.seq, text);
    await insertRecord(trx, record, json, hash, sourceKey, text, beforeSharedWrites);
    return { id: record.id, status: 'updated' };
  }
  // The same text from another source is an exact duplicate: stored once.
  const twin = await trx
    .selectFrom('records')
    .select('id')
    .where('text_hash', '=', hash)
    .where('source_key', '!=', sourceKey)
    .executeTakeFirst();
  if (twin) return { id: twin.id, status: 'duplicate', duplicateOf: twin.id };
  // The same source with new text: the page changed, so its record is replaced.
  const previous = await trx.selectFrom('records').select('seq').where('source_key', '=', sourceKey).execute();
  if (previous.length > 0) await beforeSharedWrites();
  for (const p of previous) await removeRecord(trx, p.seq, text);
  await insertRecord(trx, record, json, hash, sourceKey, text, beforeSharedWrites);
  return { id: record.id, status: previous.length > 0 ? 'updated' : 'new' };
}

async function insertRecord(
  trx: Transaction<Database>,
  r: ArticleRecord,
  json: string,
  hash: string,
  sourceKey: string,
  text: TextIndex,
  beforeSharedWrites: BeforeSharedWrites,
): Promise<void> {
  const { seq } = await trx
    .insertInto('records')
    .values({
      id: r.id,
      text_hash: hash,
      source_key: sourceKey,
      uri: r.source.uri ?? null,
      path: r.source.path ?? null,
      format: r.source.format,
      title: r.title,
      authors: JSON.stringify(r.authors),
      published: r.published,
      language: r.language,
      duplicate_of: r.duplicateOf ?? null,
      stored_at: new Date().toISOString(),
    })
    .returning('seq')
    .executeTakeFirstOrThrow();
  await trx.insertInto('record_json').values({ seq, json }).execute();
  const byLocal = new Map(r.entities.map((e) => [e.id, e]));
  if (r.entities.length > 0) {
    await trx
      .insertInto('entities')
      .values(
        r.entities.map((e) => ({
          record_seq: seq,
          local_id: e.id,
          key: entityKey(e),
          type: e.type,
          name: e.name,
          name_fold: nameKey(e.name),
          mentions: e.mentions.length,
          lat: e.geo?.lat ?? null,
          lon: e.geo?.lon ?? null,
          country: e.geo?.country ?? null,
        })),
      )
      .execute();
  }
  if (r.quotes.length > 0) {
    await trx
      .insertInto('quotes')
      .values(
        r.quotes.map((q) => {
          const speaker = q.speaker.entity ? byLocal.get(q.speaker.entity) : undefined;
          return {
            record_seq: seq,
            local_id: q.id,
            kind: q.kind,
            speaker_key: speaker ? entityKey(speaker) : null,
            speaker: speakerName(q.speaker, speaker?.name),
            content: q.content.text,
            start: q.content.span[0],
            end: q.content.span[1],
            pieces: JSON.stringify(q.content.spans.map((p) => p.span)),
          };
        }),
      )
      .execute();
  }
  if (r.events.length > 0) {
    await trx
      .insertInto('events')
      .values(
        r.events.map((ev) => {
          const place = ev.place ? byLocal.get(ev.place) : undefined;
          return {
            record_seq: seq,
            local_id: ev.id,
            type: ev.type,
            modality: ev.modality,
            place_key: place ? entityKey(place) : null,
            lat: place?.geo?.lat ?? null,
            lon: place?.geo?.lon ?? null,
            country: place?.geo?.country ?? null,
            time: ev.time,
            date: eventDate(ev.time, r.published),
            start: ev.sentence.span[0],
            end: ev.sentence.span[1],
          };
        }),
      )
      .execute();
  }
  await indexRecordLinks(trx, seq, r);
  await beforeSharedWrites();
  await text.add(trx, seq, r);
  await clusterRecordEvents(trx, seq, r);
}

async function removeRecord(trx: Transaction<Database>, seq: number, text: TextIndex): Promise<void> {
  await text.remove(trx, seq);
  await trx.deleteFrom('entities').where('record_seq', '=', seq).execute();
  await trx.deleteFrom('quotes').where('record_seq', '=', seq).execute();
  await unindexRecordLinks(trx, seq);
  await detachRecordEvents(trx, seq);
  await trx.deleteFrom('events').where('record_seq', '=', seq).execute();
  await trx.deleteFrom('record_json').where('seq', '=', seq).execute();
  await trx.deleteFrom('records').where('seq', '=', seq).execute();
}

/** The day an event is placed on for the timeline: its own full date if it has one, else the article's. */
function eventDate(time: string | null, published: string | null): string | null {
  if (time && /^\d{4}-\d{2}-\d{2}/.test(time)) return time.slice(0, 10);
  return published?.slice(0, 10) ?? null;
}

/** How many records the store holds. */
export async function countRecords(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('records')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The stored records with these seqs, one read at a time, in that order (one removed meanwhile is passed over). */
export async function* recordsBySeq(db: Kysely<Database>, seqs: Iterable<number>): AsyncIterable<ArticleRecord> {
  for (const seq of seqs) {
    const row = await db.selectFrom('record_json').select('json').where('seq', '=', seq).executeTakeFirst();
    if (row) yield JSON.parse(row.json) as ArticleRecord;
  }
}
