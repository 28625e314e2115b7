// Resumable-ingest bookkeeping in PostgreSQL (the tables of migration 0001): finished items, HTTP
// validators and near-duplicate fingerprints, as in the SQLite store (../sqlite/ingest-state.ts).
// Items and validators are unique by their key's md5 (migration 0024: a key of any length), so a
// lookup asks md5(key), which the index answers, and the key itself.
import { sql, type Kysely } from 'kysely';
import type { FingerprintCandidate, IngestState, UrlValidators } from '../store.js';

/** Most candidates compared per lookup (see ../sqlite/ingest-state.ts). */
const MAX_CANDIDATES = 200;

export class PostgresIngestState implements IngestState {
  constructor(private readonly db: Kysely<any>) {}

  async isDone(key: string, version?: string): Promise<boolean> {
    const row = (
      await sql<{
        version: string | null;
      }>`SELECT version FROM ingest_items WHERE md5(key) = md5(${key}) AND key = ${key}`.execute(this.db)
    ).rows[0];
    return !!row && (version === undefined || row.version === version);
  }

  async markDone(key: string, version: string | undefined, recordId: string | undefined): Promise<void> {
    await sql`INSERT INTO ingest_items (key, version, record_id, at) VALUES (${key}, ${version ?? null}, ${recordId ?? null}, ${new Date().toISOString()})
      ON CONFLICT (md5(key)) DO UPDATE SET version = excluded.version, record_id = excluded.record_id, at = excluded.at`.execute(
      this.db,
    );
  }

  async validators(url: string): Promise<UrlValidators | undefined> {
    const row = (
      await sql<{
        etag: string | null;
        last_modified: string | null;
      }>`SELECT etag, last_modified FROM http_validators WHERE md5(url) = md5(${url}) AND url = ${url}`.execute(this.db)
    ).rows[0];
    if (!row) return undefined;
    return {
      ...(row.etag ? { etag: row.etag } : {}),
      ...(row.last_modified ? { lastModified: row.last_modified } : {}),
    };
  }

  async saveValidators(url: string, v: UrlValidators): Promise<void> {
    await sql`INSERT INTO http_validators (url, etag, last_modified, at) VALUES (${url}, ${v.etag ?? null}, ${v.lastModified ?? null}, ${new Date().toISOString()})
      ON CONFLICT (md5(url)) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, at = excluded.at`.execute(
      this.db,
    );
  }

  async fingerprintCandidates(bands: readonly string[], sourceKey: string): Promise<FingerprintCandidate[]> {
    // Candidates share a band exactly; only those whose record is still stored and comes from another source count.
    const rows = (
      await sql<{ signature: string; group_id: string }>`SELECT f.signature, f.group_id FROM fingerprints f
      WHERE f.record_id IN (SELECT b.record_id FROM fingerprint_bands b WHERE b.band = ANY(${[...bands]}::text[]))
        AND f.source_key != ${sourceKey} AND EXISTS (SELECT 1 FROM records r WHERE r.id = f.record_id)
      ORDER BY f.n LIMIT ${MAX_CANDIDATES}`.execute(this.db)
    ).rows;
    return rows.map((r) => ({ signature: r.signature, groupId: r.group_id }));
  }

  async saveFingerprint(
    recordId: string,
    sourceKey: string,
    signature: string,
    bands: readonly string[],
    groupId: string,
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const added =
        await sql`INSERT INTO fingerprints (record_id, source_key, signature, group_id) VALUES (${recordId}, ${sourceKey}, ${signature}, ${groupId})
        ON CONFLICT (record_id) DO NOTHING`.execute(trx);
      // Only a group's first record is indexed by band (see ../sqlite/ingest-state.ts).
      if (Number(added.numAffectedRows ?? 0) === 0 || groupId !== recordId || bands.length === 0) return;
      await sql`INSERT INTO fingerprint_bands (band, record_id) SELECT unnest(${[...bands]}::text[]), ${recordId}`.execute(
        trx,
      );
    });
  }
}
