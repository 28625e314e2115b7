// Malformed WARC records: cut at the end of the archive, or with a Content-Length that is not a
// number, far too large, a little too large or too small. Each is one failure naming its byte
// offset and is never stored; every good record around it is read. Plain and gzipped archives.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { warcEntries } from '../../src/sources/warc.js';
import type { SourceEntry } from '../../src/sources/item.js';
import { warcBytes } from './warc-writer.js';
import { tempDir } from '../helpers/tmp.js';
import { runCli } from '../helpers/cli.js';

const PAGES = ['alpha', 'bravo', 'charlie', 'delta'].map((name) => ({
  type: 'response' as const,
  url: `https://news.example/${name}`,
  date: '2024-01-02T00:00:00Z',
  body: `<html><body><h1>${name}</h1><p>${`The ${name} story goes on about the border talks. `.repeat(10)}</p></body></html>`,
}));

/** Each record serialised on its own (uncompressed), so one can be altered and offsets known. */
async function records(): Promise<Buffer[]> {
  return Promise.all(PAGES.map((p) => warcBytes([p], false)));
}

function withLength(record: Buffer, change: (n: number) => string): Buffer {
  const text = record.toString('latin1');
  return Buffer.from(
    text.replace(/Content-Length: (\d+)/, (_m, n: string) => `Content-Length: ${change(Number(n))}`),
    'latin1',
  );
}

async function read(dir: string, name: string, parts: Buffer[], gzip: boolean, cutAt?: number) {
  const members = gzip ? parts.map((p) => gzipSync(p)) : parts;
  let bytes = Buffer.concat(members);
  if (cutAt !== undefined) bytes = bytes.subarray(0, cutAt);
  const path = join(dir, gzip ? `${name}.warc.gz` : `${name}.warc`);
  writeFileSync(path, bytes);
  const entries: SourceEntry[] = [];
  for await (const e of warcEntries(path)) entries.push(e);
  const offsets = members.map((_, i) => members.slice(0, i).reduce((n, m) => n + m.length, 0));
  const items = await Promise.all(
    entries
      .flatMap((e) => ('item' in e ? [e.item] : []))
      .map(async (i) => ({ url: i.url, body: Buffer.from(await i.read()).toString() })),
  );
  const failures = entries.flatMap((e) => ('failure' in e ? [e.failure.reason] : []));
  return { path, items, failures, offsets };
}

const urls = (items: { url?: string }[]) => items.map((i) => i.url?.split('/').pop());

describe('malformed WARC records', () => {
  const dir = tempDir();

  for (const gzip of [false, true]) {
    const kind = gzip ? 'WARC.gz' : 'WARC';

    it(`a record cut by the end of the archive is a failure, not a shorter page (${kind})`, async () => {
      const parts = await records();
      const whole = (gzip ? parts.map((p) => gzipSync(p)) : parts).reduce((n, p) => n + p.length, 0);
      const { items, failures, offsets } = await read(dir, `cut-${gzip}`, parts, gzip, whole - (gzip ? 30 : 200));
      expect(urls(items)).toEqual(['alpha', 'bravo', 'charlie']);
      expect(items.every((i) => i.body.endsWith('</html>'))).toBe(true);
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatch(new RegExp(`^WARC record at byte ${offsets[3]}: (cut|unreadable)`));
    });

    it(`a Content-Length that is not a number is one failure; the records after it are read (${kind})`, async () => {
      const parts = await records();
      parts[1] = withLength(parts[1], () => 'NaN');
      const { items, failures, offsets } = await read(dir, `nan-${gzip}`, parts, gzip);
      expect(urls(items)).toEqual(['alpha', 'charlie', 'delta']);
      expect(failures).toEqual([
        `WARC record at byte ${offsets[1]}: Content-Length "NaN" is not a byte count; not stored`,
      ]);
    });

    it(`a Content-Length of 50 GB is one failure; the records after it are read (${kind})`, async () => {
      const parts = await records();
      parts[1] = withLength(parts[1], () => String(50 * 1024 ** 3));
      const { items, failures, offsets } = await read(dir, `huge-${gzip}`, parts, gzip);
      expect(urls(items)).toEqual(['alpha', 'charlie', 'delta']);
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatch(new RegExp(`^WARC record at byte ${offsets[1]}: cut`));
    });
  }

  for (const [label, change] of [
    ['too small', (n: number) => String(n - 100)],
    ['too large', (n: number) => String(n + 100)],
  ] as const) {
    it(`a Content-Length ${label} is one failure, never a cut or swollen page; the others are read (WARC)`, async () => {
      const parts = await records();
      parts[1] = withLength(parts[1], change);
      const { items, failures, offsets } = await read(dir, `len-${label.replace(' ', '-')}`, parts, false);
      expect(urls(items)).toEqual(['alpha', 'charlie', 'delta']);
      expect(items.every((i) => i.body.endsWith('</html>') && !i.body.includes('WARC/'))).toBe(true);
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatch(
        new RegExp(
          `^WARC record at byte ${offsets[1]}: its Content-Length \\(\\d+\\) does not end where the record does; not stored$`,
        ),
      );
    });
  }

  it('ingest exits 1 and names the offset of each malformed record, storing the good ones', async () => {
    const parts = await records();
    parts[2] = withLength(parts[2], () => 'NaN');
    const path = join(dir, 'cli.warc');
    writeFileSync(path, Buffer.concat(parts));
    const offset = parts[0].length + parts[1].length;
    const r = await runCli(['ingest', path, '--db', join(dir, 'cli.db'), '--extract-only']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^3 new/);
    expect(r.stdout).toContain(
      `failed: ${path}#${offset}: WARC record at byte ${offset}: Content-Length "NaN" is not a byte count; not stored`,
    );
  });
});
