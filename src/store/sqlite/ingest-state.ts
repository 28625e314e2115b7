// Resumable-ingest bookkeeping in SQLite: which items are finished (and at which version), the
// HTTP validators of fetched feeds, and the MinHash signatures (with their LSH band keys) that
// group near-duplicates. Tables are created by migration 0003-ingest-state. Prepared statements
// on the connection directly: these run several times per ingested page, on the one writer.
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { FingerprintCandidate, IngestState, UrlValidators } from '../store.js';
import { retryBusy } from './write-lock.js';

/**
 * Most candidates compared per lookup. Unrelated texts share a band rarely (about 1.5% of pairs at
 * Jaccard 0.3), so this only bites on corpora of near-identical templates, where the oldest groups win.
 */
const MAX_CANDIDATES = 200;

export class SqliteIngestState implements IngestState {
  private readonly stmt;
  private readonly candidates: (
    bands: readonly string[],
    sourceKey: string,
  ) => { signature: string; group_id: string }[];
  private readonly insertFingerprint: BetterSqlite3.Transaction<
    (recordId: string, sourceKey: string, signature: string, bands: readonly string[], groupId: string) => void
  >;

  constructor(sqlite: BetterSqlite3.Database) {
    this.stmt = {
      isDone: sqlite.prepare<[string], { version: string | null }>('SELECT version FROM ingest_items WHERE key = ?'),
      markDone: sqlite.prepare(`INSERT INTO ingest_items (key, version, record_id, at) VALUES (?, ?, ?, ?)
        ON CONFLICT(key) DO UPDATE SET version = excluded.version, record_id = excluded.record_id, at = excluded.at`),
      validators: sqlite.prepare<[string], { etag: string | null; last_modified: string | null }>(
        'SELECT etag, last_modified FROM http_validators WHERE url = ?',
      ),
      saveValidators: sqlite.prepare(`INSERT INTO http_validators (url, etag, last_modified, at) VALUES (?, ?, ?, ?)
        ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, at = excluded.at`),
      addFingerprint: sqlite.prepare(
        'INSERT OR IGNORE INTO fingerprints (record_id, source_key, signature, group_id) VALUES (?, ?, ?, ?)',
      ),
      addBand: sqlite.prepare('INSERT INTO fingerprint_bands (band, record_id) VALUES (?, ?)'),
    };
    this.insertFingerprint = sqlite.transaction(
      (recordId: string, sourceKey: string, signature: string, bands: readonly string[], groupId: string) => {
        const { changes } = this.stmt.addFingerprint.run(recordId, sourceKey, signature, groupId);
        // Only a group's first record is indexed by band: later members are compared with it, so
        // lookups do not slow down as copies of one story accumulate.
        if (changes === 0 || groupId !== recordId) return;
        for (const band of bands) this.stmt.addBand.run(band, recordId);
      },
    );
    // One statement per number of bands (always the same in practice), prepared on first use.
    const byCount = new Map<number, BetterSqlite3.Statement<unknown[], { signature: string; group_id: string }>>();
    this.candidates = (bands, sourceKey) => {
      let stmt = byCount.get(bands.length);
      if (!stmt) {
        stmt = sqlite.prepare(`SELECT DISTINCT f.signature, f.group_id FROM fingerprint_bands b
            JOIN fingerprints f ON f.record_id = b.record_id
            JOIN records r ON r.id = f.record_id
          WHERE b.band IN (${bands.map(() => '?').join(',')}) AND f.source_key != ?
          ORDER BY f.rowid LIMIT ${MAX_CANDIDATES}`);
        byCount.set(bands.length, stmt);
      }
      return stmt.all(...bands, sourceKey);
    };
  }

  async isDone(key: string, version?: string): Promise<boolean> {
    const row = this.stmt.isDone.get(key);
    return !!row && (version === undefined || row.version === version);
  }

  async markDone(key: string, version: string | undefined, recordId: string | undefined): Promise<void> {
    await retryBusy(async () =>
      this.stmt.markDone.run(key, version ?? null, recordId ?? null, new Date().toISOString()),
    );
  }

  async validators(url: string): Promise<UrlValidators | undefined> {
    const row = this.stmt.validators.get(url);
    if (!row) return undefined;
    return {
      ...(row.etag ? { etag: row.etag } : {}),
      ...(row.last_modified ? { lastModified: row.last_modified } : {}),
    };
  }

  async saveValidators(url: string, v: UrlValidators): Promise<void> {
    await retryBusy(async () =>
      this.stmt.saveValidators.run(url, v.etag ?? null, v.lastModified ?? null, new Date().toISOString()),
    );
  }

  async fingerprintCandidates(bands: readonly string[], sourceKey: string): Promise<FingerprintCandidate[]> {
    // Candidates share a band exactly; only those whose record is still stored and comes from another source count.
    return this.candidates(bands, sourceKey).map((r) => ({ signature: r.signature, groupId: r.group_id }));
  }

  async saveFingerprint(
    recordId: string,
    sourceKey: string,
    signature: string,
    bands: readonly string[],
    groupId: string,
  ): Promise<void> {
    // IMMEDIATE: the transaction takes the write lock before its first statement (see ./write-lock.ts).
    await retryBusy(async () => this.insertFingerprint.immediate(recordId, sourceKey, signature, bands, groupId));
  }
}

/** Migration 0003-ingest-state: additive tables only. */
export async function createIngestStateTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ingest_items')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('version', 'text')
    .addColumn('record_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('http_validators')
    .addColumn('url', 'text', (c) => c.primaryKey())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('fingerprints')
    .addColumn('record_id', 'text', (c) => c.primaryKey())
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('fingerprint_bands')
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fingerprint_bands_band').on('fingerprint_bands').column('band').execute();
}
