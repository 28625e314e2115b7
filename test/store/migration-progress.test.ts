// Migrations that go through many rows report how far they are (src/store/migration-progress.ts),
// on a real SQLite file and a real PostgreSQL database brought back to the state before them; the
// command line shows it as ingest's progress (plain lines when standard error is no terminal).
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import type { MigrationProgressSink } from '../../src/store/migration-progress.js';
import { plainRecord } from '../helpers/plain-record.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { freshPostgresDatabase, hasPostgres, runOnPostgres } from '../helpers/stores.js';

const dir = tempDir('dateline-migration-progress-');
const newDatabase = freshPostgresDatabase();

/** Every report, by migration, and which migrations' views were stopped. */
function recorder() {
  const reports = new Map<string, [number, number][]>();
  const stopped: string[] = [];
  const sink: MigrationProgressSink = (name) => {
    reports.set(name, []);
    return {
      update: (done, fraction) => reports.get(name)!.push([done, fraction]),
      stop: () => void stopped.push(name),
    };
  };
  return { reports, stopped, sink };
}

async function putMany(store: Store, n: number): Promise<void> {
  for (let i = 0; i < n; i++)
    await store.put(
      plainRecord(`page-${i}.html`, `Report number ${i}.`, {
        source: { path: `page-${i}.html`, uri: `https://site${i % 7}.example/${i}`, format: 'html' },
      }),
    );
}

/** The SQLite file as it was before migrations 0010 (records rewritten) and 0015 (the source index). */
function beforeSqliteMigrations(file: string): void {
  const raw = new BetterSqlite3(file);
  raw.exec(`DROP TRIGGER records_source_insert; DROP TRIGGER records_source_delete; DROP TRIGGER records_source_update;
    DROP TABLE records_source; DROP VIEW records_source_text;
    DELETE FROM kysely_migration WHERE name IN ('0010-provenance', '0015-source-index');`);
  raw.close();
}

describe('migration progress, SQLite', () => {
  it('reports each batch of rows, up to all of them, and nothing for a new or current store', async () => {
    const file = join(dir, 'progress.db');
    const fresh = recorder();
    const first = await openStore(file, { migrationProgress: fresh.sink });
    // 1,200 records: the records' rewrite goes through them 500 at a time.
    await putMany(first, 1_200);
    await first.close();
    expect(fresh.reports.size).toBe(0);

    beforeSqliteMigrations(file);
    const seen = recorder();
    const store = await openStore(file, { migrationProgress: seen.sink });
    try {
      expect([...seen.reports.keys()].sort()).toEqual(['0010-provenance', '0015-source-index']);
      expect(seen.reports.get('0010-provenance')).toEqual([
        [500, 500 / 1_200],
        [1_000, 1_000 / 1_200],
        [1_200, 1],
      ]);
      expect(seen.reports.get('0015-source-index')).toEqual([[1_200, 1]]);
      expect(seen.stopped.sort()).toEqual(['0010-provenance', '0015-source-index']);
      // The index the migration filled in batches holds what its content says, and answers.
      const raw = new BetterSqlite3(file);
      raw.exec(`INSERT INTO records_source (records_source) VALUES ('integrity-check')`);
      raw.close();
      expect((await store.search({ source: 'site3.example' })).total).toBe(171);
    } finally {
      await store.close();
    }
    const again = recorder();
    await (await openStore(file, { migrationProgress: again.sink })).close();
    expect(again.reports.size).toBe(0);
  });

  it('shows a command line user plain lines when standard error is no terminal', async () => {
    const file = join(dir, 'cli.db');
    const first = await openStore(file);
    await putMany(first, 30);
    await first.close();
    beforeSqliteMigrations(file);
    const r = await runCli(['search', 'report', '--db', file]);
    expect(r.status).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('migrating '));
    expect(lines).toEqual([
      'migrating 0010-provenance: started (once, for a store made by an earlier version)',
      expect.stringMatching(/^migrating 0010-provenance: 30 done in \d+s$/),
      'migrating 0015-source-index: started (once, for a store made by an earlier version)',
      expect.stringMatching(/^migrating 0015-source-index: 30 done in \d+s$/),
    ]);
    // Opened again: nothing to migrate, nothing shown.
    expect((await runCli(['search', 'report', '--db', file])).stderr).not.toMatch(/migrating/);
  });
});

describe.runIf(await hasPostgres())('migration progress, PostgreSQL', () => {
  it('reports the rows of the migrations run again', async () => {
    const location = await newDatabase();
    const fresh = recorder();
    const first = await openStore(location, { migrationProgress: fresh.sink });
    await putMany(first, 40);
    await first.close();
    expect(fresh.reports.size).toBe(0);
    // Back to the state before migrations 0007 (records rewritten) and 0014 (date lexemes).
    await runOnPostgres(location, [
      `UPDATE record_text SET fts = ts_delete(fts, ARRAY(SELECT lexeme FROM unnest(fts) WHERE lexeme LIKE '@%'))`,
      'DROP FUNCTION dateline_date_vector',
      'DROP FUNCTION dateline_date_lexeme',
      "DELETE FROM dateline_migration WHERE name IN ('0007-provenance', '0014-date-lexemes')",
    ]);
    const seen = recorder();
    const store = await openStore(location, { migrationProgress: seen.sink });
    try {
      expect(Object.fromEntries(seen.reports)).toEqual({
        '0007-provenance': [[40, 1]],
        '0014-date-lexemes': [[40, 1]],
      });
      expect((await store.search({ text: 'report', since: '2024-01', until: '2024-01' })).total).toBe(40);
    } finally {
      await store.close();
    }
  });
});
