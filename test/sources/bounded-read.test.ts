// Gzip bombs and huge files: a sitemap or feed that unpacks to gigabytes, a local .html.gz that
// does, and a 1 GiB local file are each refused with a one-line reason, and reading them keeps
// the process's peak memory small (measured in a child process: getrusage's maxRSS).
import { spawnSync } from 'node:child_process';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sitemapEntries } from '../../src/sources/sitemaps.js';
import { feedEntries } from '../../src/sources/feeds/index.js';
import { Fetcher } from '../../src/sources/fetch/fetcher.js';
import { memoryState } from '../../src/sources/state.js';
import { fileItem } from '../../src/sources/files.js';
import type { SourceEntry } from '../../src/sources/item.js';
import { send, startServer } from './server.js';
import { tempDir } from '../helpers/tmp.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MB = 1024 * 1024;
/** Peak memory allowed while refusing any of these inputs. */
const MAX_RSS_MB = 300;

/**
 * gzip data that unpacks to `mb` megabytes: one member of a megabyte of `fill` repeated (a gzip
 * stream may hold many members), so making a gigabyte bomb costs a few kilobytes and no time.
 */
function bomb(mb: number, head: string, fill: string, tail: string): Buffer {
  const member = gzipSync(Buffer.alloc(MB, fill));
  return Buffer.concat([gzipSync(head), ...Array.from({ length: mb }, () => member), gzipSync(tail)]);
}

async function collect(gen: AsyncIterable<SourceEntry>): Promise<SourceEntry[]> {
  const out: SourceEntry[] = [];
  for await (const e of gen) out.push(e);
  return out;
}

/** Reads a local file as ingest does, in a child process; its error and peak RSS in MB. */
function readInChild(path: string): { error: string; maxRssMb: number } {
  const script = `
    import { fileItem } from ${JSON.stringify(join(ROOT, 'src/sources/files.ts'))};
    let error = '';
    try { await fileItem(${JSON.stringify(path)}).read(); } catch (err) { error = err.message; }
    console.log(JSON.stringify({ error, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

describe('gzip bombs over HTTP', async () => {
  const srv = await startServer();
  const fetcher = new Fetcher({ allowPrivate: true, rate: 100 });
  // 1 MB on the wire (under the fetcher's 10 MB limit), a gigabyte once unpacked.
  srv.route(
    '/sitemap.xml.gz',
    send(
      bomb(1024, '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ' ', '</urlset>'),
      { 'content-type': 'application/x-gzip' },
    ),
  );
  srv.route(
    '/feed.xml',
    send(bomb(1024, '<?xml version="1.0"?><rss version="2.0"><channel><title>', 'a', '</title></channel></rss>'), {
      'content-type': 'application/rss+xml',
    }),
  );

  it('a sitemap that unpacks to a gigabyte is one failure naming the limit', async () => {
    const entries = await collect(sitemapEntries(`${srv.url}/sitemap.xml.gz`, fetcher));
    expect(entries).toEqual([
      {
        failure: {
          key: `${srv.url}/sitemap.xml.gz`,
          reason: 'sitemap: too large: more than 10485760 bytes once decompressed (limit 10485760)',
        },
      },
    ]);
  });

  it('so is a feed', async () => {
    const entries = await collect(feedEntries(`${srv.url}/feed.xml`, fetcher, memoryState()));
    expect(entries).toHaveLength(1);
    expect('failure' in entries[0] && entries[0].failure.reason).toMatch(
      /too large: more than 10485760 bytes once decompressed/,
    );
  });
});

describe('local files', () => {
  const dir = tempDir();

  it('a .html.gz that unpacks to a gigabyte is refused at 32 MB, peak RSS under 300 MB', () => {
    const path = join(dir, 'bomb.html.gz');
    writeFileSync(path, bomb(1024, '<html><body><p>', 'a', '</p></body></html>'));
    const { error, maxRssMb } = readInChild(path);
    expect(error).toBe('too large: more than 33554432 bytes once decompressed (limit 33554432)');
    expect(maxRssMb).toBeLessThan(MAX_RSS_MB);
  });

  it('a 1 GiB file is refused from its size, before reading it', () => {
    const path = join(dir, 'huge.html');
    writeFileSync(path, '<html>');
    truncateSync(path, 1024 * MB); // sparse: no disk used
    const { error, maxRssMb } = readInChild(path);
    expect(error).toBe('too large: 1073741824 bytes (limit 33554432)');
    expect(maxRssMb).toBeLessThan(MAX_RSS_MB);
  });

  it('a small .gz still reads, and a broken one fails with a reason', async () => {
    writeFileSync(join(dir, 'page.txt.gz'), gzipSync('Officials met on Monday.'));
    expect(Buffer.from(await fileItem(join(dir, 'page.txt.gz')).read()).toString()).toBe('Officials met on Monday.');
    writeFileSync(join(dir, 'broken.txt.gz'), Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]));
    await expect(fileItem(join(dir, 'broken.txt.gz')).read()).rejects.toThrow(
      /not valid gzip data|unexpected end of file/,
    );
  });
});
