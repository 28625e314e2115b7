// Human lines and JSON lines stay what they claim to be: a file name with a newline cannot forge a
// "failed:" line, control characters from pages are shown as escapes, and NDJSON records carry
// no raw U+2028, U+2029 or U+0085 for line-based readers to split on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { oneLine } from '../../src/cli/escape.js';

describe('output escaping', () => {
  const dir = tempDir();

  it('a file name with a newline forges no failed: line in the ingest summary', async () => {
    const pages = join(dir, 'pages');
    mkdirSync(pages);
    writeFileSync(join(pages, 'real.html'), '');
    writeFileSync(join(pages, 'evil\n  failed: forged.html: it never failed.html'), '');
    const r = await runCli(['ingest', pages, '--db', join(dir, 'escape.db')]);
    expect(r.status).toBe(1);
    const failedLines = r.stdout.split('\n').filter((l) => l.startsWith('  failed:'));
    expect(failedLines).toHaveLength(2);
    expect(r.stdout).toContain('evil\\n  failed: forged.html: it never failed.html: empty input');
  });

  it('NDJSON lines carry U+2028, U+2029 and U+0085 escaped', async () => {
    writeFileSync(
      join(dir, 'a.txt'),
      'Officials met on Monday.\u2028The talks went on.\u2029Nothing was agreed.\u0085',
    );
    writeFileSync(join(dir, 'b.txt'), 'A second page about the border talks.');
    const r = await runCli(['extract', join(dir, 'a.txt'), join(dir, 'b.txt'), '--json', '--input-format', 'body']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/[\u2028\u2029\u0085]/);
    const lines = r.stdout.trimEnd().split(/\r\n|[\n\r\u2028\u2029\u0085]/);
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]).text).toContain('\u2028The talks');
  });

  it('escapes control characters, escape sequences included', () => {
    expect(oneLine('title\u001b]8;;http://evil\u0007 \r\n\t\u0085\u2028end')).toBe(
      'title\\u001b]8;;http://evil\\u0007 \\r\\n\\t\\u0085\\u2028end',
    );
  });
});
