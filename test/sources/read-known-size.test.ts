// A file found by a folder walk is read with the size the walk's stat gave: no second stat per
// file (h317, issue 17). The bound on memory stays: a file that grew since the walk is read again
// as a file of unknown size (a stat, then the size check), and one past the limit is refused.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/tmp.js';

const stats = vi.hoisted(() => ({ calls: 0 }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    stat: (...args: Parameters<typeof fs.stat>) => {
      stats.calls++;
      return fs.stat(...args);
    },
  };
});

const { localEntries, fileItem } = await import('../../src/sources/files.js');
const { readFileBounded, TooLargeError } = await import('../../src/sources/bounded-read.js');

afterEach(() => {
  stats.calls = 0;
});

describe('reading a file of known size', () => {
  const root = tempDir();
  let n = 0;
  /** A fresh path in the suite's folder. */
  const fresh = () => join(root, `page-${n++}.html`);

  it('reads each file a folder walk found without a stat of its own, bytes unchanged', async () => {
    const dir = join(root, 'walked');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.html'), '<p>first page</p>');
    writeFileSync(join(dir, 'b.html'), '<p>second</p>'.repeat(1000));
    const read: string[] = [];
    for await (const entry of localEntries([dir], { positions: false })) {
      if (!('item' in entry)) continue;
      const before = stats.calls;
      read.push(Buffer.from(await entry.item.read()).toString('utf8'));
      expect(stats.calls - before).toBe(0);
    }
    expect(read).toEqual(['<p>first page</p>', '<p>second</p>'.repeat(1000)]);
  });

  it('still stats a file named without a size (a queued job, a file given alone)', async () => {
    const path = fresh();
    writeFileSync(path, '<p>text</p>');
    expect(Buffer.from(await fileItem(path).read()).toString('utf8')).toBe('<p>text</p>');
    expect(stats.calls).toBe(1);
  });

  it('gives a file that shrank since its size was read as it is now', async () => {
    const path = fresh();
    writeFileSync(path, 'short');
    expect((await readFileBounded(path, 100, 50)).toString('utf8')).toBe('short');
  });

  it('reads a file that grew since, under the limit, whole (after a stat)', async () => {
    const path = fresh();
    writeFileSync(path, '12345');
    appendFileSync(path, '67890');
    expect((await readFileBounded(path, 100, 5)).toString('utf8')).toBe('1234567890');
    expect(stats.calls).toBe(1);
  });

  it('refuses a file that grew past the limit since its size was read', async () => {
    const path = fresh();
    writeFileSync(path, 'x'.repeat(20));
    await expect(readFileBounded(path, 10, 5)).rejects.toBeInstanceOf(TooLargeError);
  });

  it('refuses a known size above the limit as before, naming the size', async () => {
    const path = fresh();
    writeFileSync(path, 'x'.repeat(20));
    await expect(readFileBounded(path, 10, 20)).rejects.toThrow('too large: 20 bytes (limit 10)');
  });
});
