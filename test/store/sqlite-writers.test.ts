// More than one writer on one SQLite file: two ingest processes write the same database at the
// same time, each its own pages. Every page of both ends up stored and neither reports a failure
// (before the write lock was taken up front, up to 15% were lost to "database is locked").
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { tempDir } from '../helpers/tmp.js';
import { startCli } from '../ingest/cli.js';
import { storyHtml } from '../ingest/pages.js';

const PAGES_EACH = 60;

describe('two processes writing one SQLite file', () => {
  const dir = tempDir();

  it('loses nothing and fails nothing', async () => {
    const folders = ['a', 'b'].map((name, f) => {
      const folder = join(dir, name);
      mkdirSync(folder);
      for (let i = 0; i < PAGES_EACH; i++) writeFileSync(join(folder, `${i}.html`), storyHtml(f * PAGES_EACH + i));
      return folder;
    });
    const db = join(dir, 'shared.db');
    const runs = folders.map((folder) => startCli(['ingest', folder, '--db', db, '--workers', '0', '--json']));
    const results = await Promise.all(runs.map((r) => r.done));
    for (const r of results) {
      expect({ status: r.status, stderr: r.stderr }).toEqual({
        status: 0,
        stderr: expect.not.stringMatching(/locked|busy|error/i),
      });
      const summary = JSON.parse(r.stdout);
      expect(summary.failed).toEqual([]);
      expect(summary.new).toBe(PAGES_EACH);
    }
    const conn = new BetterSqlite3(db, { readonly: true });
    try {
      expect(conn.prepare('SELECT count(*) AS n FROM records').get()).toEqual({ n: 2 * PAGES_EACH });
      expect(conn.prepare('SELECT count(*) AS n FROM records_fts').get()).toEqual({ n: 2 * PAGES_EACH });
      expect(conn.prepare('SELECT count(*) AS n FROM failures').get()).toEqual({ n: 0 });
    } finally {
      conn.close();
    }
  });
});
