// Local inputs: folder walks with include/exclude globs, gzipped files, file versions for resuming,
// URL lists.
import { describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { localEntries } from '../../src/sources/files.js';
import { urlListEntries } from '../../src/sources/urls.js';
import { Fetcher } from '../../src/sources/fetch/fetcher.js';
import { tempDir } from '../helpers/tmp.js';

type Entry =
  | { item: { key: string } }
  | { failure: { key: string; reason: string } }
  | { skipped: { key: string; reason: string } };

async function keys(gen: AsyncIterable<Entry>, root: string) {
  const out: string[] = [];
  for await (const e of gen) {
    if ('item' in e) out.push(e.item.key.slice(root.length + 1));
    else if ('failure' in e) out.push(`FAILED ${e.failure.key}: ${e.failure.reason}`);
    else out.push(`SKIPPED ${e.skipped.key.slice(root.length + 1)}: ${e.skipped.reason}`);
  }
  return out;
}

describe('local inputs', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'site/drafts'), { recursive: true });
  mkdirSync(join(dir, 'site/2023'), { recursive: true });
  writeFileSync(join(dir, 'site/index.html'), '<p>index</p>');
  writeFileSync(join(dir, 'site/2023/story.html'), '<p>story</p>');
  writeFileSync(join(dir, 'site/2023/notes.txt'), 'notes');
  writeFileSync(join(dir, 'site/2023/old.html.gz'), gzipSync('<p>zipped</p>'));
  writeFileSync(join(dir, 'site/drafts/wip.html'), '<p>draft</p>');
  writeFileSync(join(dir, 'site/.hidden.html'), 'x');
  writeFileSync(join(dir, 'site/dateline.db-wal'), 'x');

  it('walks folders in a stable order, skipping hidden files and databases', async () => {
    expect(await keys(localEntries([join(dir, 'site')]), dir)).toEqual([
      'site/2023/notes.txt',
      'site/2023/old.html.gz',
      'site/2023/story.html',
      'site/drafts/wip.html',
      'site/index.html',
    ]);
  });

  it('gives each item its place in the walk for progress, unless asked not to (no counting walk first)', async () => {
    const positions = async (opts?: { positions?: boolean }) => {
      const out: Array<number | undefined> = [];
      for await (const e of localEntries([join(dir, 'site')], opts)) if ('item' in e) out.push(e.item.position);
      return out;
    };
    expect(await positions()).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(await positions({ positions: false })).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('takes only page-like files from folders by default, lists the others as skipped, and --include overrides', async () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(mixed);
    for (const name of [
      'a.html',
      'b.htm',
      'c.xhtml',
      'd.txt',
      'e.txt.gz',
      'f.warc.gz',
      'gold.jsonl',
      'README.md',
      'photo.JPG',
    ])
      writeFileSync(join(mixed, name), 'x');
    expect(await keys(localEntries([mixed]), dir)).toEqual([
      'SKIPPED mixed/README.md: not page-like (.md; --include takes it)',
      'mixed/a.html',
      'mixed/b.htm',
      'mixed/c.xhtml',
      'mixed/d.txt',
      'mixed/e.txt.gz',
      'mixed/f.warc.gz',
      'SKIPPED mixed/gold.jsonl: not page-like (.jsonl; --include takes it)',
      'SKIPPED mixed/photo.JPG: not page-like (.jpg; --include takes it)',
    ]);
    expect(await keys(localEntries([mixed], { include: ['*.jsonl'] }), dir)).toEqual(['mixed/gold.jsonl']);
    // A file named on the command line is taken whatever its name.
    expect(await keys(localEntries([join(mixed, 'gold.jsonl')]), dir)).toEqual(['mixed/gold.jsonl']);
  });

  it('walks each folder and file once through symbolic link loops and aliases', async () => {
    const loop = join(dir, 'loop');
    mkdirSync(join(loop, 'sub'), { recursive: true });
    writeFileSync(join(loop, 'page.html'), '<p>one page</p>');
    symlinkSync('.', join(loop, 'again'));
    symlinkSync('..', join(loop, 'sub', 'up'));
    symlinkSync('page.html', join(loop, 'alias.html'));
    expect(await keys(localEntries([loop]), dir)).toEqual(['loop/alias.html']);
  });

  it('filters files found in folders by include and exclude globs', async () => {
    const got = await keys(
      localEntries([join(dir, 'site')], { include: ['*.html', '*.html.gz'], exclude: ['drafts/**'] }),
      dir,
    );
    expect(got).toEqual(['site/2023/old.html.gz', 'site/2023/story.html', 'site/index.html']);
    // A file named explicitly is taken whatever the globs say.
    expect(await keys(localEntries([join(dir, 'site/2023/notes.txt')], { include: ['*.html'] }), dir)).toEqual([
      'site/2023/notes.txt',
    ]);
  });

  it('reads .gz files decompressed and versions files by size and modification time', async () => {
    const path = join(dir, 'site/2023/old.html.gz');
    const first = [];
    for await (const e of localEntries([path])) if ('item' in e) first.push(e.item);
    expect(Buffer.from(await first[0].read()).toString()).toBe('<p>zipped</p>');
    utimesSync(path, new Date('2020-01-01'), new Date('2020-01-01'));
    const second = [];
    for await (const e of localEntries([path])) if ('item' in e) second.push(e.item);
    expect(second[0].key).toBe(first[0].key);
    expect(second[0].version).not.toBe(first[0].version);
  });

  it('reports missing inputs and reads URL lists, skipping comments and refusing non-URLs', async () => {
    expect(await keys(localEntries([join(dir, 'nope')]), dir)).toEqual([
      `FAILED ${join(dir, 'nope')}: no such file or folder`,
    ]);
    const list = join(dir, 'urls.txt');
    writeFileSync(list, '# list\nhttps://a.example/1#top\n\n  https://b.example/2  \nftp://c.example/3\n');
    const out = [];
    for await (const e of urlListEntries(list, new Fetcher()))
      out.push('item' in e ? e.item.key : 'failure' in e ? `FAILED ${e.failure.key}: ${e.failure.reason}` : 'OTHER');
    expect(out).toEqual(['https://a.example/1', 'https://b.example/2', 'FAILED ftp://c.example/3: not an http(s) URL']);
  });
});
