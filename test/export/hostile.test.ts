// Exports of records carrying hostile addresses and line separators: only http(s) URLs go out,
// and JSON lines stay one line each for line-based readers.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { runExport, type ExportFormat, type ExportOptions } from '../../src/export/index.js';
import { recordFrom } from '../helpers/records.js';
import { tempDir } from '../helpers/tmp.js';

const TEXT =
  'Russian forces shelled Kharkiv on Saturday,\u2028killing three people,\u2029regional officials said.\u0085 More later.';

describe('exports of hostile records', () => {
  const dir = tempDir('dateline-export-hostile-');
  const db = join(dir, 'hostile.db');

  beforeAll(async () => {
    const store = await openSqliteStore(db);
    const hostile = recordFrom(TEXT, { url: 'javascript:alert(2)', published: '2024-03-10' });
    await store.put({
      ...hostile,
      canonicalUrl: 'javascript:alert(1)',
      image: 'data:text/html,<script>alert(3)</script>',
    });
    const fine = recordFrom('Police in Lagos arrested 20 protesters outside the state assembly on Tuesday.', {
      url: 'https://c.example/lagos',
      published: '2024-03-12',
    });
    await store.put({ ...fine, canonicalUrl: 'https://c.example/lagos' });
    await store.close();
  });

  async function exported(format: ExportFormat, opts: ExportOptions = {}): Promise<string> {
    const store = await openSqliteStore(db);
    let out = '';
    try {
      await runExport(
        store,
        format,
        {},
        (chunk) => {
          out += chunk;
        },
        opts,
      );
    } finally {
      await store.close();
    }
    return out;
  }

  it('send out no javascript: or data: address, in any format', async () => {
    for (const [format, opts] of [
      ['jsonl', {}],
      ['csv', {}],
      ['acled-csv', { includeUnasserted: true }],
      ['geojson', {}],
      ['atom', {}],
      ['atom', { atomOf: 'events' }],
    ] as const) {
      const out = await exported(format, opts);
      expect(out, format).not.toMatch(/javascript:|data:text/);
    }
    expect(await exported('atom')).toContain('<link rel="alternate" href="https://c.example/lagos"/>');
  });

  it('jsonl: U+2028, U+2029 and U+0085 are escaped, so each record is one line to any reader', async () => {
    const out = await exported('jsonl');
    expect(out).not.toMatch(/[\u2028\u2029\u0085]/);
    const lines = out.trimEnd().split(/\r\n|[\n\r\u2028\u2029\u0085]/);
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).text)).toContain(TEXT);
  });
});
