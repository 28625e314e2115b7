// Resumable-ingest bookkeeping in SQLite: which items are finished (and at which version), the
// HTTP validators of fetched feeds, and the MinHash signatures (with their LSH band keys) that
// group near-duplicates.
// Tables are created by migration 0003-ingest-state.
import { sql, type Kysely } from 'kysely';
import type { FingerprintCandidate, IngestState, UrlValidators } from '../store.js';

/**
 * Most candidates compared per lookup. Unrelated texts share a band rarely (about 1.5% of pairs at
 * Jaccard 0.3), so this only bites on corpora of near-identical templates, where the oldest groups win.
 */
const MAX_CANDIDATES = 200;

type IngestTables = {
  ingest_items: { key: string; version: string | null; record_id: string | null; at: string };
  http_validators: { url: string; etag: string | null; last_modified: string | null; at: string };
  fingerprints: { record_id: string; source_key: string; signature: string; group_id: string };
  fingerprint_bands: { band: string; record_id: string };
  records: { id: string };
};

export class SqliteIngestState implements IngestState {
  private readonly db: Kysely<IngestTables>;

  constructor(db: Kysely<any>) {
    this.db = db.withTables<IngestTables>();
  }

  async isDone(key: string, version?: string): Promise<boolean> {
    const row = await this.db.selectFrom('ingest_items').select('version').where('key', '=', key).executeTakeFirst();
    return !!row && (version === undefined || row.version === version);
  }

  async markDone(key: string, version: string | undefined, recordId: string | undefined): Promise<void> {
    const values = { key, version: version ?? null, record_id: recordId ?? null, at: new Date().toISOString() };
    await this.db.insertInto('ingest_items').values(values)
      .onConflict((oc) => oc.column('key').doUpdateSet({ version: values.version, record_id: values.record_id, at: values.at }))
      .execute();
  }

  async forget(key: string): Promise<void> {
    await this.db.deleteFrom('ingest_items').where('key', '=', key).execute();
  }

  async validators(url: string): Promise<UrlValidators | undefined> {
    const row = await this.db.selectFrom('http_validators').select(['etag', 'last_modified']).where('url', '=', url).executeTakeFirst();
    if (!row) return undefined;
    return { ...(row.etag ? { etag: row.etag } : {}), ...(row.last_modified ? { lastModified: row.last_modified } : {}) };
  }

  async saveValidators(url: string, v: UrlValidators): Promise<void> {
    const values = { url, etag: v.etag ?? null, last_modified: v.lastModified ?? null, at: new Date().toISOString() };
    await this.db.insertInto('http_validators').values(values)
      .onConflict((oc) => oc.column('url').doUpdateSet({ etag: values.etag, last_modified: values.last_modified, at: values.at }))
      .execute();
  }

  async fingerprintCandidates(bands: readonly string[], sourceKey: string): Promise<FingerprintCandidate[]> {
    // Candidates share a band exactly; only those whose record is still stored and comes from another source count.
    const rows = await this.db.selectFrom('fingerprint_bands as b')
      .innerJoin('fingerprints as f', 'f.record_id', 'b.record_id')
      .innerJoin('records as r', 'r.id', 'f.record_id')
      .select(['f.signature', 'f.group_id'])
      .distinct()
      .where('b.band', 'in', bands)
      .where('f.source_key', '!=', sourceKey)
      .orderBy(sql`f.rowid`)
      .limit(MAX_CANDIDATES)
      .execute();
    return rows.map((r) => ({ signature: r.signature, groupId: r.group_id }));
  }

  async saveFingerprint(recordId: string, sourceKey: string, signature: string, bands: readonly string[], groupId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const inserted = await trx.insertInto('fingerprints').values({ record_id: recordId, source_key: sourceKey, signature, group_id: groupId })
        .onConflict((oc) => oc.column('record_id').doNothing())
        .executeTakeFirst();
      // Only a group's first record is indexed by band: later members are compared with it, so
      // lookups do not slow down as copies of one story accumulate.
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0 || groupId !== recordId) return;
      await trx.insertInto('fingerprint_bands').values(bands.map((band) => ({ band, record_id: recordId }))).execute();
    });
  }
}

/** Migration 0003-ingest-state: additive tables only. */
export async function createIngestStateTables(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('ingest_items')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('version', 'text')
    .addColumn('record_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createTable('http_validators')
    .addColumn('url', 'text', (c) => c.primaryKey())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createTable('fingerprints')
    .addColumn('record_id', 'text', (c) => c.primaryKey())
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createTable('fingerprint_bands')
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fingerprint_bands_band').on('fingerprint_bands').column('band').execute();
}
