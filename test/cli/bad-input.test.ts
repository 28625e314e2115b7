// Bad input: one clear line per failing input naming it and the reason, the other inputs
// processed, nothing half-written, exit code 1.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const GOOD = 'Aid convoys reached the northern district of Kunduz on Friday after a week of delays, the agency said.';
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.startsWith('dateline:'));
}

describe('bad input', () => {
  const dir = tempDir();

  it('empty, binary and oversized files fail one line each; the good file is extracted', async () => {
    const folder = join(dir, 'mixed');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a-empty.txt'), '');
    writeFileSync(join(folder, 'b-image.html'), PNG);
    writeFileSync(join(folder, 'c-good.txt'), GOOD);
    const big = openSync(join(folder, 'd-big.txt'), 'w');
    ftruncateSync(big, 50 * 1024 * 1024);
    closeSync(big);
    const r = await runCli(['extract', folder, '--json']);
    expect(r.status).toBe(1);
    const errors = errorLines(r.stderr);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/a-empty\.txt: empty input/);
    expect(errors[1]).toMatch(/b-image\.html: not a page: looks like a PNG image/);
    expect(errors[2]).toMatch(/d-big\.txt: .*(too large|binary)/);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(1);
    expect(records[0].text).toContain('Kunduz');
  });

  it('invalid UTF-8 is decoded with a warning, not dropped', async () => {
    const path = join(dir, 'latin.txt');
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from('Caf'),
        Buffer.from([0xe9]),
        Buffer.from(' talks in Montr'),
        Buffer.from([0xe9]),
        Buffer.from('al ended without agreement on the tariff schedule.'),
      ]),
    );
    const r = await runCli(['extract', path, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record.text).toContain('Café talks in Montréal');
    expect(record.warnings.map((w: { code: string }) => w.code)).toContain('encoding-guessed');
  });

  it('unreadable entries in a folder are reported and the rest ingested', async () => {
    const folder = join(dir, 'unreadable');
    mkdirSync(folder);
    writeFileSync(join(folder, 'good.txt'), GOOD);
    symlinkSync(join(folder, 'missing-target.txt'), join(folder, 'broken-link.txt'));
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    const r = await runCli(['ingest', folder, '--workers', '0'], { env: { DATELINE_DB: join(dir, 'u.db') } });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/1 new, .* 2 failed/);
    expect(r.stdout).toMatch(/broken-link\.txt: no such file or folder/);
    expect(r.stdout).toMatch(/pipe\.txt: not a regular file/);
  });

  it('a record that fails to store leaves nothing half-written and the others are stored', async () => {
    const folder = mkdtempSync(join(dir, 'store-'));
    writeFileSync(join(folder, 'good.txt'), GOOD);
    writeFileSync(join(folder, 'refused.txt'), GOOD.replace('Kunduz', 'Mazar-i-Sharif'));
    const db = join(dir, 's.db');
    await (await openSqliteStore(db)).close(); // creates the schema
    const raw = new BetterSqlite3(db);
    raw.exec(
      `CREATE TRIGGER refuse BEFORE INSERT ON records WHEN NEW.path LIKE '%refused%' BEGIN SELECT RAISE(ABORT, 'disk says no'); END`,
    );
    raw.close();
    const r = await runCli(['ingest', folder, '--workers', '0'], { env: { DATELINE_DB: db } });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/refused\.txt: disk says no/);
    const check = new BetterSqlite3(db, { readonly: true });
    const paths = check.prepare('SELECT path FROM records').all() as { path: string }[];
    expect(paths.map((p) => p.path.split('/').pop())).toEqual(['good.txt']);
    const orphans = check
      .prepare('SELECT count(*) AS n FROM entities WHERE record_seq NOT IN (SELECT seq FROM records)')
      .get() as { n: number };
    expect(orphans.n).toBe(0);
    const fts = check.prepare('SELECT count(*) AS n FROM records_fts').get() as { n: number };
    expect(fts.n).toBe(1);
    expect(
      (check.prepare('SELECT input FROM failures').all() as { input: string }[]).map((f) => f.input.split('/').pop()),
    ).toEqual(['refused.txt']);
    check.close();
  });

  it('a missing input is one line and exit 1', async () => {
    const r = await runCli(['analyze', join(dir, 'nope.html')]);
    expect(r.status).toBe(1);
    expect(errorLines(r.stderr)).toEqual([`dateline: ${join(dir, 'nope.html')}: no such file or folder`]);
  });
});
