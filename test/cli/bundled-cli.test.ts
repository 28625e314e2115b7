// The installed command is the esbuild bundle (bin/dateline.js -> dist/bundle), whose modules sit
// at other depths than src/: resources found relative to a module's own file (models, gazetteer)
// must still be found from there. The in-process CLI tests run src/, so this one runs the bundle.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the bundled command (bin/dateline.js)', () => {
  it('analyses a page with every analysis and no failure', () => {
    const out = execFileSync(
      process.execPath,
      ['bin/dateline.js', 'analyze', 'samples/blogger-kant-airbase.txt', '--json'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    const record = JSON.parse(out) as {
      warnings: { code: string; message: string }[];
      entities: unknown[];
      quotes: unknown[];
    };
    expect(record.warnings.filter((w) => w.code === 'analysis-failed')).toEqual([]);
    expect(record.entities.length).toBeGreaterThan(0);
    expect(record.quotes.length).toBeGreaterThan(0);
  });
});
