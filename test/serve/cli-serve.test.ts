// `dateline serve` as a user runs it: a real process, bound to loopback, printing its URL.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'dateline-cli-serve-'));
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

function serve(args: string[], env: Record<string, string> = {}): Promise<string> {
  child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let err = '';
    child!.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child!.stdout!.on('data', (d: Buffer) => {
      const m = /dateline workbench: (http:\/\/\S+)/.exec(d.toString());
      if (m) resolve(m[1]);
    });
    child!.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

describe('dateline serve', () => {
  it('binds to 127.0.0.1 by default, prints the URL and answers the API', async () => {
    const url = await serve(['--port', '0', '--db', join(dir, 'empty.db')], { DATELINE_TOKEN: '' });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(`${url}api/search`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ total: 0 });
    expect(
      (await fetch(`${url}api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }))
        .status,
    ).toBe(403);
  });
});
