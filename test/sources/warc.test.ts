// WARC archives written with warcio: HTML and text responses become items with their original
// URL and capture date; everything else is skipped and counted by kind.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { warcBytes } from './warc-writer.js';
import { warcEntries } from '../../src/sources/warc.js';
import type { SourceEntry } from '../../src/sources/item.js';
import { tempDir } from '../helpers/tmp.js';

async function collect(gen: AsyncIterable<SourceEntry>): Promise<SourceEntry[]> {
  const out: SourceEntry[] = [];
  for await (const e of gen) out.push(e);
  return out;
}

describe('warcEntries', () => {
  const dir = tempDir();
  const records = [
    { type: 'warcinfo' as const, url: '', body: 'software: test' },
    { type: 'request' as const, url: 'https://a.example/story', body: '' },
    {
      type: 'response' as const,
      url: 'https://a.example/story',
      date: '2022-02-17T10:00:00Z',
      body: '<html><body><p>Story</p></body></html>',
    },
    { type: 'response' as const, url: 'https://a.example/logo.png', contentType: 'image/png', body: 'PNG' },
    { type: 'response' as const, url: 'https://a.example/gone', status: 404, body: 'not found' },
    {
      type: 'response' as const,
      url: 'https://a.example/notes.txt',
      date: '2022-02-18T00:00:00Z',
      contentType: 'text/plain',
      body: 'Plain text notes.',
    },
    { type: 'metadata' as const, url: 'https://a.example/story', body: 'outlinks' },
  ];

  for (const gzip of [false, true]) {
    it(`reads pages and counts the rest (${gzip ? 'WARC.gz' : 'WARC'})`, async () => {
      const path = join(dir, gzip ? 'crawl.warc.gz' : 'crawl.warc');
      writeFileSync(path, await warcBytes(records, gzip));
      const entries = await collect(warcEntries(path));
      const items = entries.flatMap((e) => ('item' in e ? [e.item] : []));
      expect(items.map((i) => [i.url, i.fetchedAt, i.sourceFormat])).toEqual([
        ['https://a.example/story', '2022-02-17T10:00:00Z', 'warc'],
        ['https://a.example/notes.txt', '2022-02-18T00:00:00Z', 'warc'],
      ]);
      expect(Buffer.from(await items[0].read()).toString()).toBe('<html><body><p>Story</p></body></html>');
      expect(items[1].contentType).toBe('text/plain');
      expect(entries.flatMap((e) => ('skipped' in e ? [e.skipped.reason] : []))).toEqual([
        'warc warcinfo',
        'warc request',
        'warc response image/png',
        'warc response HTTP 404',
        'warc metadata',
      ]);
      // Keys are stable across reads (resumability) and distinct per record.
      const again = (await collect(warcEntries(path))).flatMap((e) => ('item' in e ? [e.item.key] : []));
      expect(again).toEqual(items.map((i) => i.key));
      expect(new Set(again).size).toBe(2);
    });
  }

  it('reports a file that is not a WARC', async () => {
    const path = join(dir, 'bad.warc');
    writeFileSync(path, 'this is not a warc file\r\n\r\n');
    const entries = await collect(warcEntries(path));
    expect(entries.some((e) => 'failure' in e && /WARC/.test(e.failure.reason))).toBe(true);
  });
});
